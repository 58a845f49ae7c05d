package video.zapcut.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import video.zapcut.ads.Ads;

/**
 * The seed's generation metrics for Prometheus: outcomes (success rate = completed over all
 * outcomes), generation time and cost per video; plus the queue's depth and the jobs each worker runs.
 * Request rate, latency and errors come from Spring's {@code http.server.requests}. Every meter the alert
 * rules ({@code deploy/prometheus/alerts.yml}) read is registered when the process starts, at zero, so a
 * rule sees a series from the first scrape and {@code rate()} counts the first outcome too.
 */
public class JobMetrics {
    /** The outcomes {@link #outcome} is called with. */
    public static final List<String> OUTCOMES = List.of("completed", "failed", "blocked", "cancelled", "retry_scheduled");
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
        for (String outcome : OUTCOMES) counter(outcome);
    }

    /**
     * Publishes the jobs a worker of this process runs now as {@code zapcut_worker_jobs_running{worker}}
     * (each process publishes its own worker; summing over them gives the jobs running on all machines).
     */
    public void worker(String workerId, IntSupplier running) {
        Gauge.builder("zapcut.worker.jobs.running", running, r -> r.getAsInt()).tag("worker", workerId)
                // The supplier is referenced by nothing else: a weakly held one would read NaN after a collection.
                .strongReference(true).description("Jobs this process's worker is running now").register(registry);
    }

    public void outcome(String outcome) {
        counter(outcome).increment();
    }

    private Counter counter(String outcome) {
        return Counter.builder("zapcut.generations").tag("outcome", outcome)
                .description("Generation runs by outcome: completed, failed, blocked, cancelled, retry_scheduled")
                .register(registry);
    }

    public void completed(UUID adId) {
        outcome("completed");
        ads.outcome(adId).ifPresent(o -> {
            generationTime.record(Duration.ofSeconds(o.generationSeconds()));
            cost.record(o.apiCostCents());
        });
    }

    private static double safely(IntSupplier s) {
        try {
            return s.getAsInt();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
