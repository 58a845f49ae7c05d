package video.zapcut.web.revisions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.ads.Revision;
import video.zapcut.jobs.AdRevisions;

/**
 * A revision placed (202: the new version's ad, job and number) or planned (200, {@code dry_run}: only
 * the plan and the estimate): which stages and scenes run again, and what it should cost and take.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionResponse(UUID adId, UUID jobId, Integer version, UUID parentAdId, String status, boolean dryRun,
                               List<String> stages, List<Integer> scenesRemade, List<Integer> scenesRetimed,
                               boolean musicRemade, boolean madeAnew, List<Double> sceneDurations, long estimatedCostCents,
                               int estimatedDurationSeconds, Revision changes) {

    static RevisionResponse planned(AdRevisions.Planned p) {
        return of(null, null, null, "planned", true, p);
    }

    static RevisionResponse accepted(AdRevisions.Accepted a) {
        return of(a.adId(), a.jobId(), a.version(), "queued", false, a.planned());
    }

    private static RevisionResponse of(UUID adId, UUID jobId, Integer version, String status, boolean dry, AdRevisions.Planned p) {
        Revision.Plan plan = p.revision().plan();
        Revision shown = new Revision(null, p.revision().scenes(), p.revision().music(), p.revision().creativeDirection(),
                p.revision().rebalance(), p.revision().label(), null, p.revision().aspect());
        return new RevisionResponse(adId, jobId, version, p.parentAdId(), status, dry, plan.stages(), plan.remadeScenes(),
                plan.retimedScenes(), plan.stages().contains("music"), plan.newBible(), p.sceneSeconds(), p.estimatedCostCents(),
                p.estimatedSeconds(), shown);
    }
}
