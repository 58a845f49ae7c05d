package video.zapcut.web.generate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.ads.AdView;
import video.zapcut.ads.Ads;
import video.zapcut.jobs.JobViews;
import video.zapcut.storage.BlobDeletions;
import video.zapcut.web.errors.NotFound;
import video.zapcut.web.errors.ProblemTypes;
import video.zapcut.web.projects.OwnedProjects;
import video.zapcut.web.security.CurrentUser;

/** Generated ads: one, or a project's, newest first; deleting one. */
@RestController
@Validated
public class AdController {
    private final Ads ads;
    private final JobViews jobs;
    private final OwnedProjects owned;
    private final MediaLinks links;
    private final BlobDeletions deletions;
    private final TransactionTemplate tx;

    public AdController(Ads ads, JobViews jobs, OwnedProjects owned, MediaLinks links, BlobDeletions deletions, TransactionTemplate tx) {
        this.ads = ads;
        this.jobs = jobs;
        this.owned = owned;
        this.links = links;
        this.deletions = deletions;
        this.tx = tx;
    }

    @GetMapping("/v1/ads/{adId}")
    AdResponse ad(@CurrentUser UUID userId, @PathVariable String adId) {
        AdView ad = ads.forOwner(userId, parseAd(adId)).orElseThrow(() -> noAd(adId));
        return AdResponse.of(ad, jobs.jobsOfAds(List.of(ad.id())).get(ad.id()), links);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AdListResponse(List<AdResponse> ads, long total, int limit, int offset) {}

    @GetMapping("/v1/projects/{projectId}/ads")
    AdListResponse adsOfProject(@CurrentUser UUID userId, @PathVariable String projectId,
                                @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be at least 1")
                                @Max(value = 100, message = "must be at most 100") int limit,
                                @RequestParam(defaultValue = "0") @Min(value = 0, message = "must not be negative") int offset) {
        UUID id = owned.require(userId, projectId).id();
        List<AdView> page = ads.ofProject(userId, id, limit, offset);
        Map<UUID, UUID> jobOf = jobs.jobsOfAds(page.stream().map(AdView::id).toList());
        return new AdListResponse(page.stream().map(a -> AdResponse.of(a, jobOf.get(a.id()), links)).toList(),
                ads.countOfProject(userId, id), limit, offset);
    }

    /**
     * Deletes a finished, failed or cancelled ad: its row (with its checkpoints, costs and exports) and
     * its media's place in the delete outbox commit together, then the media go. An ad being made is a
     * 409: cancel its job first.
     */
    @DeleteMapping("/v1/ads/{adId}")
    ResponseEntity<Void> delete(@CurrentUser UUID userId, @PathVariable String adId) {
        AdView ad = ads.forOwner(userId, parseAd(adId)).orElseThrow(() -> noAd(adId));
        if (Ads.inProgress(ad.status())) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.JOB_STATE_CONFLICT,
                    "Not possible in the job's state", "the ad is " + ad.status() + "; cancel its job before deleting it"), null);
        }
        List<String> media = tx.execute(status -> {
            java.util.Optional<List<String>> prefixes = ads.deleteWithMedia(userId, ad.id());
            // Media a later version still reads stay until that version is deleted too.
            prefixes.filter(p -> !p.isEmpty()).ifPresent(deletions::schedule);
            return prefixes.orElse(null);
        });
        if (media == null) throw new ResponseStatusException(HttpStatus.CONFLICT, "the ad changed while it was being deleted; try again");
        deletions.runDue(media.size());
        return ResponseEntity.noContent().build();
    }

    static UUID parseAd(String id) { return NotFound.uuid("ad", id); }

    static ResponseStatusException noAd(String id) { return NotFound.of("ad", id); }
}
