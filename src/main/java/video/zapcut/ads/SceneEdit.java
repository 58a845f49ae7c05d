package video.zapcut.ads;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A user's edit of one storyboard scene, made before generating: its description, its on-screen text,
 * its voiceover line ("" for none: the scene breathes) and/or its length. Null fields keep what the story agent writes. The API's per-scene fields, the
 * studio's review and the stored order all use this one type; {@link OrderRules} checks it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SceneEdit(int sceneIndex, String description, String overlayText, Double durationSeconds, String voiceover) {
    public SceneEdit(int sceneIndex, String description, String overlayText, Double durationSeconds) {
        this(sceneIndex, description, overlayText, durationSeconds, null);
    }

    public boolean empty() { return description == null && overlayText == null && durationSeconds == null && voiceover == null; }
}
