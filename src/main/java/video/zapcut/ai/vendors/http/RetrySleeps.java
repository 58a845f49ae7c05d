package video.zapcut.ai.vendors.http;

import io.github.resilience4j.retry.internal.RetryImpl;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Sends resilience4j's retry waits through our {@link Sleeper}. resilience4j's synchronous Retry
 * takes no sleeper in its config: it waits through one static, process-wide function
 * ({@link RetryImpl#setSleepFunction}). That function is pointed here once; the Sleeper in force
 * is the one bound to the calling thread for the length of its call (the retry loop runs on the
 * caller's thread), so each {@link VendorHttp} waits through its own Sleeper and tests record the
 * waits instead of sleeping. A thread with none bound sleeps exactly as resilience4j would.
 */
final class RetrySleeps {
    private static final ThreadLocal<Sleeper> BOUND = new ThreadLocal<>();

    static {
        RetryImpl.setSleepFunction(RetrySleeps::sleep);
    }

    private RetrySleeps() {}

    /** Runs {@code call} on this thread with resilience4j's waits going to {@code sleeper}. */
    static <T> T through(Sleeper sleeper, Supplier<T> call) {
        Sleeper outer = BOUND.get();
        BOUND.set(sleeper);
        try {
            return call.get();
        } finally {
            if (outer == null) BOUND.remove();
            else BOUND.set(outer);
        }
    }

    private static void sleep(long millis) throws InterruptedException {
        Sleeper sleeper = BOUND.get();
        if (sleeper == null) Thread.sleep(millis);
        else sleeper.sleep(Duration.ofMillis(millis));
    }
}
