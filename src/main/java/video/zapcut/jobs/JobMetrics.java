package video.zapcut.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.UUID;
import video.zapcut.ads.Ads;

/**
 * The seed's generation metrics for Prometheus: outcomes (success rate = completed over all
 * outcomes), generation time and cost per video; plus the queue's depth. Request rate, latency and
 * errors come from Spring's {@code http.server.requests}.
 */
public class JobMetrics {
    private final MeterRegistry registry;
    private final Ads ads;
    private final Timer generationTime;
    private final DistributionSummary cost;

    public JobMetrics(MeterRegistry registry, Ads ads, JobQueue queue) {
        this.registry = registry;
        this.ads = ads;
        this.generationTime = Timer.builder("zapcut.generation.duration")
                .description("Wall time of completed generations, from first start to completion")
                .publishPercentileHistogram().register(registry);
        this.cost = DistributionSummary.builder("zapcut.generation.cost").baseUnit("cents")
                .description("API cost per completed video").register(registry);
        Gauge.builder("zapcut.jobs.queued", queue, q -> safely(q::queuedCount)).description("Jobs waiting in the queue")
                .register(registry);
        Gauge.builder("zapcut.jobs.running", queue, q -> safely(q::runningCount)).description("Jobs being generated")
                .register(registry);
    }

    public void outcome(String outcome) {
        Counter.builder("zapcut.generations").tag("outcome", outcome)
                .description("Generation runs by outcome: completed, failed, blocked, cancelled, retry_scheduled")
                .register(registry).increment();
    }

    public void completed(UUID adId) {
        outcome("completed");
        ads.outcome(adId).ifPresent(o -> {
            generationTime.record(Duration.ofSeconds(o.generationSeconds()));
            cost.record(o.apiCostCents());
        });
    }

    private static double safely(java.util.function.IntSupplier s) {
        try {
            return s.getAsInt();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
