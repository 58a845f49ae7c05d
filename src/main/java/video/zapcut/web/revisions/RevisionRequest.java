package video.zapcut.web.revisions;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.ads.Revision;

/**
 * POST /v1/ads/{ad_id}/revisions: per scene (scene_number) a new overlay_text, visual_description or
 * prompt, duration_seconds; music {mood, regenerate}; creative_direction; aspect_ratio (the ad in another format); rebalance (let the scenes not
 * timed absorb a length change); dry_run (plan and estimate only). The rules are {@code RevisionRules}'.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RevisionRequest(List<Revision.SceneChange> scenes, Revision.MusicChange music, String creativeDirection,
                              String aspectRatio, Boolean rebalance, Boolean dryRun) {
    Revision toRevision() {
        return new Revision(null, scenes, music, creativeDirection, Boolean.TRUE.equals(rebalance), null, null, aspectRatio);
    }
}
