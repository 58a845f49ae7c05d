package video.zapcut.jobs;

import java.util.List;
import java.util.UUID;
import video.zapcut.common.AspectRatio;
import video.zapcut.pipeline.SceneEdit;

/**
 * A generation asked for over the API, already checked for shape: what to make for which project.
 *
 * @param brief        the marketing brief, or null to build it from the project's description
 * @param scenePrompts the user's scene ideas in order (may be empty)
 * @param assetIds     product photos named in the scenes' media, in order (empty: the project's uploads)
 * @param edits        per-scene duration and text the storyboard must keep
 * @param reuseBibleId a creative bible of the project to reuse, or null
 * @param budgetCents  the most the ad may spend on vendors (null: the configured default; 0: no limit)
 */
public record VideoOrder(UUID projectId, String brief, String productName, String creativeDirection, int durationSeconds,
                         AspectRatio aspect, List<String> scenePrompts, List<UUID> assetIds, List<SceneEdit> edits,
                         UUID reuseBibleId, Integer budgetCents) {}
