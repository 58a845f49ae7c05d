package video.zapcut.pipeline;

/** Where a running stage tells how far it got, as a fraction of its own work (0..1). Thread-safe. */
@FunctionalInterface
public interface StageProgress {
    StageProgress NONE = (stage, fraction) -> { };

    void report(Stage stage, double fraction);
}
