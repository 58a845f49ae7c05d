package video.zapcut.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.pipeline.SceneEdit;

/** Applies the user's scene edits over the story agent's storyboard; the result is validated as usual. */
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
            if (e.overlayText() != null) {
                s = new Scene(s.sceneIndex(), s.sceneTitle(), s.description(), s.durationSeconds(), s.roleInStory(),
                        s.cameraDirection(), s.emotionTone(), s.keyStoryEvents(), e.overlayText().strip());
            }
            scenes.set(i, s);
        }
        return new Storyboard(scenes);
    }
}
