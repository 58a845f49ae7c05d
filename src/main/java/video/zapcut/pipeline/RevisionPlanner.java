package video.zapcut.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import video.zapcut.ads.Revision;
import video.zapcut.ads.StageOutputs.ContinuityOutput;
import video.zapcut.ads.StageOutputs.SceneOutput;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.common.Json;

/**
 * Decides from the stage graph what a revision runs again: the stages that read something the
 * revision changes ({@link Stage#reads()}), and of the per-scene work only the scenes it changes. A
 * change that repeats what the parent already has is no change. Every other stage's output is the
 * parent's ({@link #carriedOver}).
 */
public final class RevisionPlanner {
    private RevisionPlanner() {}

    /**
     * A campaign pack's other format, planned before its first format's storyboard exists: every frame
     * is made again for the format, from the shared bible, references, storyboard, prompts and music.
     */
    public static Revision.Plan forFormat(int scenes) {
        List<String> stages = new ArrayList<>();
        for (Stage s : Stage.values()) if (s.reads().contains(Stage.Input.ASPECT) || s.sceneIndex() > 0) stages.add(s.id());
        List<Integer> all = new ArrayList<>();
        for (int n = 1; n <= scenes; n++) all.add(n);
        return new Revision.Plan(stages, all, List.of(), false, false);
    }

    /**
     * @param parentBoard      the parent's final storyboard
     * @param parentDirection  the parent's creative direction (null when none)
     * @param parentAspect     the parent's format label ("16:9"), to tell a new format from the same one
     * @param sceneSeconds     each scene's length after the revision (rules already applied)
     */
    public static Revision.Plan plan(Revision r, Storyboard parentBoard, String parentDirection, String parentAspect,
                                     List<Double> sceneSeconds) {
        Set<Stage.Input> changed = EnumSet.noneOf(Stage.Input.class);
        Set<Integer> pictures = new TreeSet<>(), lengths = new TreeSet<>();
        boolean direction = r.creativeDirection() != null && !r.creativeDirection().equals(parentDirection);
        for (Scene s : parentBoard.scenes()) {
            int n = s.sceneIndex();
            Revision.SceneChange c = r.scene(n);
            if (c != null && c.overlayText() != null && !c.overlayText().equals(Objects.requireNonNullElse(s.overlayText(), "").strip())) {
                changed.add(Stage.Input.TEXT);
            }
            if (c != null && (c.prompt() != null || c.angle() != null
                    || (c.visualDescription() != null && !c.visualDescription().equals(s.description())))) {
                pictures.add(n);
            }
            // A scene written anew from an angle gets new words on screen and a new line for the voice too.
            if (c != null && c.angle() != null) {
                changed.add(Stage.Input.TEXT);
                changed.add(Stage.Input.VOICE);
            }
            if (c != null && c.voiceover() != null && !c.voiceover().equals(s.spokenLine())) changed.add(Stage.Input.VOICE);
            if (Math.abs(sceneSeconds.get(n - 1) - s.durationSeconds()) > 1e-6) lengths.add(n);
        }
        if (!pictures.isEmpty()) changed.add(Stage.Input.PICTURE);
        if (!lengths.isEmpty()) changed.add(Stage.Input.LENGTH);
        if (r.music() != null) changed.add(Stage.Input.MUSIC);
        if (direction) {
            changed.add(Stage.Input.DIRECTION);
            parentBoard.scenes().forEach(s -> pictures.add(s.sceneIndex()));
        }
        // Every frame is framed anew for another format (the same set, from the same seeds).
        if (r.aspect() != null && !r.aspect().equals(parentAspect)) {
            changed.add(Stage.Input.ASPECT);
            parentBoard.scenes().forEach(s -> pictures.add(s.sceneIndex()));
        }
        List<String> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            boolean runs = stage.sceneIndex() > 0
                    ? direction || pictures.contains(stage.sceneIndex()) || lengths.contains(stage.sceneIndex())
                    : stage.reads().stream().anyMatch(changed::contains);
            if (runs) stages.add(stage.id());
        }
        lengths.removeAll(pictures);
        return new Revision.Plan(stages, List.copyOf(pictures), List.copyOf(lengths), r.music() != null, direction);
    }

    /**
     * The share (0..1) of a whole generation's time a planned revision takes, from the stages' weights
     * ({@link #weight}).
     */
    public static double timeShare(Revision planned) {
        java.util.function.ToDoubleFunction<Stage> weights = weights(planned);
        double share = 0;
        for (Stage s : Stage.values()) share += weights.applyAsDouble(s);
        return Math.min(1.0, share / Stage.totalWeight());
    }

    /**
     * A stage's expected share of a revision's work: nothing when its output is carried over; the
     * keyframes in proportion to the scenes drawn; composition to the scenes whose picture it encodes
     * again (it copies the rest of the parent's file).
     */
    static double weight(Stage s, Revision.Plan plan, int scenes, boolean textChanged) {
        if (!plan.stages().contains(s.id())) return 0;
        int touched = plan.newBible() ? scenes : plan.remadeScenes().size() + plan.retimedScenes().size() + (textChanged ? 1 : 0);
        return switch (s) {
            case KEYFRAMES -> s.weight() * plan.remadeScenes().size() / scenes;
            case COMPOSITION -> s.weight() * Math.min(1.0, Math.max(1, touched) / (double) scenes);
            default -> s.weight();
        };
    }

    /** Each stage's weight in a run of this ad: the stage graph's, or for a revision its plan's ({@link #weight}). */
    static java.util.function.ToDoubleFunction<Stage> weights(Revision r) {
        if (r == null || r.plan() == null) return Stage::weight;
        boolean text = r.scenes().stream().anyMatch(c -> c.overlayText() != null || c.angle() != null);
        int scenes = video.zapcut.ads.OrderRules.SCENES;
        return s -> weight(s, r.plan(), scenes, text);
    }

    /**
     * The parent's outputs the revision starts from: every stage the plan does not run. A scene the
     * parent's continuity check drew again is carried over as drawn again, which is what the parent's
     * ad shows.
     */
    public static Map<Stage, Object> carriedOver(Map<Stage, String> parent, Revision.Plan plan) {
        Map<Stage, Object> out = new java.util.EnumMap<>(Stage.class);
        SceneOutput redrawn = parent.containsKey(Stage.CONTINUITY)
                ? Json.read(parent.get(Stage.CONTINUITY), ContinuityOutput.class).rerender() : null;
        for (Stage stage : Stage.values()) {
            if (plan.stages().contains(stage.id())) continue;
            String json = parent.get(stage);
            if (json == null) throw new IllegalStateException("the ad to revise has no " + stage.id() + " output");
            Object output = Json.read(json, stage.outputType());
            if (redrawn != null && stage.sceneIndex() == redrawn.sceneIndex()) output = redrawn;
            out.put(stage, output);
        }
        return out;
    }
}
