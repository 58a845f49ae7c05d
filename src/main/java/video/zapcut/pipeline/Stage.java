package video.zapcut.pipeline;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import video.zapcut.ads.StageOutputs;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.safety.SafetyVerdict;

/**
 * The generation's stages, listed in a valid order, with what each depends on. {@code weight} is
 * the stage's expected share of the wall time on the local providers, in seconds of a 30 s ad: the
 * medians of five `./zapcut demo` runs on the 2-core machine shared with other work (2026-12-06,
 * docs/benchmarks.md "Progress through composition"). Music runs beside the keyframes and is hidden by
 * them, so the two share the keyframes' time; the five scenes' time is their wall time, two at once.
 * Progress and ETA are derived from these; composition also reports its own progress (frames encoded),
 * so the bar moves through it. Stages whose dependencies are met run side by side: music with the
 * keyframes, the five scenes with each other.
 */
public enum Stage {
    CREATIVE_BIBLE("creative_bible", 0.27),
    STORYBOARD("storyboard", 0.04),
    SAFETY("safety", 0.03),
    REFERENCE_IMAGES("reference_images", 1.2),
    PROMPT_SYNTHESIS("prompt_synthesis", 0.04),
    KEYFRAMES("keyframes", 4.3),
    // Each scene now also scores itself against the bible (brand check: a third frame, palette and product
    // match): the five took 1.8 to 2.7 s of wall time in three demo runs (2026-12-07), 1.1 s without it.
    SCENE_1("scene_1", 0.4),
    SCENE_2("scene_2", 0.4),
    SCENE_3("scene_3", 0.4),
    SCENE_4("scene_4", 0.4),
    SCENE_5("scene_5", 0.4),
    MUSIC("music", 0.3),
    // Five lines through the offline voice take about 2 s, beside the keyframes: hidden like the music.
    VOICEOVER("voiceover", 0.3),
    CONTINUITY("continuity", 0.17),
    COMPOSITION("composition", 26.6),
    QUALITY("quality", 0.4);

    public static final List<Stage> SCENES = List.of(SCENE_1, SCENE_2, SCENE_3, SCENE_4, SCENE_5);

    private final String id;
    private final double weight;

    Stage(String id, double weight) {
        this.id = id;
        this.weight = weight;
    }

    public String id() { return id; }

    public double weight() { return weight; }

    /** The stages whose outputs this stage reads. */
    public Set<Stage> dependsOn() {
        return switch (this) {
            case CREATIVE_BIBLE -> EnumSet.noneOf(Stage.class);
            case STORYBOARD -> EnumSet.of(CREATIVE_BIBLE);
            case SAFETY -> EnumSet.of(STORYBOARD);
            // Reference images cost money with a vendor: they wait for the safety verdict.
            case REFERENCE_IMAGES -> EnumSet.of(CREATIVE_BIBLE, SAFETY);
            case PROMPT_SYNTHESIS -> EnumSet.of(STORYBOARD, SAFETY, REFERENCE_IMAGES);
            case KEYFRAMES -> EnumSet.of(PROMPT_SYNTHESIS, REFERENCE_IMAGES);
            case SCENE_1, SCENE_2, SCENE_3, SCENE_4, SCENE_5 -> EnumSet.of(KEYFRAMES, PROMPT_SYNTHESIS);
            case MUSIC -> EnumSet.of(PROMPT_SYNTHESIS, STORYBOARD);
            // The lines are said aloud only once the safety verdict has passed them; the bible gives the delivery.
            case VOICEOVER -> EnumSet.of(CREATIVE_BIBLE, STORYBOARD, SAFETY);
            case CONTINUITY -> EnumSet.copyOf(SCENES);
            case COMPOSITION -> EnumSet.of(CONTINUITY, MUSIC, VOICEOVER);
            case QUALITY -> EnumSet.of(COMPOSITION);
        };
    }

    /**
     * Every stage this one reads, directly or through others. A stage starts only when all of them are
     * done: in a revision some of its direct inputs are carried over while an earlier stage they were
     * made from runs again (composition must wait for the storyboard, not only for continuity).
     */
    public Set<Stage> upstream() {
        Set<Stage> all = EnumSet.noneOf(Stage.class);
        for (Stage d : dependsOn()) {
            all.add(d);
            all.addAll(d.upstream());
        }
        return all;
    }

    public static double totalWeight() { return Arrays.stream(values()).mapToDouble(Stage::weight).sum(); }

    public static Optional<Stage> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static Stage scene(int index) { return SCENES.get(index - 1); }

    /** An ad's checkpoints (JSON by stage id, as {@code Ads.checkpoints} gives them) by stage; ids of no stage are left out. */
    public static Map<Stage, String> outputs(Map<String, String> byId) {
        Map<Stage, String> out = new EnumMap<>(Stage.class);
        byId.forEach((id, json) -> byId(id).ifPresent(stage -> out.put(stage, json)));
        return out;
    }

    /**
     * What a revision of an ad can change. Each stage reads some of these (see {@link #reads()}); a
     * revision runs again exactly the stages that read something it changed, and reads every other
     * stage's output from the ad it revises.
     */
    public enum Input {
        /** a scene's on-screen text */
        TEXT,
        /** what a scene shows: its visual description or its prompt */
        PICTURE,
        /** how long a scene lasts */
        LENGTH,
        /** the soundtrack's mood, or a new composition of it */
        MUSIC,
        /** the creative direction, from which the bible and everything after it follow */
        DIRECTION,
        /** the delivery format (16:9, 9:16, 1:1): every frame is framed for it */
        ASPECT,
        /** a scene's voiceover line, or whether the ad speaks at all */
        VOICE
    }

    /**
     * The parts of the order this stage's output depends on, directly or through the stages it reads.
     * The scene stages read only their own scene's picture and length ({@link RevisionPlanner} narrows
     * them); composition and the quality record read everything.
     */
    public Set<Input> reads() {
        return switch (this) {
            case CREATIVE_BIBLE, REFERENCE_IMAGES -> EnumSet.of(Input.DIRECTION);
            case STORYBOARD -> EnumSet.of(Input.TEXT, Input.PICTURE, Input.LENGTH, Input.DIRECTION, Input.VOICE);
            case SAFETY -> EnumSet.of(Input.TEXT, Input.PICTURE, Input.DIRECTION, Input.VOICE);
            case PROMPT_SYNTHESIS -> EnumSet.of(Input.PICTURE, Input.MUSIC, Input.DIRECTION, Input.ASPECT);
            case KEYFRAMES -> EnumSet.of(Input.PICTURE, Input.DIRECTION, Input.ASPECT);
            case SCENE_1, SCENE_2, SCENE_3, SCENE_4, SCENE_5, CONTINUITY -> EnumSet.of(Input.PICTURE, Input.LENGTH, Input.DIRECTION,
                    Input.ASPECT);
            case MUSIC -> EnumSet.of(Input.MUSIC, Input.LENGTH, Input.DIRECTION);
            // A line is fitted to its scene's length; the bible's tone sets the delivery.
            case VOICEOVER -> EnumSet.of(Input.VOICE, Input.LENGTH, Input.DIRECTION);
            case COMPOSITION, QUALITY -> EnumSet.allOf(Input.class);
        };
    }

    /** The type of the stage's output, as its checkpoint holds it. */
    public Class<?> outputType() {
        return switch (this) {
            case CREATIVE_BIBLE -> StageOutputs.BibleOutput.class;
            case STORYBOARD -> Storyboard.class;
            case SAFETY -> SafetyVerdict.class;
            case REFERENCE_IMAGES -> StageOutputs.ReferenceOutput.class;
            case PROMPT_SYNTHESIS -> PromptPlan.class;
            case KEYFRAMES -> StageOutputs.KeyframesOutput.class;
            case SCENE_1, SCENE_2, SCENE_3, SCENE_4, SCENE_5 -> StageOutputs.SceneOutput.class;
            case MUSIC -> StageOutputs.MusicOutput.class;
            case VOICEOVER -> StageOutputs.VoiceoverOutput.class;
            case CONTINUITY -> StageOutputs.ContinuityOutput.class;
            case COMPOSITION -> StageOutputs.CompositionOutput.class;
            case QUALITY -> StageOutputs.QualityReport.class;
        };
    }

    public int sceneIndex() { return SCENES.indexOf(this) + 1; }
}
