package video.zapcut.web.revisions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.ads.Ads;
import video.zapcut.common.Json;
import video.zapcut.jobs.AdRevisions;
import video.zapcut.web.errors.NotFound;
import video.zapcut.web.generate.MediaLinks;
import video.zapcut.web.security.CurrentUser;

/** Revisions of a finished ad, each a new version of its own, and the chain of versions. */
@RestController
public class RevisionController {
    private final AdRevisions revisions;
    private final Ads ads;
    private final MediaLinks links;

    public RevisionController(AdRevisions revisions, Ads ads, MediaLinks links) {
        this.revisions = revisions;
        this.ads = ads;
        this.links = links;
    }

    /** 202 with the new version and its job; with {@code dry_run} 200 with the plan and estimate only. */
    @PostMapping("/v1/ads/{adId}/revisions")
    ResponseEntity<RevisionResponse> revise(@CurrentUser UUID userId, @PathVariable String adId, @RequestBody RevisionRequest body) {
        UUID id = NotFound.uuid("ad", adId);
        if (Boolean.TRUE.equals(body.dryRun())) return ResponseEntity.ok(RevisionResponse.planned(revisions.plan(userId, id, body.toRevision())));
        AdRevisions.Accepted accepted = revisions.revise(userId, id, body.toRevision());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/v1/generate/video/job/{id}").build(accepted.jobId()))
                .body(RevisionResponse.accepted(accepted));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Variant(String label, List<String> angles, RevisionResponse version) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record VariantsResponse(UUID parentAdId, String vary, boolean dryRun, List<Variant> variants, long estimatedCostCents) {}

    /** 202 with one version and job per variant (A, B, ...); with {@code dry_run} 200 with their plans only. */
    @PostMapping("/v1/ads/{adId}/variants")
    ResponseEntity<VariantsResponse> variants(@CurrentUser UUID userId, @PathVariable String adId, @RequestBody VariantsRequest body) {
        UUID id = NotFound.uuid("ad", adId);
        if (body.count() == null) {
            throw new video.zapcut.jobs.GenerationRefusedException(video.zapcut.jobs.GenerationRefusedException.Reason.INVALID, "count",
                    "count is required: how many variants to make (" + AdRevisions.MIN_VARIANTS + " to " + AdRevisions.MAX_VARIANTS + ")");
        }
        AdRevisions.Vary vary = AdRevisions.Vary.parse(body.vary());
        boolean dry = Boolean.TRUE.equals(body.dryRun());
        List<RevisionResponse> made = dry
                ? revisions.planVariants(userId, id, body.count(), vary).stream().map(RevisionResponse::planned).toList()
                : revisions.variants(userId, id, body.count(), vary).stream().map(RevisionResponse::accepted).toList();
        List<Variant> out = made.stream().map(v -> new Variant(v.changes().label(),
                v.changes().scenes().stream().map(c -> c.angle()).toList(), v)).toList();
        return ResponseEntity.status(dry ? HttpStatus.OK : HttpStatus.ACCEPTED).body(new VariantsResponse(id,
                vary.name().toLowerCase(java.util.Locale.ROOT), dry, out, made.stream().mapToLong(RevisionResponse::estimatedCostCents).sum()));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionEntry(UUID adId, int version, UUID parentAdId, String label, String status, JsonNode changes,
                               List<String> stagesRun, String videoUrl, String thumbnailUrl, Double durationSeconds,
                               String aspectRatio, int apiCostCents, Integer generationDurationSeconds, OffsetDateTime createdAt) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record VersionsResponse(UUID adId, List<VersionEntry> versions) {}

    /** The chain the ad belongs to, first version to last, with what each changed and ran again. */
    @GetMapping("/v1/ads/{adId}/versions")
    VersionsResponse versions(@CurrentUser UUID userId, @PathVariable String adId) {
        UUID id = NotFound.uuid("ad", adId);
        List<Ads.VersionView> chain = ads.versions(userId, id);
        if (chain.isEmpty()) throw NotFound.of("ad", adId);
        return new VersionsResponse(id, chain.stream().map(this::entry).toList());
    }

    private VersionEntry entry(Ads.VersionView v) {
        boolean done = "completed".equals(v.status());
        JsonNode revision = v.revisionJson() == null ? null : Json.MAPPER.readTree(v.revisionJson());
        JsonNode changes = null;
        List<String> stages = null;
        if (revision != null) {
            stages = Json.MAPPER.convertValue(revision.path("plan").path("stages"), Json.MAPPER.getTypeFactory()
                    .constructCollectionType(List.class, String.class));
            ((tools.jackson.databind.node.ObjectNode) revision).remove(List.of("plan", "parent_ad_id"));
            changes = revision;
        }
        return new VersionEntry(v.id(), v.version(), v.parentAdId(), v.variantLabel(), v.status(), changes, stages,
                done && v.videoUri() != null ? links.link(MediaLinks.videoPath(v.id())) : null,
                done && v.thumbnailUri() != null ? links.link(MediaLinks.thumbnailPath(v.id())) : null,
                v.durationSeconds(), v.aspectRatio(), v.apiCostCents(), v.generationDurationSeconds(), v.createdAt());
    }
}
