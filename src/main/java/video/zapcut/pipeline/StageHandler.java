package video.zapcut.pipeline;

/**
 * Runs one stage: reads earlier outputs from the context and returns its own, a typed record the
 * runner hands to the ads module as the stage's checkpoint. A stage never writes to the database.
 */
public interface StageHandler<O> {
    Stage stage();

    O run(GenerationContext ctx);
}
