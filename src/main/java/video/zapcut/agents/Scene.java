package video.zapcut.agents;

import java.util.List;

/**
 * One storyboard scene, with every field of the seed's story schema plus {@code overlay_text}: the
 * words shown on screen in that scene (empty for none), kept on the scene so a user can edit them.
 */
public record Scene(int sceneIndex, String sceneTitle, String description, double durationSeconds, String roleInStory,
                    String cameraDirection, String emotionTone, List<String> keyStoryEvents, String overlayText) {

    public Scene withDuration(double seconds) {
        return new Scene(sceneIndex, sceneTitle, description, seconds, roleInStory, cameraDirection, emotionTone,
                keyStoryEvents, overlayText);
    }
}
