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
import video.zapcut.ads.Order;
import video.zapcut.ads.OrderRules;
import video.zapcut.ads.SceneEdit;
import video.zapcut.ads.OrderRejectedException;
import video.zapcut.common.AspectRatio;
import video.zapcut.jobs.AdRevisions;
import video.zapcut.jobs.GenerationOrders;
import video.zapcut.jobs.JobControl;
import video.zapcut.web.errors.NotFound;
import video.zapcut.web.security.CurrentUser;

/** Starting generations and following, cancelling and retrying their jobs. */
@RestController
@RequestMapping("/v1/generate/video")
public class GenerationController {
    private final GenerationOrders orders;
    private final AdRevisions revisions;
    private final JobStatuses statuses;
    private final JobControl control;
    private final MediaLinks links;

    public GenerationController(GenerationOrders orders, AdRevisions revisions, JobStatuses statuses, JobControl control, MediaLinks links) {
        this.orders = orders;
        this.revisions = revisions;
        this.statuses = statuses;
        this.control = control;
        this.links = links;
    }

    @PostMapping
    ResponseEntity<GenerateVideoResponse> generate(@CurrentUser UUID userId, @Valid @RequestBody GenerateVideoRequest body) {
        List<AspectRatio> formats = formats(body);
        if (formats.size() > 1) return pack(userId, body, formats);
        GenerationOrders.Accepted accepted = orders.submit(userId, formats.isEmpty() ? toOrder(body) : toOrder(body).withAspect(formats.getFirst()),
                namedPhotos(body));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/v1/generate/video/job/{id}").build(accepted.jobId()))
                .body(new GenerateVideoResponse(accepted.jobId(), accepted.adId(), "queued",
                        accepted.estimatedDurationSeconds(), accepted.estimatedCostCents()));
    }

    /** A campaign pack: 202 with the first format's ad and job (the seed's fields) and every format's in {@code formats}. */
    private ResponseEntity<GenerateVideoResponse> pack(UUID userId, GenerateVideoRequest body, List<AspectRatio> formats) {
        AdRevisions.Pack pack = revisions.pack(userId, toOrder(body), namedPhotos(body), formats);
        GenerationOrders.Accepted lead = pack.lead();
        List<GenerateVideoResponse.Format> all = new ArrayList<>();
        all.add(new GenerateVideoResponse.Format(formats.getFirst().label(), lead.adId(), lead.jobId(), lead.estimatedDurationSeconds(),
                lead.estimatedCostCents()));
        for (AdRevisions.Accepted a : pack.formats()) {
            all.add(new GenerateVideoResponse.Format(a.planned().order().aspect().label(), a.adId(), a.jobId(),
                    lead.estimatedDurationSeconds() + a.planned().estimatedSeconds(), a.planned().estimatedCostCents()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/v1/generate/video/job/{id}").build(lead.jobId()))
                .body(new GenerateVideoResponse(lead.jobId(), lead.adId(), "queued", lead.estimatedDurationSeconds(),
                        pack.estimatedCostCents(), all));
    }

    /** The formats a request names: {@code aspect_ratios} (a pack), else none (the order's own {@code aspect_ratio}). */
    private static List<AspectRatio> formats(GenerateVideoRequest r) {
        if (r.aspectRatios() == null) return List.of();
        if (r.aspectRatio() != null) {
            throw new OrderRejectedException("aspect_ratios", "give aspect_ratio for one ad or aspect_ratios for a campaign pack, not both");
        }
        if (r.aspectRatios().isEmpty() || r.aspectRatios().size() > AspectRatio.values().length) {
            throw new OrderRejectedException("aspect_ratios", "aspect_ratios names 1 to " + AspectRatio.values().length
                    + " formats (16:9, 9:16, 1:1)");
        }
        List<AspectRatio> out = new ArrayList<>();
        for (String label : r.aspectRatios()) {
            AspectRatio a = OrderRules.aspect(label);
            if (out.contains(a)) throw new OrderRejectedException("aspect_ratios", "format " + a.label() + " appears twice");
            out.add(a);
        }
        return out;
    }

    @GetMapping("/job/{jobId}")
    JobStatusResponse job(@CurrentUser UUID userId, @PathVariable String jobId) {
        return status(userId, jobId);
    }

    /** 202 while a running job stops (its worker sees the request within a heartbeat); 200 once cancelled. */
    @PostMapping("/job/{jobId}/cancel")
    ResponseEntity<JobStatusResponse> cancel(@CurrentUser UUID userId, @PathVariable String jobId) {
        UUID id = parse(jobId);
        if (!statuses.exists(userId, id)) throw noJob(jobId);
        JobControl.Outcome outcome = control.cancel(id);
        return ResponseEntity.status(outcome == JobControl.Outcome.STOPPING ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(status(userId, jobId));
    }

    /** Puts a failed job back in the queue; it resumes at its first unfinished stage. */
    @PostMapping("/job/{jobId}/retry")
    ResponseEntity<JobStatusResponse> retry(@CurrentUser UUID userId, @PathVariable String jobId) {
        UUID id = parse(jobId);
        if (!statuses.exists(userId, id)) throw noJob(jobId);
        control.retry(userId, id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status(userId, jobId));
    }

    private JobStatusResponse status(UUID userId, String jobId) {
        return statuses.of(userId, parse(jobId), links::link).orElseThrow(() -> noJob(jobId));
    }

    /** The request in the rulebook's terms; the rules themselves are checked by {@link OrderRules}, as on every path. */
    private static Order toOrder(GenerateVideoRequest r) {
        int duration = r.durationSeconds() == null ? OrderRules.DEFAULT_DURATION : r.durationSeconds();
        List<String> ideas = new ArrayList<>();
        List<SceneEdit> edits = new ArrayList<>();
        List<GenerateVideoRequest.SceneRequest> scenes = r.scenes() == null ? List.of() : r.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            GenerateVideoRequest.SceneRequest s = scenes.get(i);
            if (s.prompt() != null && !s.prompt().isBlank()) ideas.add(s.prompt());
            // Every scene sent, even an empty one, so a sixth scene is refused by the rules rather than ignored.
            edits.add(new SceneEdit(i + 1, null, s.overlayText(), s.durationSeconds(), s.voiceover()));
        }
        return new Order(r.projectId(), r.brief(), r.productName(), r.creativeDirection(), duration,
                r.aspectRatio() == null ? OrderRules.DEFAULT_ASPECT : OrderRules.aspect(r.aspectRatio()), ideas, List.of(), edits,
                r.reuseCreativeBibleId(), r.budgetCents()).withSound(OrderRules.sound(r.voiceover(), r.captions()));
    }

    private static List<UUID> namedPhotos(GenerateVideoRequest r) {
        List<UUID> named = new ArrayList<>();
        if (r.scenes() != null) {
            for (GenerateVideoRequest.SceneRequest s : r.scenes()) if (s.media() != null) s.media().forEach(m -> named.add(m.assetId()));
        }
        return named;
    }

    static UUID parse(String id) { return NotFound.uuid("job", id); }

    static ResponseStatusException noJob(String id) { return NotFound.of("job", id); }
}
