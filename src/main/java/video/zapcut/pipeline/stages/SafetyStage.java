package video.zapcut.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.safety.SafetyAgent;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.agents.safety.TextUnit;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.SafetyBlockedException;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;

/**
 * Screens everything that will reach a generator: the brief, the user's own scene ideas and the
 * storyboard's words. A block stops the generation.
 */
public final class SafetyStage implements StageHandler<SafetyVerdict> {
    private final SafetyAgent agent;
    private final AgentOutputValidator validator;

    public SafetyStage(SafetyAgent agent, AgentOutputValidator validator) {
        this.agent = agent;
        this.validator = validator;
    }

    @Override
    public Stage stage() { return Stage.SAFETY; }

    @Override
    public SafetyVerdict run(GenerationContext ctx) {
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        List<TextUnit> units = new ArrayList<>();
        units.add(new TextUnit(null, ctx.brief().allText()));
        for (String s : ctx.brief().requestedScenes()) units.add(new TextUnit(null, s));
        for (Scene s : board.scenes()) {
            units.add(new TextUnit(s.sceneIndex(), String.join(". ", s.sceneTitle(), s.description(),
                    s.overlayText() == null ? "" : s.overlayText())));
            // The voiceover is said aloud in the ad: screened on its own, like the brief.
            if (!s.spokenLine().isEmpty()) units.add(new TextUnit(s.sceneIndex(), s.spokenLine()));
        }
        // A revision's prompts written by the user reach the generators as written: they are screened too.
        if (ctx.revision() != null) {
            ctx.revision().scenes().stream().filter(c -> c.prompt() != null)
                    .forEach(c -> units.add(new TextUnit(c.sceneNumber(), c.prompt())));
        }
        SafetyVerdict verdict = validator.checkVerdict(agent.review(units));
        // A block stops the generation; its findings (and low-severity ones of a passing verdict) go on the
        // user's record when the run is recorded.
        if (verdict.blocked()) throw new SafetyBlockedException(verdict);
        return verdict;
    }
}
