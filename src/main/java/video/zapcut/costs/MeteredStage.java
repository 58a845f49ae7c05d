package video.zapcut.costs;

import org.springframework.jdbc.core.simple.JdbcClient;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;

/**
 * Runs a stage with its ad and stage as the cost scope (so vendor calls inside are charged to the
 * ad) and, in the stage's checkpoint transaction, writes the ledger's sums into the ad after the
 * stage's own updates.
 */
public final class MeteredStage implements StageHandler {
    private final StageHandler stage;

    public MeteredStage(StageHandler stage) { this.stage = stage; }

    @Override
    public Stage stage() { return stage.stage(); }

    @Override
    public Result run(GenerationContext ctx) {
        Result r = CostScope.in(ctx.adId(), stage.stage().id(), () -> stage.run(ctx));
        return new Result(r.output(), (JdbcClient jdbc) -> {
            r.adUpdates().accept(jdbc);
            CostLedger.rollUp(jdbc, ctx.adId());
        });
    }
}
