package video.zapcut.pipeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import video.zapcut.ads.Ad;
import video.zapcut.ads.StoredBible;
import video.zapcut.agents.safety.SafetyVerdict;

/**
 * Where a run of a generation is recorded: the job's row (who holds it, progress, outcome) and the
 * ad's (stage outputs, status). The job queue implements it; every write after {@link #begin} checks
 * that {@code workerId} still holds the job, so a worker that lost its lease records nothing more.
 */
public interface RunJournal {
    /**
     * One run of a job: the ad to make, the bible it reuses (or null), the outputs of the stages
     * finished before (by stage, as JSON), the run's number (1 for the first) and, for a revision, the
     * outputs of the ad it revises (empty otherwise), which its stages reuse in part.
     */
    record Run(UUID jobId, Ad ad, StoredBible reusedBible, Map<Stage, String> finished, int attempt,
               Map<Stage, String> parentOutputs) {}

    /**
     * Makes {@code workerId} the job's holder and counts the run. A version's first run starts from the
     * outputs it carries over from the ad it is made from; while that ad is still being made the job goes
     * back to the queue for a moment, and when it failed the job fails: both throw {@link ParentNotReadyException}.
     */
    Run begin(UUID jobId, String workerId);

    void stageStarted(UUID jobId, Stage stage, int percent, Integer etaSeconds);

    /** A running stage got further: only the job's percent and ETA change (never backwards). */
    void stageProgress(UUID jobId, Stage stage, int percent, Integer etaSeconds);

    /** Keeps a finished stage's output; {@code paths} says which provider or fallback made what. */
    void stageCompleted(Run run, String workerId, Stage stage, Instant startedAt, Object output, Map<String, String> paths,
                        int percent, Integer etaSeconds);

    void completed(Run run, String workerId);

    /**
     * A run failed at {@code stage} (null: outside any stage). With {@code retryAt} the job goes back to
     * the queue, due then; without, it failed for good and a video it spent is given back.
     */
    void failed(Run run, String workerId, Stage stage, String message, Instant retryAt);

    /** The safety review blocked the ad: never retried, never refunded; the findings go on the user's record. */
    void blocked(Run run, String workerId, SafetyVerdict verdict, String message);
}
