package video.zapcut.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static video.zapcut.studio.ConversationStage.COLLECT_ASSETS;
import static video.zapcut.studio.ConversationStage.COLLECT_BRAND_INFO;
import static video.zapcut.studio.ConversationStage.COLLECT_PRODUCT_INFO;
import static video.zapcut.studio.ConversationStage.COLLECT_SCENES;
import static video.zapcut.studio.ConversationStage.FINAL_REVIEW;

import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.ads.SceneEdit;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.RuleBasedStoryAgent;
import video.zapcut.agents.RuleBasedStyleAgent;
import video.zapcut.common.Rgb;

/** The cases users hit in the studio (issue 14), read by the offline rules. */
class PlainAnswersTest {
    private static final List<Rgb> PALETTE = List.of(new Rgb(30, 30, 30), new Rgb(200, 150, 90), new Rgb(240, 230, 210), new Rgb(90, 60, 40));
    private final Orchestrator orchestrator = new Orchestrator();
    private final ReviewPlanner planner = new ReviewPlanner(new RuleBasedStyleAgent(), new RuleBasedStoryAgent(), new AgentOutputValidator());

    private Orchestrator.Turn say(Orchestrator.Turn previous, String text, int images) {
        Orchestrator.Turn t = orchestrator.respond(previous.stage(), previous.state(), text, images);
        if (t.stage() == FINAL_REVIEW && t.state().reviewPlan == null) {
            t.state().reviewPlan = planner.write(t.state(), PALETTE);
        }
        return t;
    }

    private static Orchestrator.Turn start() {
        ConversationState s = new ConversationState();
        s.awaiting = "brand";
        return new Orchestrator.Turn(COLLECT_BRAND_INFO, s, Orchestrator.greeting(), false);
    }

    private Orchestrator.Turn atReview() {
        Orchestrator.Turn t = say(start(), "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals "
                + "that helps you focus all morning.", 1);
        t = say(t, "you choose", 1);
        assertThat(t.stage()).isEqualTo(FINAL_REVIEW);
        return t;
    }

    @Test
    void aNameWithADescriptionAndAnAudienceGivesAllThree() {
        Orchestrator.Turn t = say(start(), "Luna Coffee", 0);
        t = say(t, "It's Luna Cold Brew, an organic cold brew coffee made for busy professionals", 0);
        assertThat(t.state().product).isEqualTo("Luna Cold Brew");
        assertThat(t.state().audience).isEqualTo("busy professionals");
        assertThat(t.state().productDescription).contains("organic cold brew coffee");
        assertThat(t.stage()).isEqualTo(COLLECT_PRODUCT_INFO);
        assertThat(t.state().awaiting).isEqualTo("benefit");
        assertThat(t.reply()).doesNotContain("Which product");
    }

    @Test
    void lengthFormatAndFiveSceneLinesInOneMessageAreAllKept() {
        Orchestrator.Turn t = say(start(), "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals "
                + "that helps you focus all morning.", 1);
        assertThat(t.stage()).isEqualTo(COLLECT_SCENES);
        t = say(t, "Make it 15 seconds, vertical.\n1. A commuter on a morning train\n2. Cold brew poured over ice\n"
                + "3. Close-up of the label\n4. A calm desk at sunrise\n5. The bottle with the logo", 1);
        assertThat(t.state().durationSeconds).isEqualTo(15);
        assertThat(t.state().aspectRatio).isEqualTo("9:16");
        assertThat(t.state().requestedScenes).containsExactly("A commuter on a morning train", "Cold brew poured over ice",
                "Close-up of the label", "A calm desk at sunrise", "The bottle with the logo");
        assertThat(t.stage()).isEqualTo(FINAL_REVIEW);
    }

    @Test
    void correctionsChangeTheFieldTheyNameAndTheReplySaysWhat() {
        Orchestrator.Turn t = say(start(), "Luna Coffee", 0);
        t = say(t, "Product: Voice is Calm", 0);
        assertThat(t.state().product).isEqualTo("Voice is Calm");
        t = say(t, "No, the product is Luna Cold Brew, not 'Voice is Calm'", 0);
        assertThat(t.state().product).isEqualTo("Luna Cold Brew");
        assertThat(t.state().brand).isEqualTo("Luna Coffee");
        assertThat(t.state().benefit).isNull();
        assertThat(t.reply()).contains("Voice is Calm").contains("Luna Cold Brew");

        t = say(t, "Product: Luna Cold Brew Decaf", 0);
        assertThat(t.state().product).isEqualTo("Luna Cold Brew Decaf");
        assertThat(t.state().brand).isEqualTo("Luna Coffee");
        assertThat(t.state().benefit).isNull();
        t = say(t, "change the brand to Luna Coffee Roasters", 0);
        assertThat(t.state().brand).isEqualTo("Luna Coffee Roasters");
    }

    @Test
    void atTheReviewCorrectionsMusicAndGoingBackAreUnderstood() {
        Orchestrator.Turn t = atReview();
        Orchestrator.Turn brand = say(t, "Brand: Luna Coffee Roasters", 1);
        assertThat(brand.state().brand).isEqualTo("Luna Coffee Roasters");
        assertThat(brand.stage()).isEqualTo(FINAL_REVIEW);
        assertThat(brand.reply()).contains("Luna Coffee Roasters");

        Orchestrator.Turn music = say(t, "Can the music be more upbeat?", 1);
        assertThat(music.state().musicMood).isEqualTo("upbeat");
        assertThat(music.reply()).contains("upbeat");

        Orchestrator.Turn back = say(t, "can we go back a step?", 1);
        assertThat(back.stage()).isEqualTo(COLLECT_SCENES);
        assertThat(back.state().brand).isEqualTo("Luna Coffee");
        assertThat(back.state().product).isEqualTo("Luna Cold Brew");
        assertThat(back.reply()).startsWith("Back to the scenes");
        assertThat(List.of(brand.reply(), music.reply(), back.reply())).doesNotHaveDuplicates();
    }

    @Test
    void anUpbeatMoodRaisesTheMusicsEnergy() {
        Orchestrator.Turn t = atReview();
        Orchestrator.Turn music = say(t, "make the music more upbeat", 1);
        music.state().reviewPlan = planner.write(music.state(), PALETTE);
        assertThat(music.state().reviewPlan.bible().energyLevel()).isGreaterThanOrEqualTo(8);
        assertThat(ReviewPlanner.direction(music.state())).contains("music: upbeat");
    }

    @Test
    void makeSceneThreeShorterKeepsTheLength() {
        Orchestrator.Turn t = atReview();
        double before = t.state().reviewPlan.storyboard().scenes().get(2).durationSeconds();
        Orchestrator.Turn shorter = say(t, "make scene 3 shorter", 1);
        assertThat(shorter.state().sceneEdits).hasSize(5);
        double after = shorter.state().sceneEdits.get(2).durationSeconds();
        assertThat(after).isLessThan(before).isGreaterThanOrEqualTo(1.0);
        assertThat(shorter.state().sceneEdits.stream().mapToDouble(SceneEdit::durationSeconds).sum()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(shorter.reply()).contains("scene 3 shorter");
    }

    @Test
    void youChooseHandsTheFieldToZapcutAndSaysWhatItChose() {
        Orchestrator.Turn t = say(start(), "We are Luna Coffee", 0);
        t = say(t, "The product is Luna Cold Brew", 0);
        assertThat(t.state().awaiting).isEqualTo("audience");
        t = say(t, "you choose", 0);
        assertThat(t.state().audience).isNotBlank().doesNotContainIgnoringCase("choose");
        assertThat(t.state().delegated).containsExactly("audience");
        assertThat(t.reply()).contains("I chose the audience").contains(t.state().audience);
        t = say(t, "surprise me", 0);
        assertThat(t.state().benefit).isNotBlank().doesNotContainIgnoringCase("surprise");
        assertThat(t.state().delegated).containsExactly("audience", "benefit");
        assertThat(t.stage()).isEqualTo(COLLECT_ASSETS);
        t = say(t, "actually it's for students, not professionals", 0);
        assertThat(t.state().audience).isEqualTo("students");
        assertThat(t.state().delegated).containsExactly("benefit");
    }

    @Test
    void aNewProductNamedInTheFirstMessageIsTaken() {
        Orchestrator.Turn t = say(start(), "We are Luna Coffee. Our new product is Luna Cold Brew.", 0);
        assertThat(t.state().brand).isEqualTo("Luna Coffee");
        assertThat(t.state().product).isEqualTo("Luna Cold Brew");
        assertThat(t.state().awaiting).isEqualTo("audience");
    }

    @Test
    void aLongPasteIsNotReadAsAShortAnswerToTheQuestionAsked() {
        StringBuilder doc = new StringBuilder("Luna brand book.\n\n");
        for (int i = 1; doc.length() < 19_800; i++) {
            doc.append("Roasting notes, part ").append(i).append(": beans from small farms are roasted slowly in small batches ")
                    .append("and rested two days before brewing; the cold steep lasts eighteen hours.\n");
        }
        doc.append("\nWe are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus all morning.");
        Orchestrator.Turn t = say(start(), doc.toString(), 0);
        assertThat(t.state().brand).isEqualTo("Luna Coffee");
        assertThat(t.state().product).isEqualTo("Luna Cold Brew");
        assertThat(t.state().audience).isEqualTo("busy professionals");
        assertThat(t.stage()).isEqualTo(COLLECT_ASSETS);
    }

    @Test
    void theAnswerToWhichProductCarriesItsAudienceAndBenefitToo() {
        Orchestrator.Turn t = say(start(), "We are Luna Coffee", 0);
        assertThat(t.state().awaiting).isEqualTo("product");
        t = say(t, "Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus all morning.", 0);
        assertThat(t.state().product).isEqualTo("Luna Cold Brew");
        assertThat(t.state().audience).isEqualTo("busy professionals");
        assertThat(t.state().benefit).isEqualTo("focus all morning");
        assertThat(t.stage()).isEqualTo(COLLECT_ASSETS);
    }
}
