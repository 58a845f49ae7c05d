package video.zapcut.ai;

/**
 * Where agents and models say which path produced an output: {@code "style_agent" ->
 * "anthropic/claude-...:repaired"}, {@code "scene_3" -> "local (fallback: replicate failed: ...)"}. The
 * generation collects what is said during each stage and keeps it on the ad with the stage's output.
 */
public interface Provenance {
    void record(String what, String path);

    Provenance NONE = (what, path) -> {};
}
