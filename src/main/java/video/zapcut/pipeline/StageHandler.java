package video.zapcut.pipeline;

import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs one stage: reads earlier outputs from the context, returns its own output to checkpoint. */
public interface StageHandler {
    Stage stage();

    Result run(GenerationContext ctx);

    /**
     * @param output    persisted as the stage's checkpoint (JSON)
     * @param adUpdates ad columns to fill, written in the checkpoint's transaction
     */
    record Result(Object output, Consumer<JdbcClient> adUpdates) {
        public static Result of(Object output) { return new Result(output, j -> {}); }
    }
}
