package video.zapcut.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.ads.Order;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.Brief;
import video.zapcut.agents.BriefFacts;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.RuleBasedStoryAgent;
import video.zapcut.agents.RuleBasedStyleAgent;
import video.zapcut.agents.StoryAgent;
import video.zapcut.agents.StyleAgent;
import video.zapcut.agents.Storyboard;
import video.zapcut.common.MusicalGrid;
import video.zapcut.common.Rgb;

/**
 * The review is written by the agents the generation uses (whichever the configuration chose: here
 * recording ones around the rule-based agents, as an LLM agent would be), and they get the user's
 * facts as facts, not a sentence to read them back from.
 */
class ReviewPlannerTest {
    @Test
    void theConfiguredAgentsWriteThePlanFromTheFactsGivenAsFacts() {
        List<Brief> styleSaw = new ArrayList<>();
        List<BriefFacts> storySaw = new ArrayList<>();
        StyleAgent style = new StyleAgent() {
            @Override public CreativeBible createBible(Brief brief, List<Rgb> palette) {
                styleSaw.add(brief);
                return new RuleBasedStyleAgent().createBible(brief, palette);
            }
        };
        StoryAgent story = new StoryAgent() {
            @Override public video.zapcut.agents.Storyboard createStoryboard(Brief brief, BriefFacts facts, CreativeBible bible,
                                                                            video.zapcut.common.MusicalGrid grid) {
                storySaw.add(facts);
                return new RuleBasedStoryAgent().createStoryboard(brief, facts, bible, grid);
            }

            @Override public video.zapcut.agents.SceneAlternative alternative(Brief brief, BriefFacts facts, CreativeBible bible,
                                                                             video.zapcut.agents.Scene scene, String angle) {
                return new RuleBasedStoryAgent().alternative(brief, facts, bible, scene, angle);
            }
        };
        ConversationState s = new ConversationState();
        s.brand = "Luna Coffee";
        s.product = "Luna Cold Brew";
        // Words the brief analyser's patterns would never read as an audience or a benefit.
        s.audience = "night-shift nurses";
        s.benefit = "steady focus without the crash";
        s.durationSeconds = 15;

        Order.Plan plan = new ReviewPlanner(style, story, new AgentOutputValidator()).write(s, List.of());

        assertThat(styleSaw).hasSize(1);
        assertThat(styleSaw.get(0).audience()).isEqualTo("night-shift nurses");
        assertThat(styleSaw.get(0).benefit()).isEqualTo("steady focus without the crash");
        assertThat(storySaw).hasSize(1);
        assertThat(storySaw.get(0).product()).isEqualTo("Luna Cold Brew");
        assertThat(storySaw.get(0).audience()).isEqualTo("night-shift nurses");
        assertThat(storySaw.get(0).benefit()).isEqualTo("steady focus without the crash");
        Storyboard board = plan.storyboard();
        assertThat(board.scenes()).hasSize(5);
        assertThat(board.scenes().stream().mapToDouble(sc -> sc.durationSeconds()).sum()).isEqualTo(15.0);
        assertThat(String.join(" ", board.scenes().stream().map(sc -> sc.description()).toList()))
                .contains("night-shift nurses").contains("steady focus without the crash");
        assertThat(MusicalGrid.forEnergy(plan.bible().energyLevel(), 15).barSeconds()).isPositive();
    }
}
