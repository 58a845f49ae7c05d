package video.zapcut.web.generate;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import video.zapcut.common.AspectRatio;
import video.zapcut.jobs.GenerationQueries;
import video.zapcut.jobs.GenerationRefusedException;
import video.zapcut.jobs.GenerationRefusedException.Reason;
import video.zapcut.jobs.JobControl;
import video.zapcut.jobs.VideoOrder;
import video.zapcut.jobs.VideoOrders;
import video.zapcut.pipeline.SceneEdit;
import video.zapcut.web.errors.NotFound;
import video.zapcut.web.security.CurrentUser;

/** Starting generations and following, cancelling and retrying their jobs. */
@RestController
@RequestMapping("/v1/generate/video")
public class GenerationController {
    private final VideoOrders orders;
    private final GenerationQueries queries;
    private final JobControl control;
    private final MediaLinks links;

    public GenerationController(VideoOrders orders, GenerationQueries queries, JobControl control, MediaLinks links) {
        this.orders = orders;
        this.queries = queries;
        this.control = control;
        this.links = links;
    }

    @PostMapping
    ResponseEntity<GenerateVideoResponse> generate(@CurrentUser UUID userId, @Valid @RequestBody GenerateVideoRequest body) {
        VideoOrders.Accepted accepted = orders.submit(userId, toOrder(body));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/v1/generate/video/job/{id}").build(accepted.jobId()))
                .body(new GenerateVideoResponse(accepted.jobId(), accepted.adId(), "queued",
                        accepted.estimatedDurationSeconds(), accepted.estimatedCostCents()));
    }

    @GetMapping("/job/{jobId}")
    JobStatusResponse job(@CurrentUser UUID userId, @PathVariable String jobId) {
        return JobStatusResponse.of(queries.job(userId, parse(jobId)).orElseThrow(() -> noJob(jobId)), links::link);
    }

    /** 202 while a running job stops (its worker sees the request within a heartbeat); 200 once cancelled. */
    @PostMapping("/job/{jobId}/cancel")
    ResponseEntity<JobStatusResponse> cancel(@CurrentUser UUID userId, @PathVariable String jobId) {
        UUID id = parse(jobId);
        queries.job(userId, id).orElseThrow(() -> noJob(jobId));
        JobControl.Outcome outcome = control.cancel(id);
        JobStatusResponse now = JobStatusResponse.of(queries.job(userId, id).orElseThrow(() -> noJob(jobId)), links::link);
        return ResponseEntity.status(outcome == JobControl.Outcome.STOPPING ? HttpStatus.ACCEPTED : HttpStatus.OK).body(now);
    }

    /** Puts a failed job back in the queue; it resumes at its first unfinished stage. */
    @PostMapping("/job/{jobId}/retry")
    ResponseEntity<JobStatusResponse> retry(@CurrentUser UUID userId, @PathVariable String jobId) {
        UUID id = parse(jobId);
        queries.job(userId, id).orElseThrow(() -> noJob(jobId));
        control.retry(userId, id);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(JobStatusResponse.of(queries.job(userId, id).orElseThrow(() -> noJob(jobId)), links::link));
    }

    private static VideoOrder toOrder(GenerateVideoRequest r) {
        int duration = r.durationSeconds() == null ? 30 : r.durationSeconds();
        if (duration != 15 && duration != 30 && duration != 60) {
            throw new GenerationRefusedException(Reason.INVALID, "duration_seconds", "must be 15, 30 or 60, not " + duration);
        }
        AspectRatio aspect = AspectRatio.parse(r.aspectRatio() == null ? "16:9" : r.aspectRatio()).orElseThrow();
        List<String> prompts = new ArrayList<>();
        List<UUID> assets = new ArrayList<>();
        List<SceneEdit> edits = new ArrayList<>();
        List<GenerateVideoRequest.SceneRequest> scenes = r.scenes() == null ? List.of() : r.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            GenerateVideoRequest.SceneRequest s = scenes.get(i);
            if (s.prompt() != null && !s.prompt().isBlank()) prompts.add(s.prompt().strip());
            if (s.media() != null) s.media().forEach(m -> assets.add(m.assetId()));
            if (s.durationSeconds() != null || s.overlayText() != null) {
                edits.add(new SceneEdit(i + 1, s.durationSeconds(), s.overlayText()));
            }
        }
        return new VideoOrder(r.projectId(), r.brief(), r.productName(), r.creativeDirection(), duration, aspect, prompts,
                assets, edits, r.reuseCreativeBibleId(), r.budgetCents());
    }

    static UUID parse(String id) { return NotFound.uuid("job", id); }

    static ResponseStatusException noJob(String id) { return NotFound.of("job", id); }
}
