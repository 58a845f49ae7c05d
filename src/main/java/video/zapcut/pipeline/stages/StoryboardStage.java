package video.zapcut.pipeline.stages;

import video.zapcut.ads.Order;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.StoryAgent;
import video.zapcut.agents.Storyboard;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.ads.StageOutputs.BibleOutput;

public final class StoryboardStage implements StageHandler<Storyboard> {
    private final StoryAgent agent;
    private final AgentOutputValidator validator;

    public StoryboardStage(StoryAgent agent, AgentOutputValidator validator) {
        this.agent = agent;
        this.validator = validator;
    }

    @Override
    public Stage stage() { return Stage.STORYBOARD; }

    @Override
    public Storyboard run(GenerationContext ctx) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        Order.Plan approved = ctx.ad().order().approvedPlan();
        // The storyboard the user approved at review is made as approved; their scene edits go over it either way.
        Storyboard written = approved != null ? approved.storyboard()
                : agent.createStoryboard(ctx.brief(), bible.facts(), bible.bible(), ctx.grid());
        return validator.checkStoryboard(SceneEdits.apply(written, ctx.ad().order().sceneEdits()),
                ctx.brief().durationSeconds());
    }
}
