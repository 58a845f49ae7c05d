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
        // A revision may ask for scenes written anew from an angle (variants): the agent writes those, the rest stand.
        if (ctx.revision() != null) written = rewritten(ctx, written, bible);
        return validator.checkStoryboard(SceneEdits.apply(written, ctx.ad().order().sceneEdits()),
                ctx.brief().durationSeconds());
    }

    private Storyboard rewritten(GenerationContext ctx, Storyboard board, BibleOutput bible) {
        java.util.List<video.zapcut.agents.Scene> scenes = new java.util.ArrayList<>(board.scenes());
        for (video.zapcut.ads.Revision.SceneChange c : ctx.revision().scenes()) {
            if (c.angle() == null) continue;
            video.zapcut.agents.Scene s = scenes.get(c.sceneNumber() - 1);
            scenes.set(c.sceneNumber() - 1, agent.alternative(ctx.brief(), bible.facts(), bible.bible(), s, c.angle()).applyTo(s));
        }
        return new Storyboard(scenes);
    }
}
