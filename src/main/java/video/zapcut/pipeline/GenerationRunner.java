package video.zapcut.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import video.zapcut.common.Json;
import video.zapcut.config.Scratch;
import video.zapcut.costs.CostScope;
import video.zapcut.storage.BlobStore;

/**
 * Runs a job's stages in graph order, skipping every stage that already has a checkpoint, so a
 * failed or interrupted generation resumes at its first unfinished stage. Independent stages run in
 * parallel (see {@link StageScheduler}). Each stage runs with its ad as the cost scope (vendor calls are
 * charged to it) and its output, with the paths that made it, is recorded through the
 * {@link RunJournal} before any stage that needs it starts.
 */
public final class GenerationRunner {
    private static final Logger log = LoggerFactory.getLogger(GenerationRunner.class);
    private final RunJournal journal;
    private final BlobStore blobs;
    private final Map<Stage, StageHandler<?>> handlers = new EnumMap<>(Stage.class);
    private final Path workRoot;
    private final int parallelism;
    private final String failAtStage;
    /** Least time between two reports of a stage's own progress to the job row and the listeners. */
    static final Duration PROGRESS_GAP = Duration.ofMillis(500);

    /**
     * @param failAtStage a stage id at which to fail on purpose (tests of resume), or null
     */
    public GenerationRunner(RunJournal journal, BlobStore blobs, List<StageHandler<?>> stageHandlers, Path workRoot,
                            int parallelism, String failAtStage) {
        this.journal = journal;
        this.blobs = blobs;
        for (StageHandler<?> h : stageHandlers) handlers.put(h.stage(), h);
        for (Stage s : Stage.values()) {
            if (!handlers.containsKey(s)) throw new IllegalArgumentException("no handler for stage " + s.id());
        }
        this.workRoot = workRoot;
        this.parallelism = Math.max(1, parallelism);
        this.failAtStage = failAtStage == null || failAtStage.isBlank() ? null : failAtStage.strip();
    }

    /** Runs the job once, never retrying; what the command line does. */
    public void run(UUID jobId, String workerId, ProgressListener listener) {
        run(jobId, workerId, listener, RetryPolicy.NONE);
    }

    /**
     * Runs the job to completion as {@code workerId}, which must hold it (the command line takes it
     * over; a queue worker has claimed it). Throws {@link StageFailedException} or
     * {@link SafetyBlockedException} after recording the failure (or, when {@code retry} allows another
     * attempt, after putting the job back in the queue); throws {@link GenerationInterruptedException}
     * or {@link LeaseLostException} without recording anything.
     */
    public void run(UUID jobId, String workerId, ProgressListener listener, RetryPolicy retry) {
        RunJournal.Run run = journal.begin(jobId, workerId);
        UUID adId = run.ad().id();
        ProgressTracker progress = new ProgressTracker(run.finished().keySet(), RevisionPlanner.weights(run.ad().revision()));
        PartialProgress partial = new PartialProgress(jobId, adId, progress, journal, listener, PROGRESS_GAP);
        GenerationContext ctx = new GenerationContext(jobId, run.ad(), run.reusedBible(), workRoot.resolve(adId.toString()),
                blobs, run.finished(), partial).revising(run.parentOutputs());
        listener.onEvent(new ProgressEvent(jobId, adId, ProgressEvent.Type.JOB_STARTED, null, progress.percent(),
                progress.etaSeconds(), run.finished().isEmpty() ? "starting"
                        : "resuming after " + run.finished().size() + " finished stage(s)"));
        try {
            new StageScheduler(parallelism).run(ctx::done, stage -> runStage(run, ctx, workerId, stage, progress, partial, listener));
            journal.completed(run, workerId);
            listener.onEvent(new ProgressEvent(jobId, adId, ProgressEvent.Type.JOB_COMPLETED, null, 100, 0, "done"));
        } catch (GenerationInterruptedException | LeaseLostException e) {
            throw e;
        } catch (SafetyBlockedException e) {
            // The user's brief, not our failure: never retried, never refunded.
            journal.blocked(run, workerId, e.verdict(), "Blocked by the safety review: " + summary(e));
            listener.onEvent(new ProgressEvent(jobId, adId, ProgressEvent.Type.JOB_FAILED, Stage.SAFETY.id(),
                    progress.percent(), null, e.getMessage()));
            throw e;
        } catch (StageFailedException e) {
            if (e.getCause() instanceof LeaseLostException lost) throw lost;
            if (e.getCause() instanceof GenerationInterruptedException stopped) throw stopped;
            recordFailure(run, workerId, e.stage(), e.getMessage(), retry, progress, listener);
            throw e;
        } catch (RuntimeException e) {
            // Outside any one stage (a worker thread died): still leave the job failed (or queued for
            // another attempt) rather than "running", so it can be resumed.
            recordFailure(run, workerId, null, "generation stopped: " + StageFailedException.describe(e), retry, progress,
                    listener);
            throw e;
        } finally {
            // Every output is in the blob store by now; a retry or another worker fetches what it needs
            // again, so nothing stays behind between jobs, whatever the outcome.
            Scratch.delete(ctx.work(".").normalize());
        }
    }

    private void recordFailure(RunJournal.Run run, String workerId, Stage stage, String message, RetryPolicy retry,
                               ProgressTracker progress, ProgressListener listener) {
        Duration wait = retry.nextDelay(run.attempt());
        journal.failed(run, workerId, stage, message, wait == null ? null : Instant.now().plus(wait));
        listener.onEvent(new ProgressEvent(run.jobId(), run.ad().id(),
                wait == null ? ProgressEvent.Type.JOB_FAILED : ProgressEvent.Type.JOB_RETRY_SCHEDULED,
                stage == null ? null : stage.id(), progress.percent(), null,
                wait == null ? message : message + " (attempt " + run.attempt() + " of " + retry.maxAttempts() + "; retrying in "
                        + Math.max(1, wait.toSeconds()) + " s)"));
    }

    private void runStage(RunJournal.Run run, GenerationContext ctx, String workerId, Stage stage, ProgressTracker progress,
                          PartialProgress partial, ProgressListener listener) {
        try {
            Instant started = Instant.now();
            int startPercent = progress.percent();
            journal.stageStarted(ctx.jobId(), stage, startPercent, progress.etaSeconds());
            listener.onEvent(new ProgressEvent(ctx.jobId(), ctx.adId(), ProgressEvent.Type.STAGE_STARTED, stage.id(),
                    startPercent, progress.etaSeconds(), null));
            partial.told(startPercent);
            if (stage.id().equals(failAtStage)) {
                throw new IllegalStateException("injected failure at " + stage.id() + " (ZAPCUT_FAIL_AT_STAGE)");
            }
            StageHandler<?> handler = handlers.get(stage);
            StageProvenance.Collected<?> made = CostScope.in(ctx.adId(), stage.id(),
                    () -> StageProvenance.collect(() -> handler.run(ctx)));
            progress.complete(stage);
            journal.stageCompleted(run, workerId, stage, started, made.value(), made.paths(), progress.percent(),
                    progress.etaSeconds());
            ctx.record(stage, Json.write(made.value()));
            int donePercent = progress.percent();
            listener.onEvent(new ProgressEvent(ctx.jobId(), ctx.adId(), ProgressEvent.Type.STAGE_COMPLETED, stage.id(),
                    donePercent, progress.etaSeconds(), null));
            partial.told(donePercent);
        } catch (SafetyBlockedException | StageFailedException | LeaseLostException e) {
            throw e;
        } catch (RuntimeException e) {
            log.debug("stage {} failed", stage.id(), e);
            throw new StageFailedException(stage, e);
        }
    }

    private static String summary(SafetyBlockedException e) {
        StringBuilder b = new StringBuilder();
        e.verdict().violations().forEach(v -> b.append(b.isEmpty() ? "" : "; ").append(v.category()).append(" (")
                .append(v.severity()).append(")"));
        return b.toString();
    }
}
