package video.zapcut.jobs;

import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import video.zapcut.pipeline.GenerationInterruptedException;
import video.zapcut.pipeline.GenerationRunner;
import video.zapcut.pipeline.LeaseLostException;
import video.zapcut.pipeline.ParentNotReadyException;
import video.zapcut.pipeline.ProgressEvent;
import video.zapcut.pipeline.RetryPolicy;
import video.zapcut.pipeline.SafetyBlockedException;
import video.zapcut.pipeline.StageFailedException;

/**
 * Runs queued generations in this process: {@code concurrency} loops claim jobs from the queue and
 * run them; a heartbeat renews their leases and notices cancel requests and lost leases. Stopping
 * lets running generations finish for a grace period, then interrupts them and gives them back to
 * the queue, where any worker resumes them at their first unfinished stage.
 */
public class JobWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    /** Why a running generation was interrupted; FINISHED: it ended on its own and may no longer be interrupted. */
    enum StopReason { CANCEL, SHUTDOWN, LEASE_LOST, FINISHED }

    private record Running(UUID jobId, UUID adId, Thread thread, AtomicReference<StopReason> stop) {}

    private final JobQueue queue;
    private final GenerationRunner runner;
    private final JobEventBus events;
    private final JobMetrics metrics;
    private final WorkerProperties props;
    private final String workerId;
    private final RetryPolicy retry;
    private final Map<UUID, Running> running = new ConcurrentHashMap<>();
    private final Object idle = new Object();
    private final List<Thread> loops = new ArrayList<>();
    private volatile boolean active;
    private ScheduledExecutorService heartbeats;

    public JobWorker(JobQueue queue, GenerationRunner runner, JobEventBus events, JobMetrics metrics, WorkerProperties props) {
        this.queue = queue;
        this.runner = runner;
        this.events = events;
        this.metrics = metrics;
        this.props = props;
        this.workerId = hostName() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.retry = new RetryPolicy(props.maxAttempts(), props.retryBackoff());
    }

    public String workerId() { return workerId; }

    @Override
    public synchronized void start() {
        if (active) return;
        active = true;
        heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon(true).name("worker-heartbeat").factory());
        long every = props.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
        for (int i = 0; i < props.concurrency(); i++) {
            loops.add(Thread.ofPlatform().name("worker-" + i).start(this::loop));
        }
        log.info("worker {} started: {} at a time, lease {}", workerId, props.concurrency(), props.lease());
    }

    private void loop() {
        // Generation yields the CPU to the API: this thread's stage threads and FFmpeg processes inherit it.
        WorkerPriority.lowerCurrentThread(props.nice());
        while (active) {
            Optional<JobQueue.Claim> claim;
            try {
                claim = queue.claim(workerId, props.lease());
            } catch (RuntimeException e) {
                log.warn("cannot claim work: {}", e.getMessage());
                claim = Optional.empty();
            }
            if (claim.isPresent()) {
                execute(claim.get());
            } else {
                synchronized (idle) {
                    if (!active) return;
                    try {
                        idle.wait(props.pollInterval().toMillis());
                    } catch (InterruptedException e) {
                        // Only stop() ends the loop (it clears active first); an interrupt meant for a job
                        // never stops the worker.
                    }
                }
            }
        }
    }

    private void execute(JobQueue.Claim claim) {
        Running r = new Running(claim.jobId(), claim.adId(), Thread.currentThread(), new AtomicReference<>());
        running.put(claim.jobId(), r);
        if (claim.recovered()) log.info("job {} taken over from a worker whose lease expired", claim.jobId());
        if (claim.recovered() && claim.attempts() >= props.maxAttempts()) {
            String why = "stopped after " + claim.attempts() + " runs whose workers died (lease expired each time)";
            if (queue.failAbandoned(claim.jobId(), workerId, why)) {
                publish(new ProgressEvent(claim.jobId(), claim.adId(), ProgressEvent.Type.JOB_FAILED, null, 0, null, why));
                metrics.outcome("failed");
            }
            finished(r);
            running.remove(claim.jobId());
            return;
        }
        try {
            runner.run(claim.jobId(), workerId, this::publish, retry);
            metrics.completed(claim.adId());
        } catch (GenerationInterruptedException | LeaseLostException e) {
            afterStop(r);
        } catch (ParentNotReadyException e) {
            // Back in the queue for a moment (or failed for good); the journal has recorded which.
            if (e.forGood()) {
                publish(new ProgressEvent(claim.jobId(), claim.adId(), ProgressEvent.Type.JOB_FAILED, null, 0, null, e.getMessage()));
                metrics.outcome("failed");
            } else {
                log.debug("job {}: {}", claim.jobId(), e.getMessage());
            }
        } catch (SafetyBlockedException e) {
            metrics.outcome("blocked");
        } catch (StageFailedException e) {
            metrics.outcome(isRequeued(claim.jobId()) ? "retry_scheduled" : "failed");
            log.info("job {} failed at {}: {}", claim.jobId(), e.stage().id(), e.getMessage());
        } catch (RuntimeException e) {
            metrics.outcome(isRequeued(claim.jobId()) ? "retry_scheduled" : "failed");
            log.warn("job {} stopped: {}", claim.jobId(), e.toString());
        } finally {
            finished(r);
            running.remove(claim.jobId());
        }
    }

    /**
     * The job's run is over: from now on no heartbeat may interrupt this thread for it (a heartbeat that
     * read the job as running just before it ended finds it no longer held and would otherwise interrupt
     * whatever this thread does next), and an interrupt sent before is cleared, so the next job does not
     * start interrupted.
     */
    private static void finished(Running r) {
        synchronized (r) {
            r.stop().compareAndSet(null, StopReason.FINISHED);
        }
        Thread.interrupted();
    }

    private boolean isRequeued(UUID jobId) {
        return queue.status(jobId).filter("queued"::equals).isPresent();
    }

    private void afterStop(Running r) {
        Thread.interrupted();
        StopReason why = r.stop().get();
        if (why == StopReason.CANCEL) {
            if (queue.finishCancelled(r.jobId(), workerId)) {
                publish(new ProgressEvent(r.jobId(), r.adId(), ProgressEvent.Type.JOB_CANCELLED, null, 0, null,
                        "cancelled by the user"));
                metrics.outcome("cancelled");
            }
        } else if (why == StopReason.SHUTDOWN || why == null) {
            if (queue.release(r.jobId(), workerId)) log.info("job {} released for another worker", r.jobId());
        } else {
            log.warn("job {} was taken over by another worker (this worker's lease expired)", r.jobId());
        }
    }

    private void publish(ProgressEvent e) {
        events.publish(JobEvent.of(e));
    }

    private void heartbeat() {
        for (Running r : running.values()) {
            try {
                switch (queue.heartbeat(r.jobId(), workerId, props.lease())) {
                    case HELD -> { }
                    case CANCEL_REQUESTED -> interrupt(r, StopReason.CANCEL);
                    case LOST -> interrupt(r, StopReason.LEASE_LOST);
                }
            } catch (RuntimeException e) {
                // The lease outlives a few failed heartbeats; a database outage longer than that
                // means another worker may take the job over, which the write fence makes safe.
                log.warn("heartbeat for job {} failed: {}", r.jobId(), e.getMessage());
            }
        }
    }

    /** Interrupts a job's thread once, unless its run is already over (see {@link #finished}). */
    private static void interrupt(Running r, StopReason why) {
        synchronized (r) {
            if (r.stop().compareAndSet(null, why)) r.thread().interrupt();
        }
    }

    @Override
    public void stop() {
        synchronized (this) {
            if (!active) return;
            active = false;
        }
        synchronized (idle) {
            idle.notifyAll();
        }
        long deadline = System.nanoTime() + props.shutdownGrace().toNanos();
        for (Thread t : loops) joinUntil(t, deadline);
        for (Running r : running.values()) interrupt(r, StopReason.SHUTDOWN);
        for (Thread t : loops) joinUntil(t, System.nanoTime() + TimeUnit.SECONDS.toNanos(70));
        loops.clear();
        heartbeats.shutdownNow();
        log.info("worker {} stopped", workerId);
    }

    private static void joinUntil(Thread t, long deadlineNanos) {
        long ms = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
        try {
            t.join(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() { return active; }

    /** Stops before the web server and the database pool (higher phases stop first). */
    @Override
    public int getPhase() { return Integer.MAX_VALUE - 100; }

    /** Jobs this worker is running now. */
    public int runningCount() { return running.size(); }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "worker";
        }
    }
}
