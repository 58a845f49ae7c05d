package video.zapcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import video.zapcut.ads.Order;
import video.zapcut.ads.OrderRejectedException;
import video.zapcut.ads.Revision;
import video.zapcut.ads.RevisionRules;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.common.AspectRatio;

/** What each kind of change runs again (from the stage graph), and the revision rulebook's answers. */
class RevisionPlannerTest {
    static final CreativeBible BIBLE = new CreativeBible("modern minimalist", "calm", List.of("#1E2A44", "#D9C7A7", "#F4EFE6"),
            "soft light", "slow dolly", "slow", 4);
    static final Storyboard BOARD = new Storyboard(List.of(scene(1, 4, "setup", "Mornings"), scene(2, 6, "exploration", ""),
            scene(3, 6, "exploration", ""), scene(4, 8, "climax", "No jitters"), scene(5, 6, "cta", "Luna — Shop now")));
    static final Order PARENT = new Order(UUID.randomUUID(), "Luna Cold Brew for busy people.", "Luna", null, 30,
            AspectRatio.LANDSCAPE, List.of(), List.of(new Order.Photo(UUID.randomUUID(), "file:///p.png")), List.of(), null, null);

    static Scene scene(int n, double seconds, String role, String text) {
        return new Scene(n, "Scene " + n, "The bottle, scene " + n, seconds, role, "slow push-in", "calm", List.of("event"), text);
    }

    static Revision.Plan plan(Revision r) {
        RevisionRules.Revised revised = RevisionRules.check(PARENT, BIBLE, BOARD, r);
        return RevisionPlanner.plan(revised.revision(), BOARD, PARENT.creativeDirection(), PARENT.aspect().label(), revised.sceneSeconds());
    }

    static Revision scenes(Revision.SceneChange... c) { return new Revision(null, List.of(c), null, null, false, null, null); }

    @Test
    void aTextChangeComposesAgainOnly() {
        Revision.Plan p = plan(scenes(new Revision.SceneChange(2, "Calm energy", null, null, null)));
        assertThat(p.stages()).containsExactly("storyboard", "safety", "composition", "quality");
        assertThat(p.remadeScenes()).isEmpty();
        assertThat(p.newMusic()).isFalse();
    }

    @Test
    void aNewPictureRedrawsThatSceneAndChecksItsCuts() {
        Revision.Plan p = plan(scenes(new Revision.SceneChange(3, null, "On a windowsill", null, null)));
        assertThat(p.stages()).containsExactly("storyboard", "safety", "prompt_synthesis", "keyframes", "scene_3", "continuity",
                "composition", "quality");
        assertThat(p.remadeScenes()).containsExactly(3);
        assertThat(plan(scenes(new Revision.SceneChange(3, null, null, "A prompt as written", null))).remadeScenes()).containsExactly(3);
    }

    @Test
    void newLengthsCutTheScenesAgainAndRearrangeTheMusic() {
        Revision r = new Revision(null, List.of(new Revision.SceneChange(2, null, null, null, 4.0),
                new Revision.SceneChange(3, null, null, null, 8.0)), null, null, false, null, null);
        Revision.Plan p = plan(r);
        // The voiceover runs to check each line still fits its scene (lines that do are the parent's, not spoken again).
        assertThat(p.stages()).containsExactly("storyboard", "scene_2", "scene_3", "music", "voiceover", "continuity", "composition",
                "quality");
        assertThat(p.retimedScenes()).containsExactly(2, 3);
    }

    @Test
    void aNewVoiceoverLineSpeaksAgainAndMakesNoPicture() {
        Revision.Plan p = plan(scenes(new Revision.SceneChange(3, null, null, null, null, null, "Made for your mornings.")));
        assertThat(p.stages()).containsExactly("storyboard", "safety", "voiceover", "composition", "quality");
        assertThat(p.remadeScenes()).isEmpty();
        assertThat(p.newMusic()).isFalse();
    }

    @Test
    void lengthsThatNoLongerAddUpAreRefusedOrRebalanced() {
        Revision longer = scenes(new Revision.SceneChange(2, null, null, null, 9.0));
        assertThatThrownBy(() -> plan(longer)).isInstanceOf(OrderRejectedException.class)
                .hasMessageContaining("add up to 33 s").hasMessageContaining("rebalance");
        Revision r = new Revision(null, longer.scenes(), null, null, true, null, null);
        RevisionRules.Revised revised = RevisionRules.check(PARENT, BIBLE, BOARD, r);
        assertThat(revised.sceneSeconds().get(1)).isEqualTo(9.0);
        assertThat(revised.sceneSeconds().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(30.0);
        assertThat(revised.sceneSeconds()).allSatisfy(s -> assertThat(s * 30).isEqualTo(Math.rint(s * 30)));
        assertThat(revised.sceneSeconds().get(3)).as("the longest untimed scene gives the most").isLessThan(8.0);
        Revision tooLong = new Revision(null, List.of(new Revision.SceneChange(2, null, null, null, 27.0)), null, null, true, null, null);
        assertThatThrownBy(() -> plan(tooLong)).hasMessageContaining("leaving too little");
    }

    @Test
    void musicAndDirection() {
        Revision music = new Revision(null, List.of(), new Revision.MusicChange("dark and moody", false), null, false, null, null);
        assertThat(plan(music).stages()).containsExactly("prompt_synthesis", "music", "composition", "quality");
        Revision direction = new Revision(null, List.of(), null, "Bold neon, night city", false, null, null);
        Revision.Plan p = plan(direction);
        assertThat(p.newBible()).isTrue();
        assertThat(p.stages()).hasSize(Stage.values().length);
        assertThat(p.remadeScenes()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theRulesReportEveryBrokenOneAtOnce() {
        Revision bad = new Revision(null, List.of(new Revision.SceneChange(0, "x", null, null, null),
                new Revision.SceneChange(2, "x".repeat(121), " ", null, 0.5)), new Revision.MusicChange(null, false), null, false, null, null);
        assertThatThrownBy(() -> plan(bad)).isInstanceOfSatisfying(OrderRejectedException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field()).containsExactly("scenes[0].scene_number", "scenes[1].overlay_text",
                        "scenes[1].visual_description", "scenes[1].duration_seconds", "music"));
        assertThatThrownBy(() -> plan(scenes())).hasMessageContaining("changes nothing");
    }

    @Test
    void aRevisionsProgressCountsOnlyItsOwnWork() {
        Revision text = scenes(new Revision.SceneChange(2, "Calm energy", null, null, null));
        Revision.Plan p = plan(text);
        var weights = RevisionPlanner.weights(text.withPlan(p));
        assertThat(weights.applyAsDouble(Stage.KEYFRAMES)).isZero();
        assertThat(weights.applyAsDouble(Stage.CREATIVE_BIBLE)).isZero();
        assertThat(weights.applyAsDouble(Stage.COMPOSITION)).isEqualTo(Stage.COMPOSITION.weight() / 5);
        ProgressTracker progress = new ProgressTracker(java.util.EnumSet.of(Stage.CREATIVE_BIBLE, Stage.KEYFRAMES), weights);
        assertThat(progress.percent()).as("carried-over stages are not progress of this run").isZero();
        progress.complete(Stage.STORYBOARD);
        progress.complete(Stage.SAFETY);
        progress.partly(Stage.COMPOSITION, 0.5);
        assertThat(progress.percent()).isBetween(40, 60);
        assertThat(RevisionPlanner.timeShare(text.withPlan(p))).isLessThan(0.3);
    }

    @Test
    void aStageWaitsForEverythingUpstreamOfIt() {
        assertThat(Stage.COMPOSITION.upstream()).contains(Stage.STORYBOARD, Stage.CREATIVE_BIBLE, Stage.SCENE_3, Stage.MUSIC);
        assertThat(Stage.CREATIVE_BIBLE.upstream()).isEmpty();
    }
}
