package video.zapcut.jobs;

import org.springframework.stereotype.Component;
import video.zapcut.ads.Ads;

/**
 * How long a new generation will take, from what this installation measured: the median of the last
 * completed generations of the same length (a fixed guess until there are some), plus the wait for
 * the jobs already ahead of it.
 */
@Component
public class GenerationEstimates {
    private final Ads ads;
    private final JobQueue queue;
    private final WorkerProperties workers;

    public GenerationEstimates(Ads ads, JobQueue queue, WorkerProperties workers) {
        this.ads = ads;
        this.queue = queue;
        this.workers = workers;
    }

    public int secondsFor(int targetSeconds) {
        int perAd = typicalSeconds(targetSeconds);
        // The job itself is among those counted; the ones before it share the workers.
        int before = Math.max(0, queue.activeCount() - 1);
        return perAd + perAd * before / workers.concurrency();
    }

    public int typicalSeconds(int targetSeconds) {
        return ads.typicalGenerationSeconds(targetSeconds).orElseGet(() -> switch (targetSeconds) {
            case 15 -> 30;
            case 60 -> 90;
            default -> 50;
        });
    }
}
