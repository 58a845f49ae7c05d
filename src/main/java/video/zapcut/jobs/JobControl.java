package video.zapcut.jobs;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.jobs.GenerationRefusedException.Reason;

/** What a user may do to a job: cancel it, or retry it after a failure. Ownership is checked by the caller. */
@Service
public class JobControl {
    private final JobQueue queue;
    private final JobEventBus events;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JobControl(JobQueue queue, JobEventBus events, JdbcClient jdbc, TransactionTemplate tx) {
        this.queue = queue;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public enum Outcome { CANCELLED, STOPPING }

    public Outcome cancel(UUID jobId) {
        return switch (queue.requestCancel(jobId)) {
            case CANCELLED -> {
                UUID adId = jdbc.sql("SELECT ad_id FROM generation_jobs WHERE id = :id").param("id", jobId).query(UUID.class).single();
                events.publish(new JobEvent(jobId, adId, "job_cancelled", null, 0, null, "cancelled before it started",
                        Instant.now()));
                yield Outcome.CANCELLED;
            }
            case REQUESTED -> Outcome.STOPPING;
            case ALREADY_FINISHED -> throw new GenerationRefusedException(Reason.CONFLICT,
                    "job " + jobId + " has already finished (" + queue.status(jobId).orElse("gone") + "); nothing to cancel");
            case NOT_FOUND -> throw new GenerationRefusedException(Reason.NOT_FOUND, "no job " + jobId);
        };
    }

    /**
     * Queues a failed job again. If its video was refunded when it failed, the retry spends one again
     * (it may complete this time); a job blocked by the safety review cannot be retried.
     */
    public void retry(UUID userId, UUID jobId) {
        tx.executeWithoutResult(s -> {
            var row = jdbc.sql("""
                    SELECT j.status, j.failed_stage, a.id AS ad_id, a.quota_refunded_at IS NOT NULL AS refunded
                    FROM generation_jobs j JOIN generated_ads a ON a.id = j.ad_id WHERE j.id = :id FOR UPDATE OF j""")
                    .param("id", jobId).query().singleRow();
            if (!"failed".equals(row.get("status"))) {
                throw new GenerationRefusedException(Reason.CONFLICT, "only a failed job can be retried; job " + jobId
                        + " is " + row.get("status"));
            }
            if ("safety".equals(row.get("failed_stage"))) {
                throw new GenerationRefusedException(Reason.CONFLICT, "job " + jobId + " was blocked by the safety review; "
                        + "a retry would be blocked again. Start a new generation with a changed brief");
            }
            if (Boolean.TRUE.equals(row.get("refunded"))) {
                int spent = jdbc.sql("""
                        UPDATE users SET videos_remaining = videos_remaining - 1 WHERE id = :u AND videos_remaining > 0""")
                        .param("u", userId).update();
                if (spent == 0) {
                    throw new GenerationRefusedException(Reason.QUOTA_EXHAUSTED, "a retry needs one video and you have none left");
                }
                jdbc.sql("UPDATE generated_ads SET quota_refunded_at = NULL WHERE id = :id").param("id", row.get("ad_id")).update();
            }
            if (!queue.retry(jobId)) throw new GenerationRefusedException(Reason.CONFLICT, "job " + jobId + " changed meanwhile");
        });
    }
}
