package video.zapcut.agents;

/**
 * Another take on one scene for a variant of an ad: the angle it takes, what the camera sees, how it
 * moves, and the words on screen. Written by the story agent; the scene keeps its place, role and length.
 */
public record SceneAlternative(String angle, String description, String cameraDirection, String overlayText) {

    /** The scene with this take applied. */
    public Scene applyTo(Scene s) {
        return new Scene(s.sceneIndex(), s.sceneTitle(), description, s.durationSeconds(), s.roleInStory(), cameraDirection,
                s.emotionTone(), s.keyStoryEvents(), overlayText, s.voiceover());
    }
}
