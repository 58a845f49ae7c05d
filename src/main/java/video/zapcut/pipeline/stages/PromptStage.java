package video.zapcut.pipeline.stages;

import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.PromptAgent;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.Storyboard;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.ReferenceOutput;

public final class PromptStage implements StageHandler<PromptPlan> {
    private final PromptAgent agent;
    private final AgentOutputValidator validator;

    public PromptStage(PromptAgent agent, AgentOutputValidator validator) {
        this.agent = agent;
        this.validator = validator;
    }

    @Override
    public Stage stage() { return Stage.PROMPT_SYNTHESIS; }

    @Override
    public PromptPlan run(GenerationContext ctx) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        Storyboard board = ctx.output(Stage.STORYBOARD, Storyboard.class);
        SafetyVerdict verdict = ctx.output(Stage.SAFETY, SafetyVerdict.class);
        ReferenceOutput refs = ctx.output(Stage.REFERENCE_IMAGES, ReferenceOutput.class);
        return validator.checkPrompts(agent.synthesize(ctx.brief(), bible.facts(), bible.bible(), board,
                refs.images(), verdict.negativePrompt(), ctx.grid(), ctx.ad().seed()), board);
    }
}
