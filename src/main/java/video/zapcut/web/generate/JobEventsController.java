package video.zapcut.web.generate;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import video.zapcut.jobs.JobEvent;
import video.zapcut.jobs.JobEventBus;
import video.zapcut.web.security.CurrentUser;

/**
 * GET /v1/generate/video/job/{job_id}/events: Server-Sent Events. First a {@code snapshot} event
 * (the job-status body), then a {@code progress} event per stage start and completion as it
 * happens; the stream ends after the job's terminal event. A comment every 15 s keeps proxies
 * from closing a quiet stream during long stages.
 */
@RestController
public class JobEventsController {
    private static final Duration STREAM_TIMEOUT = Duration.ofHours(2);
    private static final ScheduledExecutorService KEEPALIVE = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon(true).name("sse-keepalive").factory());

    private final JobStatuses statuses;
    private final JobEventBus bus;
    private final MediaLinks links;

    public JobEventsController(JobStatuses statuses, JobEventBus bus, MediaLinks links) {
        this.statuses = statuses;
        this.bus = bus;
        this.links = links;
    }

    @GetMapping(path = "/v1/generate/video/job/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@CurrentUser UUID userId, @PathVariable String jobId) throws IOException {
        UUID id = GenerationController.parse(jobId);
        if (!statuses.exists(userId, id)) throw GenerationController.noJob(jobId);
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        AtomicReference<AutoCloseable> subscription = new AtomicReference<>();
        // Subscribe before reading the snapshot, so no event falls between the two.
        SnapshotFirst<JobEvent> ordered = new SnapshotFirst<>(event -> send(emitter, event));
        subscription.set(bus.subscribe(id, ordered));
        ScheduledFuture<?> keepAlive = KEEPALIVE.scheduleWithFixedDelay(() -> {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }, 15, 15, TimeUnit.SECONDS);
        Runnable cleanup = () -> {
            keepAlive.cancel(false);
            closeQuietly(subscription.get());
        };
        emitter.onCompletion(cleanup);
        emitter.onTimeout(cleanup);
        emitter.onError(e -> cleanup.run());

        JobStatusResponse snapshot = statuses.of(userId, id, links::link).orElseThrow();
        ordered.open(() -> {
            try {
                synchronized (emitter) {
                    emitter.send(SseEmitter.event().name("snapshot").id(id + ":snapshot").data(snapshot, MediaType.APPLICATION_JSON));
                }
                if (isTerminal(snapshot.status())) emitter.complete();
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        });
        return emitter;
    }

    private static void send(SseEmitter emitter, JobEvent event) {
        try {
            synchronized (emitter) {
                emitter.send(SseEmitter.event().name("progress").data(event, MediaType.APPLICATION_JSON));
            }
            if (event.terminal()) emitter.complete();
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    static boolean isTerminal(String status) {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to release beyond the subscription itself
        }
    }
}
