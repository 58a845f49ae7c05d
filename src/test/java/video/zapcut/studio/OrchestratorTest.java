package video.zapcut.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static video.zapcut.studio.ConversationStage.COLLECT_ASSETS;
import static video.zapcut.studio.ConversationStage.COLLECT_BRAND_INFO;
import static video.zapcut.studio.ConversationStage.COLLECT_PRODUCT_INFO;
import static video.zapcut.studio.ConversationStage.COLLECT_SCENES;
import static video.zapcut.studio.ConversationStage.FINAL_REVIEW;

import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.RuleBasedStoryAgent;
import video.zapcut.agents.RuleBasedStyleAgent;
import video.zapcut.common.Rgb;

class OrchestratorTest {
    private final Orchestrator orchestrator = new Orchestrator();

    private Orchestrator.Turn say(Orchestrator.Turn previous, String text, int images) {
        return orchestrator.respond(previous.stage(), previous.state(), text, images);
    }

    private static Orchestrator.Turn start() {
        ConversationState s = new ConversationState();
        s.awaiting = "brand";
        return new Orchestrator.Turn(COLLECT_BRAND_INFO, s, Orchestrator.greeting(), false);
    }

    @Test
    void oneRichMessageFillsBrandAndProductButPhotosAreStillNeeded() {
        Orchestrator.Turn t = say(start(),
                "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus all morning.", 0);
        assertThat(t.state().brand).isEqualTo("Luna Coffee");
        assertThat(t.state().product).isEqualTo("Luna Cold Brew");
        assertThat(t.state().audience).isEqualTo("busy professionals");
        assertThat(t.state().benefit).containsIgnoringCase("focus");
        assertThat(t.stage()).isEqualTo(COLLECT_ASSETS);
        assertThat(t.reply()).contains("upload");
        // Saying "next" does not get past the photos.
        Orchestrator.Turn again = say(t, "next", 0);
        assertThat(again.stage()).isEqualTo(COLLECT_ASSETS);
        assertThat(Orchestrator.missing(again.stage(), again.state(), 0)).containsExactly("photos");
    }

    @Test
    void shortAnswersAnswerTheQuestionAskedAndEachStageWaitsForItsInformation() {
        Orchestrator.Turn t = say(start(), "hello there, what can you do for me today?", 0);
        assertThat(t.stage()).isEqualTo(COLLECT_BRAND_INFO);
        assertThat(t.reply()).contains("brand");

        t = say(t, "Brightside", 0);
        assertThat(t.state().brand).isEqualTo("Brightside");
        assertThat(t.stage()).isEqualTo(COLLECT_PRODUCT_INFO);
        assertThat(t.state().awaiting).isEqualTo("product");

        t = say(t, "Trail Socks", 0);
        assertThat(t.state().product).isEqualTo("Trail Socks");
        assertThat(t.stage()).isEqualTo(COLLECT_PRODUCT_INFO);
        assertThat(t.state().awaiting).isEqualTo("audience");

        t = say(t, "weekend hikers", 0);
        assertThat(t.state().audience).isEqualTo("weekend hikers");
        assertThat(t.stage()).isEqualTo(COLLECT_PRODUCT_INFO);
        assertThat(t.state().awaiting).isEqualTo("benefit");

        t = say(t, "dry feet on every mile", 0);
        assertThat(t.state().benefit).isEqualTo("dry feet on every mile");
        assertThat(t.stage()).isEqualTo(COLLECT_ASSETS);

        Orchestrator.Turn withPhoto = orchestrator.recheck(t.stage(), t.state(), 1);
        assertThat(withPhoto.stage()).isEqualTo(COLLECT_SCENES);

        Orchestrator.Turn scenes = say(withPhoto, "Make it 15 seconds, vertical.", 1);
        assertThat(scenes.state().durationSeconds).isEqualTo(15);
        assertThat(scenes.state().aspectRatio).isEqualTo("9:16");
        assertThat(scenes.stage()).isEqualTo(COLLECT_SCENES);

        Orchestrator.Turn review = say(scenes, "You choose", 1);
        assertThat(review.stage()).isEqualTo(FINAL_REVIEW);
    }

    @Test
    void namesAreCutAtTheEndOfTheirClause() {
        Orchestrator.Turn t = say(start(), "Our brand is Luna Coffee and we sell cold brew", 0);
        assertThat(t.state().brand).isEqualTo("Luna Coffee");
        t = say(t, "The product is called Luna Cold Brew and it comes in glass bottles", 0);
        assertThat(t.state().product).as(t.reply()).isEqualTo("Luna Cold Brew");
        assertThat(t.state().awaiting).as(t.reply()).isEqualTo("audience");
        t = say(t, "It's for busy professionals", 0);
        assertThat(t.state().audience).isEqualTo("busy professionals");
        assertThat(t.state().benefit).as(t.reply()).isNull();
        assertThat(t.stage()).isEqualTo(COLLECT_PRODUCT_INFO);
        assertThat(t.reply()).contains("benefit");
    }

    @Test
    void sceneIdeasAreKeptInOrder() {
        Orchestrator.Turn t = say(start(), "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus.", 1);
        assertThat(t.stage()).isEqualTo(COLLECT_SCENES);
        t = say(t, "1. The bottle on a sunny kitchen counter\n2. A commuter sipping it on the train\n3. Close-up of the coffee pouring", 1);
        assertThat(t.stage()).isEqualTo(FINAL_REVIEW);
        assertThat(t.state().requestedScenes).containsExactly("The bottle on a sunny kitchen counter",
                "A commuter sipping it on the train", "Close-up of the coffee pouring");
    }

    @Test
    void unsafeRequestsAreRefusedKindlyWithASafeDirectionAndChangeNothing() {
        Orchestrator.Turn before = say(start(), "We are Luna Coffee", 0);
        Orchestrator.Turn t = say(before, "Show kids drinking beer at a party with guns", 0);
        assertThat(t.refused()).isTrue();
        assertThat(t.stage()).isEqualTo(before.stage());
        assertThat(t.state().product).isNull();
        assertThat(t.reply()).startsWith("I'm sorry").contains("How about");
        assertThat(t.state().safetyFlags).isNotEmpty();
    }

    @Test
    void theReviewPlanHasFiveScenesSummingToTheLengthAndThePhotoPalette() {
        Orchestrator.Turn t = say(start(), "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus.", 1);
        t = say(t, "you decide, 60 seconds please", 1);
        assertThat(t.stage()).isEqualTo(FINAL_REVIEW);
        ReviewPlanner planner = new ReviewPlanner(new RuleBasedStyleAgent(), new RuleBasedStoryAgent(), new AgentOutputValidator());
        ReviewPlan plan = ReviewPlanner.present(t.state(), planner.write(t.state(), List.of(new Rgb(200, 120, 40), new Rgb(20, 20, 30),
                new Rgb(240, 230, 210), new Rgb(90, 60, 40))), 75, 0, null);
        assertThat(plan.scenes()).hasSize(5);
        assertThat(plan.scenes().stream().mapToDouble(ReviewPlan.PlannedScene::durationSeconds).sum()).isEqualTo(60.0);
        assertThat(plan.creativeBible().colors()).first().isEqualTo("#C87828");
        assertThat(plan.styleWords()).isNotEmpty();
        assertThat(plan.brief()).contains("Luna Cold Brew").contains("busy professionals");
        assertThat(plan.estimatedDurationSeconds()).isEqualTo(75);
        assertThat(plan.barSeconds()).isPositive();
    }
}
