package video.zapcut.pipeline;

/** Receives progress events; must be quick and thread-safe (scenes report from worker threads). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = e -> {};

    void onEvent(ProgressEvent event);
}
