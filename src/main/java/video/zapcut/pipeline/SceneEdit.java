package video.zapcut.pipeline;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A user's edit of one storyboard scene, made before generating (the studio's review step): its
 * duration and/or its on-screen text. Null fields keep what the story agent chose.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SceneEdit(int sceneIndex, Double durationSeconds, String overlayText) {
    public static final int MAX_OVERLAY_TEXT = 120;
}
