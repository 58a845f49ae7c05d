package video.zapcut.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Jobs as clients read them. Whose a job is, is its ad's business: callers check it with the ads module. */
@Component
public class JobViews {
    private final JdbcClient jdbc;

    public JobViews(JdbcClient jdbc) { this.jdbc = jdbc; }

    public Optional<JobView> find(UUID jobId) {
        return jdbc.sql("""
                SELECT id AS job_id, ad_id, status, current_stage, progress_percentage, estimated_remaining_seconds,
                       stages_completed::text AS stages_completed_json, failed_stage, error_message, attempts, next_attempt_at,
                       cancel_requested_at IS NOT NULL AS cancel_requested, created_at, updated_at
                FROM generation_jobs WHERE id = :id""").param("id", jobId).query(JobView.class).optional();
    }

    /** The job of each ad (every ad has one). */
    public Map<UUID, UUID> jobsOfAds(List<UUID> adIds) {
        Map<UUID, UUID> out = new LinkedHashMap<>();
        if (adIds.isEmpty()) return out;
        jdbc.sql("SELECT ad_id, id FROM generation_jobs WHERE ad_id IN (:a)").param("a", adIds)
                .query(rs -> { out.put(rs.getObject("ad_id", UUID.class), rs.getObject("id", UUID.class)); });
        return out;
    }
}
