package video.zapcut.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long a new generation will take, from what this installation measured: the median of the last
 * completed generations of the same length (a fixed guess until there are some), plus the wait for
 * the jobs already ahead of it.
 */
@Component
public class GenerationEstimates {
    private final JdbcClient jdbc;
    private final WorkerProperties workers;

    public GenerationEstimates(JdbcClient jdbc, WorkerProperties workers) {
        this.jdbc = jdbc;
        this.workers = workers;
    }

    public int secondsFor(int targetSeconds) {
        int perAd = typicalSeconds(targetSeconds);
        int ahead = jdbc.sql("SELECT COUNT(*) FROM generation_jobs WHERE status IN ('queued', 'running')")
                .query(Integer.class).single();
        // The job itself is among those counted; the ones before it share the workers.
        int before = Math.max(0, ahead - 1);
        return perAd + perAd * before / workers.concurrency();
    }

    int typicalSeconds(int targetSeconds) {
        Integer median = jdbc.sql("""
                SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY generation_duration_seconds) FROM (
                    SELECT generation_duration_seconds FROM generated_ads
                    WHERE status = 'completed' AND target_duration_seconds = :t AND generation_duration_seconds IS NOT NULL
                    ORDER BY generation_completed_at DESC LIMIT 20) recent""")
                .param("t", targetSeconds).query(Integer.class).optional().orElse(null);
        if (median != null) return median;
        return switch (targetSeconds) {
            case 15 -> 30;
            case 60 -> 90;
            default -> 50;
        };
    }
}
