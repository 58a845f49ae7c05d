package video.zapcut.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.safety.SafetyAgent;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.agents.safety.TextUnit;
import video.zapcut.common.Json;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.GenerationStore;
import video.zapcut.pipeline.SafetyBlockedException;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;

/**
 * Screens everything that will reach a generator: the brief, the user's own scene ideas and the
 * storyboard's words. A block records each violation (in its own transaction, so it survives the
 * failed job) and stops the generation.
 */
public final class SafetyStage implements StageHandler {
    private final SafetyAgent agent;
    private final AgentOutputValidator validator;
    private final GenerationStore store;

    public SafetyStage(SafetyAgent agent, AgentOutputValidator validator, GenerationStore store) {
        this.agent = agent;
        this.validator = validator;
        this.store = store;
    }

    @Override
    public Stage stage() { return Stage.SAFETY; }

    @Override
    public Result run(GenerationContext ctx) {
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        List<TextUnit> units = new ArrayList<>();
        units.add(new TextUnit(null, ctx.brief().allText()));
        for (String s : ctx.brief().requestedScenes()) units.add(new TextUnit(null, s));
        for (Scene s : board.scenes()) {
            units.add(new TextUnit(s.sceneIndex(), String.join(". ", s.sceneTitle(), s.description(),
                    s.overlayText() == null ? "" : s.overlayText())));
        }
        SafetyVerdict verdict = validator.checkVerdict(agent.review(units));
        String json = Json.write(verdict);
        if (verdict.blocked()) {
            store.recordViolations(ctx.ad().userId(), ctx.ad().projectId(), ctx.adId(), ctx.brief().text(),
                    verdict.safeAlternative(), verdict.violations(), true);
            throw new SafetyBlockedException(verdict);
        }
        if (!verdict.violations().isEmpty()) { // low-severity findings: allowed, but kept on record
            store.recordViolations(ctx.ad().userId(), ctx.ad().projectId(), ctx.adId(), ctx.brief().text(),
                    verdict.safeAlternative(), verdict.violations(), false);
        }
        return new Result(verdict, jdbc -> jdbc.sql("UPDATE generated_ads SET safety_verdict = CAST(:v AS JSONB) WHERE id = :id")
                .param("v", json).param("id", ctx.adId()).update());
    }
}
