package video.zapcut.agents;

/**
 * Another take on one scene for a variant of an ad: the angle it takes, what the camera sees, how it
 * moves, the words on screen and the line the voice says (null: the scene's own line stays). Written by
 * the story agent; the scene keeps its place, role and length, and the line is fitted to that length.
 */
public record SceneAlternative(String angle, String description, String cameraDirection, String overlayText, String voiceover) {

    public SceneAlternative(String angle, String description, String cameraDirection, String overlayText) {
        this(angle, description, cameraDirection, overlayText, null);
    }

    /** The scene with this take applied. */
    public Scene applyTo(Scene s) {
        String line = voiceover == null ? s.voiceover() : VoiceoverLines.fit(voiceover, s.durationSeconds());
        return new Scene(s.sceneIndex(), s.sceneTitle(), description, s.durationSeconds(), s.roleInStory(), cameraDirection,
                s.emotionTone(), s.keyStoryEvents(), overlayText, line);
    }
}
