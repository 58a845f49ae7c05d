package video.zapcut.ai.vendors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import video.zapcut.ai.vendors.http.CircuitBreaker;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.RetryPolicy;
import video.zapcut.ai.vendors.http.Sleeper;
import video.zapcut.ai.vendors.http.VendorHttp;

/** VendorHttp for WireMock tests: waits are recorded, not slept; 3 s timeouts (the machine is shared), shorter where tested. */
public final class VendorTestKit {
    public final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    public final Sleeper sleeper = d -> {
        sleeps.add(d);
        if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
    };

    public VendorHttp http(String provider, ErrorClassifier classifier) {
        return http(provider, classifier, Duration.ofMillis(3000), CircuitBreaker.defaults(provider));
    }

    public VendorHttp http(String provider, ErrorClassifier classifier, Duration timeout, CircuitBreaker breaker) {
        return new VendorHttp(provider, VendorHttp.defaultClient(), new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5),
                Duration.ofSeconds(60)), breaker, sleeper, classifier, timeout, new Random(7));
    }
}
