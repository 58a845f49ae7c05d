package video.zapcut.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.common.MusicalGrid;
import video.zapcut.common.Rgb;

class StoryAndStyleAgentsTest {
    static final String LUNA = "Introducing Luna Cold Brew, an organic cold brew concentrate for busy professionals who want "
            + "calm energy without the jitters. It helps you start every morning with a smooth, naturally sweet ritual. "
            + "Warm, cozy and premium but approachable. Shop now at lunacoldbrew.com.";
    final AgentOutputValidator validator = new AgentOutputValidator();

    static Brief brief(String text, int seconds) {
        return new Brief(text, null, null, seconds, AspectRatio.LANDSCAPE, List.of());
    }

    @Test
    void analyzerFindsProductAudienceBenefitAndCallToAction() {
        BriefFacts f = new BriefAnalyzer().analyze(brief(LUNA, 30));
        assertThat(f.product()).isEqualTo("Luna Cold Brew");
        assertThat(f.audience()).isEqualTo("busy professionals");
        assertThat(f.benefit()).startsWith("start every morning");
        assertThat(f.callToAction()).isEqualTo("Shop now");
        assertThat(f.headline().split("\\s+").length).isBetween(2, 6);
    }

    @Test
    void analyzerFallsBackToNeutralWordsAndHonoursAGivenProductName() {
        BriefFacts f = new BriefAnalyzer().analyze(new Brief("make it pop", "Zest Soda", null, 15, AspectRatio.SQUARE, List.of()));
        assertThat(f.product()).isEqualTo("Zest Soda");
        assertThat(f.audience()).isNotBlank();
        assertThat(f.benefit()).isNotBlank();
        assertThat(f.callToAction()).isEqualTo("Shop now");
    }

    @Test
    void styleAgentReadsEnergyFromTheWordingAndTakesColorsOnlyFromThePhotos() {
        StyleAgent style = new RuleBasedStyleAgent();
        List<Rgb> photo = List.of(Rgb.hex("#7A4A26"), Rgb.hex("#F0E4CD"), Rgb.hex("#C9A227"), Rgb.hex("#2B1A10"));
        CreativeBible calm = validator.checkBible(style.createBible(brief(LUNA, 30), photo));
        CreativeBible loud = validator.checkBible(style.createBible(
                brief("A bold, explosive, energetic sports drink for athletes. Fast, intense, powerful hype.", 30), photo));

        assertThat(calm.colors()).containsExactly("#7A4A26", "#F0E4CD", "#C9A227", "#2B1A10");
        assertThat(calm.energyLevel()).isLessThanOrEqualTo(4);
        assertThat(loud.energyLevel()).isGreaterThanOrEqualTo(8);
        assertThat(loud.brandStyle()).isEqualTo("bold energetic");
        assertThat(calm.vibe()).isNotEqualTo(loud.vibe());
    }

    @Test
    void withoutPhotosTheBriefsColorWordsPickThePalette() {
        CreativeBible b = validator.checkBible(new RuleBasedStyleAgent().createBible(
                brief("A minimal navy and gold watch for modern professionals.", 30), List.of()));
        assertThat(b.colors()).startsWith("#1B2A49", "#C9A227").hasSizeBetween(4, 6);
    }

    @ParameterizedTest(name = "{0} s, energy {1}")
    @CsvSource({"15,2", "15,9", "30,3", "30,8", "60,5", "60,10"})
    void storyboardHasFiveScenesInTheClassicRolesSummingExactlyToTheTarget(int seconds, int energy) {
        Brief b = brief(LUNA, seconds);
        CreativeBible bible = new CreativeBible("warm natural", "calm and serene",
                List.of("#7A4A26", "#F0E4CD", "#C9A227", "#2B1A10"), "soft light", "slow dolly", "slow", energy);
        MusicalGrid grid = MusicalGrid.forEnergy(energy, seconds);
        Storyboard board = validator.checkStoryboard(
                new RuleBasedStoryAgent().createStoryboard(b, new BriefAnalyzer().analyze(b), bible, grid), seconds);

        assertThat(board.scenes()).extracting(Scene::roleInStory).containsExactly("setup", "exploration", "exploration", "climax", "cta");
        assertThat(board.totalSeconds()).isEqualTo(seconds);
        for (Scene s : board.scenes()) {
            assertThat(s.keyStoryEvents()).hasSizeBetween(3, 5);
            assertThat(s.description().split("[.!?]\\s").length).isBetween(2, 3);
            assertThat(CameraMove.fromDirection(s.cameraDirection())).isNotNull();
            assertThat(s.durationSeconds() / grid.barSeconds()).isCloseTo(Math.rint(s.durationSeconds() / grid.barSeconds()),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(board.scenes().get(0).overlayText()).isNotBlank();
        assertThat(board.scenes().get(3).overlayText()).isNotBlank();
        assertThat(board.scenes().get(4).overlayText()).contains("Luna Cold Brew").contains("Shop now");
        assertThat(CameraMove.fromDirection(board.scenes().get(0).cameraDirection())).isEqualTo(CameraMove.PUSH_IN);
        assertThat(CameraMove.fromDirection(board.scenes().get(4).cameraDirection())).isEqualTo(CameraMove.PULL_OUT);
    }

    @Test
    void validatorRejectsAStoryboardThatBreaksTheRules() {
        Brief b = brief(LUNA, 30);
        CreativeBible bible = new CreativeBible("warm natural", "calm", List.of("#7A4A26", "#F0E4CD", "#C9A227", "#2B1A10"),
                "soft", "slow", "slow", 4);
        Storyboard good = new RuleBasedStoryAgent().createStoryboard(b, new BriefAnalyzer().analyze(b), bible, MusicalGrid.forEnergy(4, 30));
        List<Scene> scenes = new ArrayList<>(good.scenes());
        scenes.set(2, scenes.get(2).withDuration(scenes.get(2).durationSeconds() + 1));
        assertThatThrownBy(() -> validator.checkStoryboard(new Storyboard(scenes), 30))
                .isInstanceOf(AgentOutputException.class).hasMessageContaining("not 30 s");
        assertThatThrownBy(() -> validator.checkStoryboard(new Storyboard(good.scenes().subList(0, 4)), 30))
                .isInstanceOf(AgentOutputException.class).hasMessageContaining("scenes");
        List<Scene> swapped = new ArrayList<>(good.scenes());
        swapped.set(0, good.scenes().get(4));
        assertThatThrownBy(() -> validator.checkStoryboard(new Storyboard(swapped), 30)).isInstanceOf(AgentOutputException.class);
    }

    @Test
    void validatorRejectsABibleWithBadColorsAndRepairCanFixIt() {
        CreativeBible bad = new CreativeBible("minimal", "calm", List.of("red", "#12345", "#ABCDEF"), "soft", "slow", "slow", 12);
        assertThatThrownBy(() -> validator.checkBible(bad)).isInstanceOf(AgentOutputException.class);
        CreativeBible fixed = AgentOutputValidator.repairBible(bad, List.of("#111111", "#222222", "#333333"));
        assertThat(validator.checkBible(fixed).colors()).containsExactly("#ABCDEF", "#111111", "#222222", "#333333");
        assertThat(fixed.energyLevel()).isEqualTo(10);
    }

    @Test
    void promptsFollowTheSeedStructureAndParameters() {
        Brief b = brief(LUNA, 30);
        BriefFacts f = new BriefAnalyzer().analyze(b);
        CreativeBible bible = new CreativeBible("warm natural", "calm and serene", List.of("#7A4A26", "#F0E4CD", "#C9A227", "#2B1A10"),
                "soft natural morning light", "slow dolly", "slow", 4);
        MusicalGrid grid = MusicalGrid.forEnergy(4, 30);
        Storyboard board = new RuleBasedStoryAgent().createStoryboard(b, f, bible, grid);
        PromptPlan plan = validator.checkPrompts(new RuleBasedPromptAgent().synthesize(b, f, bible, board,
                Map.of("hero", "blob:h", "detail", "blob:d", "lifestyle", "blob:l", "alternate", "blob:a"),
                "violence, gore", grid, 1000), board);

        assertThat(plan.scenes()).hasSize(5);
        for (ScenePrompt p : plan.scenes()) {
            assertThat(p.seed()).isEqualTo(1000 + p.sceneIndex());
            assertThat(p.fps()).isEqualTo(30);
            assertThat(p.resolution()).isEqualTo("1920x1080");
            assertThat(p.negativePrompt()).isEqualTo("violence, gore");
            assertThat(p.prompt()).startsWith("Warm natural style");
            assertThat(p.prompt().contains("Continue from the previous scene")).isEqualTo(p.sceneIndex() > 1);
            assertThat(p.motionStrength()).isEqualTo(0.54);
        }
        assertThat(plan.music().bpm()).isEqualTo(grid.bpm());
        assertThat(plan.music().durationSeconds()).isEqualTo(30);
    }
}
