package video.zapcut.studio;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.ads.OrderRules;
import video.zapcut.ads.SceneEdit;
import video.zapcut.agents.Scene;
import video.zapcut.common.MusicalGrid;

/**
 * "Make scene 3 shorter" at the review: the scene gives up (or takes) one bar of the music, the other
 * scenes share the difference in proportion to their length, in whole frames, so the ad keeps its
 * length. The result is checked by the same rules as any scene edit.
 */
final class SceneTiming {
    private SceneTiming() {}

    /** The scene edits after the changes, or the reason they cannot be made. */
    record Outcome(List<SceneEdit> edits, String problem) {}

    static Outcome change(ConversationState s, List<BriefReader.SceneChange> changes) {
        if (s.reviewPlan == null) return new Outcome(null, "Scene lengths can be changed once the storyboard is written, at the review.");
        List<Scene> scenes = s.reviewPlan.storyboard().scenes();
        int[] frames = new int[scenes.size()];
        for (int i = 0; i < scenes.size(); i++) {
            SceneEdit e = edit(s, scenes.get(i).sceneIndex());
            double seconds = e != null && e.durationSeconds() != null ? e.durationSeconds() : scenes.get(i).durationSeconds();
            frames[i] = (int) Math.round(seconds * OrderRules.FPS);
        }
        int total = s.durationSeconds * OrderRules.FPS;
        int bar = Math.max(OrderRules.FPS, MusicalGrid.forEnergy(s.reviewPlan.bible().energyLevel(), s.durationSeconds).barFrames());
        int min = OrderRules.FPS;
        for (BriefReader.SceneChange c : changes) {
            int i = c.sceneNumber() - 1;
            if (i < 0 || i >= frames.length) return new Outcome(null, "There is no scene " + c.sceneNumber() + "; the storyboard has five.");
            int target = Math.max(min, frames[i] + c.steps() * bar);
            int othersMax = total - frames.length * min + min; // the most one scene can take
            target = Math.min(target, othersMax);
            if (target == frames[i]) {
                return new Outcome(null, "Scene " + c.sceneNumber() + " is already as " + (c.steps() < 0 ? "short" : "long")
                        + " as it can be (every scene lasts at least 1 s and they add up to " + s.durationSeconds + " s).");
            }
            frames[i] = target;
            rebalance(frames, i, total, min);
        }
        List<SceneEdit> edits = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            SceneEdit e = edit(s, scenes.get(i).sceneIndex());
            edits.add(new SceneEdit(scenes.get(i).sceneIndex(), e == null ? null : e.description(), e == null ? null : e.overlayText(),
                    frames[i] / (double) OrderRules.FPS, e == null ? null : e.voiceover()));
        }
        return new Outcome(OrderRules.checkSceneEdits(edits, s.durationSeconds), null);
    }

    /** Spreads {@code total - sum} over the scenes other than {@code fixed}, in proportion, keeping each at least {@code min}. */
    private static void rebalance(int[] frames, int fixed, int total, int min) {
        int rest = total - frames[fixed];
        int others = 0;
        for (int i = 0; i < frames.length; i++) if (i != fixed) others += frames[i];
        int assigned = 0;
        int longest = -1;
        for (int i = 0; i < frames.length; i++) {
            if (i == fixed) continue;
            frames[i] = Math.max(min, (int) Math.floor((double) frames[i] * rest / others));
            assigned += frames[i];
            if (longest < 0 || frames[i] > frames[longest]) longest = i;
        }
        frames[longest] += rest - assigned;
    }

    private static SceneEdit edit(ConversationState s, int index) {
        if (s.sceneEdits == null) return null;
        return s.sceneEdits.stream().filter(e -> e.sceneIndex() == index).findFirst().orElse(null);
    }
}
