package video.zapcut.pipeline.stages;

import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.StoryAgent;
import video.zapcut.agents.Storyboard;
import video.zapcut.common.Json;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.pipeline.StageOutputs.BibleOutput;

public final class StoryboardStage implements StageHandler {
    private final StoryAgent agent;
    private final AgentOutputValidator validator;

    public StoryboardStage(StoryAgent agent, AgentOutputValidator validator) {
        this.agent = agent;
        this.validator = validator;
    }

    @Override
    public Stage stage() { return Stage.STORYBOARD; }

    @Override
    public Result run(GenerationContext ctx) {
        BibleOutput bible = ctx.output(Stage.CREATIVE_BIBLE, BibleOutput.class);
        Storyboard board = validator.checkStoryboard(
                SceneEdits.apply(agent.createStoryboard(ctx.brief(), bible.facts(), bible.bible(), ctx.grid()),
                        ctx.ad().sceneEdits()),
                ctx.brief().durationSeconds());
        String json = Json.write(board.scenes());
        return new Result(board, jdbc -> jdbc.sql("UPDATE generated_ads SET storyboard = CAST(:s AS JSONB) WHERE id = :id")
                .param("s", json).param("id", ctx.adId()).update());
    }
}
