package video.zapcut.costs;

import java.util.UUID;

/**
 * Which ad and stage the current thread is working for, so vendor calls deep inside a port are
 * charged to the right ad. Inherited by threads a stage starts (parallel image calls).
 */
public final class CostScope {
    public record Current(UUID adId, String stage) {}

    private static final InheritableThreadLocal<Current> CURRENT = new InheritableThreadLocal<>();

    private CostScope() {}

    public static Current current() { return CURRENT.get(); }

    public static <T> T in(UUID adId, String stage, java.util.function.Supplier<T> body) {
        Current previous = CURRENT.get();
        CURRENT.set(new Current(adId, stage));
        try {
            return body.get();
        } finally {
            if (previous == null) CURRENT.remove(); else CURRENT.set(previous);
        }
    }
}
