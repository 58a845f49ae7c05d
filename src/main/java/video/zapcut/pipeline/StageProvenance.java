package video.zapcut.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import video.zapcut.ai.Provenance;

/**
 * Collects what agents and models record about their paths while one stage runs (on its thread and
 * the threads it starts), so the runner can keep it with the stage's output. Outside a stage (the
 * studio's chat) records go nowhere.
 */
public final class StageProvenance implements Provenance {
    private static final InheritableThreadLocal<Map<String, String>> CURRENT = new InheritableThreadLocal<>();

    @Override
    public void record(String what, String path) {
        Map<String, String> paths = CURRENT.get();
        if (paths != null) {
            synchronized (paths) {
                paths.put(what, path);
            }
        }
    }

    /** A stage's output with the paths recorded while it was made. */
    record Collected<T>(T value, Map<String, String> paths) {}

    static <T> Collected<T> collect(Supplier<T> body) {
        Map<String, String> previous = CURRENT.get();
        Map<String, String> paths = new LinkedHashMap<>();
        CURRENT.set(paths);
        try {
            T value = body.get();
            synchronized (paths) {
                return new Collected<>(value, Map.copyOf(paths));
            }
        } finally {
            if (previous == null) CURRENT.remove(); else CURRENT.set(previous);
        }
    }
}
