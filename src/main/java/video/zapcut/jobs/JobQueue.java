package video.zapcut.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.pipeline.GenerationStore;

/**
 * The queue's SQL. generation_jobs is the queue: a worker claims the oldest due job with
 * {@code FOR UPDATE SKIP LOCKED} (so concurrent workers never claim the same row and never wait on
 * each other) and holds it under a lease it renews by heartbeat. A running job whose lease ran out
 * belongs to a worker that died; it is claimable again and resumes from its checkpoints.
 */
@Repository
public class JobQueue {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final GenerationStore store;

    public JobQueue(JdbcClient jdbc, TransactionTemplate tx, GenerationStore store) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.store = store;
    }

    /**
     * A claimed job; {@code recovered} when it was taken from a worker whose lease had run out;
     * {@code attempts} the runs started before this one.
     */
    public record Claim(UUID jobId, UUID adId, boolean recovered, int attempts) {}

    public Optional<Claim> claim(String workerId, Duration lease) {
        return tx.execute(s -> jdbc.sql("""
                WITH next AS (
                    SELECT id, status = 'running' AS recovered FROM generation_jobs
                    WHERE (status = 'queued' AND next_attempt_at <= NOW())
                       OR (status = 'running' AND lease_expires_at < NOW())
                    ORDER BY next_attempt_at, created_at
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                UPDATE generation_jobs j SET status = 'running', worker_id = :w,
                    lease_expires_at = NOW() + make_interval(secs => :lease), heartbeat_at = NOW(), updated_at = NOW()
                FROM next WHERE j.id = next.id
                RETURNING j.id, j.ad_id, next.recovered, j.attempts""")
                .param("w", workerId).param("lease", lease.toMillis() / 1000.0)
                .query((rs, i) -> new Claim(rs.getObject("id", UUID.class), rs.getObject("ad_id", UUID.class),
                        rs.getBoolean("recovered"), rs.getInt("attempts")))
                .optional());
    }

    /** What a heartbeat learns about one held job. */
    public enum Lease { HELD, CANCEL_REQUESTED, LOST }

    /** Renews the lease of a job this worker holds and reports whether it should go on. */
    public Lease heartbeat(UUID jobId, String workerId, Duration lease) {
        return jdbc.sql("""
                UPDATE generation_jobs SET lease_expires_at = NOW() + make_interval(secs => :lease), heartbeat_at = NOW()
                WHERE id = :id AND worker_id = :w AND status = 'running'
                RETURNING cancel_requested_at IS NOT NULL AS cancel""")
                .param("lease", lease.toMillis() / 1000.0).param("id", jobId).param("w", workerId)
                .query(Boolean.class).optional()
                .map(cancel -> cancel ? Lease.CANCEL_REQUESTED : Lease.HELD).orElse(Lease.LOST);
    }

    /**
     * Gives a held job back to the queue untouched (a worker shutting down): due at once, and the run
     * it started does not count against its attempts.
     */
    public boolean release(UUID jobId, String workerId) {
        return tx.execute(s -> {
            int n = jdbc.sql("""
                    UPDATE generation_jobs SET status = 'queued', worker_id = NULL, lease_expires_at = NULL,
                        attempts = GREATEST(attempts - 1, 0), next_attempt_at = NOW(), updated_at = NOW()
                    WHERE id = :id AND worker_id = :w AND status = 'running'""")
                    .param("id", jobId).param("w", workerId).update();
            if (n > 0) {
                jdbc.sql("UPDATE generated_ads SET status = 'queued', updated_at = NOW() WHERE id = (SELECT ad_id FROM generation_jobs WHERE id = :id)")
                        .param("id", jobId).update();
            }
            return n > 0;
        });
    }

    /** Outcome of a cancel request. */
    public enum CancelResult { CANCELLED, REQUESTED, ALREADY_FINISHED, NOT_FOUND }

    /**
     * Cancels a job: a queued one at once (and its quota is given back: nothing was made), a running
     * one by flagging it for its worker, which stops at its next heartbeat.
     */
    public CancelResult requestCancel(UUID jobId) {
        return tx.execute(s -> {
            Optional<String> status = jdbc.sql("SELECT status FROM generation_jobs WHERE id = :id FOR UPDATE")
                    .param("id", jobId).query(String.class).optional();
            if (status.isEmpty()) return CancelResult.NOT_FOUND;
            switch (status.get()) {
                case "queued" -> {
                    markCancelled(jobId, "cancelled before it started");
                    refundIfSpent(jobId);
                    return CancelResult.CANCELLED;
                }
                case "running" -> {
                    jdbc.sql("""
                            UPDATE generation_jobs SET cancel_requested_at = COALESCE(cancel_requested_at, NOW()),
                                updated_at = NOW() WHERE id = :id""").param("id", jobId).update();
                    return CancelResult.REQUESTED;
                }
                default -> {
                    return CancelResult.ALREADY_FINISHED;
                }
            }
        });
    }

    /** A worker stopped a job it held because it was cancelled. */
    public boolean finishCancelled(UUID jobId, String workerId) {
        return tx.execute(s -> {
            boolean held = jdbc.sql("SELECT worker_id = :w FROM generation_jobs WHERE id = :id FOR UPDATE")
                    .param("w", workerId).param("id", jobId).query(Boolean.class).optional().orElse(false);
            if (!held) return false;
            markCancelled(jobId, "cancelled by the user");
            return true;
        });
    }

    private void markCancelled(UUID jobId, String message) {
        jdbc.sql("""
                UPDATE generation_jobs SET status = 'cancelled', worker_id = NULL, lease_expires_at = NULL,
                    estimated_remaining_seconds = NULL, error_message = :m, completed_at = NOW(), updated_at = NOW()
                WHERE id = :id""").param("m", message).param("id", jobId).update();
        jdbc.sql("""
                UPDATE generated_ads SET status = 'cancelled', error_message = :m, updated_at = NOW()
                WHERE id = (SELECT ad_id FROM generation_jobs WHERE id = :id)""").param("m", message).param("id", jobId).update();
    }

    /** Gives back the video the job's ad spent, once (see {@link GenerationStore#refundQuota}). */
    private void refundIfSpent(UUID jobId) {
        store.refundQuota(jdbc.sql("SELECT ad_id FROM generation_jobs WHERE id = :id").param("id", jobId)
                .query(UUID.class).single());
    }

    /**
     * Fails a job taken over after its workers died running it as often as runs are allowed (a job
     * that kills its worker, e.g. by exhausting memory, must not kill every worker in turn). The
     * failure is not the user's: the video is given back.
     */
    public boolean failAbandoned(UUID jobId, String workerId, String message) {
        return tx.execute(s -> {
            int n = jdbc.sql("""
                    UPDATE generation_jobs SET status = 'failed', error_message = :m, worker_id = NULL, lease_expires_at = NULL,
                        estimated_remaining_seconds = NULL, updated_at = NOW()
                    WHERE id = :id AND worker_id = :w AND status = 'running'""")
                    .param("m", message).param("id", jobId).param("w", workerId).update();
            if (n == 0) return false;
            jdbc.sql("""
                    UPDATE generated_ads SET status = 'failed', error_message = :m, updated_at = NOW()
                    WHERE id = (SELECT ad_id FROM generation_jobs WHERE id = :id)""").param("m", message).param("id", jobId).update();
            refundIfSpent(jobId);
            return true;
        });
    }

    /** Puts a failed job back in the queue to resume where it stopped (a user's retry). */
    public boolean retry(UUID jobId) {
        return tx.execute(s -> {
            int n = jdbc.sql("""
                    UPDATE generation_jobs SET status = 'queued', next_attempt_at = NOW(), cancel_requested_at = NULL,
                        completed_at = NULL, updated_at = NOW()
                    WHERE id = :id AND status = 'failed' AND COALESCE(failed_stage, '') <> 'safety'""")
                    .param("id", jobId).update();
            if (n > 0) {
                jdbc.sql("""
                        UPDATE generated_ads SET status = 'queued', error_message = NULL, updated_at = NOW()
                        WHERE id = (SELECT ad_id FROM generation_jobs WHERE id = :id)""").param("id", jobId).update();
            }
            return n > 0;
        });
    }

    public Optional<String> status(UUID jobId) {
        return jdbc.sql("SELECT status FROM generation_jobs WHERE id = :id").param("id", jobId).query(String.class).optional();
    }

    /** Jobs waiting to be claimed, due now or later. */
    public int queuedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM generation_jobs WHERE status = 'queued'").query(Integer.class).single();
    }

    public int runningCount() {
        return jdbc.sql("SELECT COUNT(*) FROM generation_jobs WHERE status = 'running'").query(Integer.class).single();
    }
}
