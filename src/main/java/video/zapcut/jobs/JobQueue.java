package video.zapcut.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.ads.Ads;
import video.zapcut.pipeline.LeaseLostException;

/**
 * The one owner of {@code generation_jobs}, which is the queue: a worker claims the oldest due job with
 * {@code FOR UPDATE SKIP LOCKED} (so concurrent workers never claim the same row and never wait on
 * each other) and holds it under a lease it renews by heartbeat. A running job whose lease ran out
 * belongs to a worker that died; it is claimable again and resumes from its checkpoints. When a job's
 * state changes, its ad's changes with it in the same transaction (through {@link Ads}).
 */
@Repository
public class JobQueue {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Ads ads;
    private final QuotaRefunds refunds;

    public JobQueue(JdbcClient jdbc, TransactionTemplate tx, Ads ads, QuotaRefunds refunds) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.ads = ads;
        this.refunds = refunds;
    }

    /** Queues the generation of a new ad (in the caller's transaction). */
    public void enqueue(UUID jobId, UUID adId) {
        jdbc.sql("INSERT INTO generation_jobs (id, ad_id, status) VALUES (:id, :ad, 'queued')")
                .param("id", jobId).param("ad", adId).update();
    }

    public Optional<UUID> adOf(UUID jobId) {
        return jdbc.sql("SELECT ad_id FROM generation_jobs WHERE id = :id").param("id", jobId).query(UUID.class).optional();
    }

    /** A job's status, the stage it failed at, and its id, found by its ad. */
    public record JobOfAd(UUID jobId, String status, String failedStage) {}

    public Optional<JobOfAd> forAd(UUID adId) {
        return jdbc.sql("SELECT id AS job_id, status, failed_stage FROM generation_jobs WHERE ad_id = :a").param("a", adId)
                .query(JobOfAd.class).optional();
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

    // --- a run, as the journal records it (each in the caller's transaction) ---------------------

    /** A run that started: the job's ad and the run's number (1 for the first). */
    record Started(UUID adId, int attempt) {}

    /**
     * Makes {@code workerId} the job's holder and counts the run. The command line takes a job over
     * this way; a queue worker has already claimed it.
     */
    Started markRunning(UUID jobId, String workerId) {
        return jdbc.sql("""
                UPDATE generation_jobs SET status = 'running', worker_id = :w, attempts = attempts + 1,
                    error_message = NULL, failed_stage = NULL, started_at = COALESCE(started_at, NOW()),
                    updated_at = NOW() WHERE id = :id RETURNING ad_id, attempts""").param("w", workerId).param("id", jobId)
                .query((rs, i) -> new Started(rs.getObject("ad_id", UUID.class), rs.getInt("attempts"))).optional()
                .orElseThrow(() -> new IllegalArgumentException("no job " + jobId));
    }

    /**
     * Locks the job row and checks that {@code workerId} still holds it, so a worker whose lease ran out
     * (and was taken over) cannot record anything for the job any more.
     */
    void assertHolder(UUID jobId, String workerId) {
        boolean holds = jdbc.sql("""
                SELECT worker_id = :w AND status = 'running' FROM generation_jobs WHERE id = :id FOR UPDATE""")
                .param("w", workerId).param("id", jobId).query(Boolean.class).optional().orElse(false);
        if (!holds) throw new LeaseLostException(jobId, workerId);
    }

    void stageStarted(UUID jobId, String stage, int percent, Integer eta) {
        jdbc.sql("""
                UPDATE generation_jobs SET current_stage = :s, progress_percentage = GREATEST(progress_percentage, :p),
                    estimated_remaining_seconds = :eta, updated_at = NOW() WHERE id = :id""")
                .param("s", stage).param("p", percent).param("eta", eta).param("id", jobId).update();
    }

    /** Percent and ETA only, while a stage runs; a running job's percent never goes back. */
    void progress(UUID jobId, int percent, Integer eta) {
        jdbc.sql("""
                UPDATE generation_jobs SET progress_percentage = GREATEST(progress_percentage, :p),
                    estimated_remaining_seconds = :eta, updated_at = NOW() WHERE id = :id AND status = 'running'""")
                .param("p", percent).param("eta", eta).param("id", jobId).update();
    }

    void stageCompleted(UUID jobId, String stage, Instant startedAt, int percent, Integer eta) {
        jdbc.sql("""
                UPDATE generation_jobs SET
                    stages_completed = COALESCE((SELECT jsonb_agg(e) FROM jsonb_array_elements(stages_completed) e
                                                 WHERE e->>'stage' <> :s), '[]'::JSONB)
                        || jsonb_build_array(jsonb_build_object('stage', :s, 'started_at', :st,
                               'completed_at', to_char(NOW() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
                    progress_percentage = GREATEST(progress_percentage, :p), estimated_remaining_seconds = :eta,
                    updated_at = NOW()
                WHERE id = :id""")
                .param("s", stage).param("st", startedAt.toString()).param("p", percent).param("eta", eta)
                .param("id", jobId).update();
    }

    void completed(UUID jobId) {
        jdbc.sql("""
                UPDATE generation_jobs SET status = 'completed', progress_percentage = 100, current_stage = NULL,
                    estimated_remaining_seconds = 0, completed_at = NOW(), worker_id = NULL, lease_expires_at = NULL,
                    updated_at = NOW()
                WHERE id = :id""").param("id", jobId).update();
    }

    /** A failed run: back to the queue due at {@code retryAt}, or failed for good when it is null. */
    void failed(UUID jobId, String stage, String message, Instant retryAt) {
        jdbc.sql("""
                UPDATE generation_jobs SET status = :st, failed_stage = :s, error_message = :m,
                    next_attempt_at = COALESCE(:next, next_attempt_at), estimated_remaining_seconds = NULL,
                    worker_id = NULL, lease_expires_at = NULL, updated_at = NOW() WHERE id = :id""")
                .param("st", retryAt == null ? "failed" : "queued").param("s", stage).param("m", message)
                .param("next", retryAt == null ? null : Timestamp.from(retryAt)).param("id", jobId).update();
    }

    // --- what users and workers do to jobs ---------------------------------------------------------

    /**
     * Gives a held job back to the queue untouched (a worker shutting down): due at once, and the run
     * it started does not count against its attempts.
     */
    public boolean release(UUID jobId, String workerId) {
        return tx.execute(s -> {
            Optional<UUID> ad = jdbc.sql("""
                    UPDATE generation_jobs SET status = 'queued', worker_id = NULL, lease_expires_at = NULL,
                        attempts = GREATEST(attempts - 1, 0), next_attempt_at = NOW(), updated_at = NOW()
                    WHERE id = :id AND worker_id = :w AND status = 'running' RETURNING ad_id""")
                    .param("id", jobId).param("w", workerId).query(UUID.class).optional();
            ad.ifPresent(a -> ads.queued(a, false));
            return ad.isPresent();
        });
    }

    /**
     * Puts a held job back in the queue, due after {@code wait}, without counting a run: it could not
     * start yet (a version waiting for the ad it is made from).
     */
    public void postpone(UUID jobId, String workerId, Duration wait) {
        jdbc.sql("""
                UPDATE generation_jobs SET status = 'queued', worker_id = NULL, lease_expires_at = NULL,
                    next_attempt_at = NOW() + make_interval(secs => :w), updated_at = NOW()
                WHERE id = :id AND worker_id = :worker AND status = 'running'""")
                .param("w", wait.toMillis() / 1000.0).param("id", jobId).param("worker", workerId).update();
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
                    UUID ad = markCancelled(jobId, "cancelled before it started");
                    refunds.refund(ad);
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

    private UUID markCancelled(UUID jobId, String message) {
        UUID ad = jdbc.sql("""
                UPDATE generation_jobs SET status = 'cancelled', worker_id = NULL, lease_expires_at = NULL,
                    estimated_remaining_seconds = NULL, error_message = :m, completed_at = NOW(), updated_at = NOW()
                WHERE id = :id RETURNING ad_id""").param("m", message).param("id", jobId).query(UUID.class).single();
        ads.cancelled(ad, message);
        return ad;
    }

    /**
     * Fails a job taken over after its workers died running it as often as runs are allowed (a job
     * that kills its worker, e.g. by exhausting memory, must not kill every worker in turn). The
     * failure is not the user's: the video is given back.
     */
    public boolean failAbandoned(UUID jobId, String workerId, String message) {
        return tx.execute(s -> {
            Optional<UUID> ad = jdbc.sql("""
                    UPDATE generation_jobs SET status = 'failed', error_message = :m, worker_id = NULL, lease_expires_at = NULL,
                        estimated_remaining_seconds = NULL, updated_at = NOW()
                    WHERE id = :id AND worker_id = :w AND status = 'running' RETURNING ad_id""")
                    .param("m", message).param("id", jobId).param("w", workerId).query(UUID.class).optional();
            ad.ifPresent(a -> {
                ads.failed(a, message, true);
                refunds.refund(a);
            });
            return ad.isPresent();
        });
    }

    /** Puts a failed job back in the queue to resume where it stopped (a user's retry), in the caller's transaction. */
    boolean requeueFailed(UUID jobId) {
        Optional<UUID> ad = jdbc.sql("""
                UPDATE generation_jobs SET status = 'queued', next_attempt_at = NOW(), cancel_requested_at = NULL,
                    completed_at = NULL, updated_at = NOW()
                WHERE id = :id AND status = 'failed' AND COALESCE(failed_stage, '') <> 'safety' RETURNING ad_id""")
                .param("id", jobId).query(UUID.class).optional();
        ad.ifPresent(a -> ads.queued(a, true));
        return ad.isPresent();
    }

    /** The job's status and failed stage under a row lock, for a decision in the caller's transaction. */
    record Locked(UUID adId, String status, String failedStage) {}

    Optional<Locked> lock(UUID jobId) {
        return jdbc.sql("SELECT ad_id, status, failed_stage FROM generation_jobs WHERE id = :id FOR UPDATE")
                .param("id", jobId).query(Locked.class).optional();
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

    /** Jobs queued or running: what a new job waits behind. */
    public int activeCount() {
        return jdbc.sql("SELECT COUNT(*) FROM generation_jobs WHERE status IN ('queued', 'running')").query(Integer.class).single();
    }
}
