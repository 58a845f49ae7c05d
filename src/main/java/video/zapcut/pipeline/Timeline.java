package video.zapcut.pipeline;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;

/** The ad's timeline in frames: where each cut falls and how long transitions last. */
public final class Timeline {
    public static final int FPS = 30;
    /** Cross transitions last half a second, centred on the cut. */
    public static final int TRANSITION_FRAMES = 15;
    /** Clips are rendered this much longer than their scene so the transitions show real motion. */
    public static final double CLIP_PADDING_SECONDS = TRANSITION_FRAMES / (double) FPS;

    private Timeline() {}

    public static List<Integer> sceneFrames(Storyboard board) {
        List<Integer> out = new ArrayList<>();
        for (Scene s : board.scenes()) out.add((int) Math.round(s.durationSeconds() * FPS));
        return out;
    }
}
