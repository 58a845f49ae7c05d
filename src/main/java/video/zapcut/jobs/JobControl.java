package video.zapcut.jobs;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.accounts.Quotas;
import video.zapcut.ads.Ads;
import video.zapcut.jobs.GenerationRefusedException.Reason;

/** What a user may do to a job: cancel it, or retry it after a failure. Ownership is checked by the caller. */
@Service
public class JobControl {
    private final JobQueue queue;
    private final JobEventBus events;
    private final Ads ads;
    private final Quotas quotas;
    private final TransactionTemplate tx;

    public JobControl(JobQueue queue, JobEventBus events, Ads ads, Quotas quotas, TransactionTemplate tx) {
        this.queue = queue;
        this.events = events;
        this.ads = ads;
        this.quotas = quotas;
        this.tx = tx;
    }

    public enum Outcome { CANCELLED, STOPPING }

    public Outcome cancel(UUID jobId) {
        return switch (queue.requestCancel(jobId)) {
            case CANCELLED -> {
                events.publish(new JobEvent(jobId, queue.adOf(jobId).orElseThrow(), "job_cancelled", null, 0, null,
                        "cancelled before it started", Instant.now()));
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
            JobQueue.Locked job = queue.lock(jobId)
                    .orElseThrow(() -> new GenerationRefusedException(Reason.NOT_FOUND, "no job " + jobId));
            if (!"failed".equals(job.status())) {
                throw new GenerationRefusedException(Reason.CONFLICT, "only a failed job can be retried; job " + jobId
                        + " is " + job.status());
            }
            if ("safety".equals(job.failedStage())) {
                throw new GenerationRefusedException(Reason.CONFLICT, "job " + jobId + " was blocked by the safety review; "
                        + "a retry would be blocked again. Start a new generation with a changed brief");
            }
            if (ads.quotaRefunded(job.adId())) {
                if (quotas.spendOne(userId) == Quotas.Spend.EXHAUSTED) {
                    throw new GenerationRefusedException(Reason.QUOTA_EXHAUSTED, "a retry needs one video and you have none left");
                }
                ads.quotaSpentAgain(job.adId());
            }
            if (!queue.requeueFailed(jobId)) throw new GenerationRefusedException(Reason.CONFLICT, "job " + jobId + " changed meanwhile");
        });
    }
}
