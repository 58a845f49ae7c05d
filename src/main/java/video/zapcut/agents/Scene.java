package video.zapcut.agents;

import java.util.List;

/**
 * One storyboard scene, with every field of the seed's story schema plus {@code overlay_text}: the
 * words shown on screen in that scene (empty for none), kept on the scene so a user can edit them; and
 * {@code voiceover}: the line the voice speaks over it (empty or null for a scene that breathes; null
 * too in storyboards written before ads had a voice).
 */
public record Scene(int sceneIndex, String sceneTitle, String description, double durationSeconds, String roleInStory,
                    String cameraDirection, String emotionTone, List<String> keyStoryEvents, String overlayText,
                    String voiceover) {

    /** A scene without a voiceover line. */
    public Scene(int sceneIndex, String sceneTitle, String description, double durationSeconds, String roleInStory,
                 String cameraDirection, String emotionTone, List<String> keyStoryEvents, String overlayText) {
        this(sceneIndex, sceneTitle, description, durationSeconds, roleInStory, cameraDirection, emotionTone, keyStoryEvents,
                overlayText, null);
    }

    public Scene withDuration(double seconds) {
        return new Scene(sceneIndex, sceneTitle, description, seconds, roleInStory, cameraDirection, emotionTone,
                keyStoryEvents, overlayText, voiceover);
    }

    public Scene withVoiceover(String line) {
        return new Scene(sceneIndex, sceneTitle, description, durationSeconds, roleInStory, cameraDirection, emotionTone,
                keyStoryEvents, overlayText, line);
    }

    /** The line to speak, stripped; empty for none. */
    public String spokenLine() { return voiceover == null ? "" : voiceover.strip(); }
}
