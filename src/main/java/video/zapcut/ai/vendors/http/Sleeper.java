package video.zapcut.ai.vendors.http;

import java.time.Duration;

/** Waits between attempts and polls; tests inject one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    Sleeper REAL = d -> {
        if (!d.isNegative() && !d.isZero()) Thread.sleep(d);
    };
}
