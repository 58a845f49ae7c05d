package video.zapcut.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.ads.SceneEdit;

/** Applies the user's scene edits (description, on-screen text, voiceover line, length) over the story agent's storyboard; the result is validated as usual. */
final class SceneEdits {
    private SceneEdits() {}

    static Storyboard apply(Storyboard board, List<SceneEdit> edits) {
        if (edits.isEmpty()) return board;
        List<Scene> scenes = new ArrayList<>(board.scenes());
        for (SceneEdit e : edits) {
            int i = e.sceneIndex() - 1;
            if (i < 0 || i >= scenes.size()) continue;
            Scene s = scenes.get(i);
            if (e.durationSeconds() != null) s = s.withDuration(e.durationSeconds());
            if (e.overlayText() != null || e.description() != null) {
                s = new Scene(s.sceneIndex(), s.sceneTitle(), e.description() != null ? e.description().strip() : s.description(),
                        s.durationSeconds(), s.roleInStory(), s.cameraDirection(), s.emotionTone(), s.keyStoryEvents(),
                        e.overlayText() != null ? e.overlayText().strip() : s.overlayText(), s.voiceover());
            }
            if (e.voiceover() != null) s = s.withVoiceover(e.voiceover().strip());
            scenes.set(i, s);
        }
        return new Storyboard(scenes);
    }
}
