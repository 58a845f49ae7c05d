package video.zapcut.ads;

import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What a revision of an ad changes, and the plan of what runs again. A revision is an ad of its own
 * (a new version in its parent's chain); its order is the parent's with these changes, and its
 * checkpoints start as the parent's for every stage the plan does not name. Stored with the ad, so a
 * worker on any machine reads the same plan.
 *
 * @param scenes            per-scene changes, at most one per scene
 * @param music             a new soundtrack, or null to keep the parent's
 * @param creativeDirection new style words, or null to keep the parent's (a new direction remakes the bible and all after it)
 * @param rebalance         when changed lengths no longer add up to the ad's, the other scenes absorb the difference
 * @param label             the variant's letter (A to D) when the revision is one of a set of variants, else null
 * @param plan              what runs again (the pipeline's stage graph decides it), filled before the version is stored
 * @param aspect            the format this version is made in ("9:16"), or null for the parent's: a campaign pack's
 *                          other formats are versions of its first, sharing its bible, references, storyboard and music
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Revision(UUID parentAdId, List<SceneChange> scenes, MusicChange music, String creativeDirection,
                       boolean rebalance, String label, Plan plan, String aspect) {

    public Revision {
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
    }

    public Revision(UUID parentAdId, List<SceneChange> scenes, MusicChange music, String creativeDirection, boolean rebalance,
                    String label, Plan plan) {
        this(parentAdId, scenes, music, creativeDirection, rebalance, label, plan, null);
    }

    /**
     * One scene's change; null fields keep the parent's.
     *
     * @param visualDescription what the scene shows, in words (the prompt agent writes its prompt)
     * @param prompt            the scene's generation prompt as written, used as is (after the safety screen)
     * @param angle             the story agent writes the scene anew from this angle ({@code agents.VariantAngles}):
     *                          how variants get openings and calls to action that differ in kind
     * @param voiceover         the line the voice speaks over the scene ("" for none)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SceneChange(int sceneNumber, String overlayText, String visualDescription, String prompt,
                              Double durationSeconds, String angle, String voiceover) {
        public SceneChange(int sceneNumber, String overlayText, String visualDescription, String prompt, Double durationSeconds) {
            this(sceneNumber, overlayText, visualDescription, prompt, durationSeconds, null, null);
        }

        public SceneChange(int sceneNumber, String overlayText, String visualDescription, String prompt, Double durationSeconds,
                           String angle) {
            this(sceneNumber, overlayText, visualDescription, prompt, durationSeconds, angle, null);
        }

        public boolean changesPicture() { return visualDescription != null || prompt != null || angle != null; }

        public boolean empty() {
            return overlayText == null && visualDescription == null && prompt == null && durationSeconds == null && voiceover == null && angle == null;
        }
    }

    /** A new soundtrack: in another mood, or (regenerate) the same mood composed again; either may be left out. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MusicChange(String mood, Boolean regenerate) {
        public boolean composedAgain() { return Boolean.TRUE.equals(regenerate); }
    }

    /**
     * What runs again: stage ids in graph order; the scenes whose keyframe and clip are made again
     * (a new picture); the scenes whose clip is cut again to a new length; whether the bible is made
     * again (a new creative direction: everything after it runs too).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Plan(List<String> stages, List<Integer> remadeScenes, List<Integer> retimedScenes, boolean newMusic,
                       boolean newBible) {
        public Plan {
            stages = List.copyOf(stages);
            remadeScenes = List.copyOf(remadeScenes);
            retimedScenes = List.copyOf(retimedScenes);
        }
    }

    public Revision withPlan(Plan p) { return new Revision(parentAdId, scenes, music, creativeDirection, rebalance, label, p, aspect); }

    public SceneChange scene(int number) {
        return scenes.stream().filter(s -> s.sceneNumber() == number).findFirst().orElse(null);
    }
}
