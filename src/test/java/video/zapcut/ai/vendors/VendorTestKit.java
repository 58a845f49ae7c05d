package video.zapcut.ai.vendors;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.ResilienceSettings;
import video.zapcut.ai.vendors.http.Sleeper;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.ai.vendors.http.VendorResilience;

/**
 * VendorHttp for WireMock tests: waits are recorded, not slept; 3 s timeouts (the machine is shared),
 * shorter where tested; backoff from 200 ms so the recorded waits are easy to check.
 */
public final class VendorTestKit {
    public final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    public final Sleeper sleeper = d -> {
        sleeps.add(d);
        if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
    };

    /** The defaults, with a 200 ms backoff base and a 5 s cap. */
    public static ResilienceSettings settings() {
        return ResilienceSettings.defaults().withRetries(4, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    public VendorHttp http(String provider, ErrorClassifier classifier) {
        return http(provider, classifier, Duration.ofMillis(3000));
    }

    public VendorHttp http(String provider, ErrorClassifier classifier, Duration timeout) {
        return http(provider, classifier, timeout, settings(), Clock.systemUTC());
    }

    public VendorHttp http(String provider, ErrorClassifier classifier, Duration timeout, ResilienceSettings settings, Clock clock) {
        return new VendorHttp(VendorHttp.defaultClient(), new VendorResilience(provider, settings, sleeper, clock, new Random(7)),
                classifier, timeout);
    }
}
