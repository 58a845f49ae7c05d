package video.zapcut.pipeline;

/** A stage could not finish; names the stage, and the cause says why. */
public class StageFailedException extends RuntimeException {
    private final Stage stage;

    public StageFailedException(Stage stage, Throwable cause) {
        super(stage.id() + " failed: " + describe(cause), cause);
        this.stage = stage;
    }

    public Stage stage() { return stage; }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
