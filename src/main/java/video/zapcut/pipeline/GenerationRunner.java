package video.zapcut.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import video.zapcut.common.Json;
import video.zapcut.storage.BlobStore;

/**
 * Runs a job's stages in graph order, skipping every stage that already has a checkpoint, so a
 * failed or interrupted generation resumes at its first unfinished stage. Independent stages run in
 * parallel (see {@link StageScheduler}). Each stage's output is persisted before any stage that
 * needs it starts.
 */
public final class GenerationRunner {
    private static final Logger log = LoggerFactory.getLogger(GenerationRunner.class);
    private final GenerationStore store;
    private final BlobStore blobs;
    private final Map<Stage, StageHandler> handlers = new EnumMap<>(Stage.class);
    private final Path workRoot;
    private final int parallelism;
    private final String failAtStage;

    /**
     * @param failAtStage a stage id at which to fail on purpose (tests of resume), or null
     */
    public GenerationRunner(GenerationStore store, BlobStore blobs, List<StageHandler> stageHandlers, Path workRoot,
                            int parallelism, String failAtStage) {
        this.store = store;
        this.blobs = blobs;
        for (StageHandler h : stageHandlers) handlers.put(h.stage(), h);
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
        JobRecord job = store.job(jobId).orElseThrow(() -> new IllegalArgumentException("no job " + jobId));
        AdRecord ad = store.ad(job.adId()).orElseThrow();
        Map<Stage, String> done = store.checkpoints(jobId);
        GenerationContext ctx = new GenerationContext(jobId, workerId, ad, workRoot.resolve(ad.id().toString()), blobs, done);
        ProgressTracker progress = new ProgressTracker(done.keySet());
        int attempt = store.markRunning(jobId, ad.id(), workerId);
        listener.onEvent(new ProgressEvent(jobId, ad.id(), ProgressEvent.Type.JOB_STARTED, null, progress.percent(),
                progress.etaSeconds(), done.isEmpty() ? "starting" : "resuming after " + done.size() + " finished stage(s)"));
        try {
            new StageScheduler(parallelism).run(ctx::done, stage -> runStage(ctx, workerId, stage, progress, listener));
            store.completed(jobId, ad.id(), workerId, jdbc -> {});
            listener.onEvent(new ProgressEvent(jobId, ad.id(), ProgressEvent.Type.JOB_COMPLETED, null, 100, 0, "done"));
            deleteWork(ctx);
        } catch (GenerationInterruptedException | LeaseLostException e) {
            throw e;
        } catch (SafetyBlockedException e) {
            // The user's brief, not our failure: never retried, never refunded.
            store.failed(jobId, ad.id(), workerId, Stage.SAFETY, "Blocked by the safety review: " + summary(e), null, false);
            listener.onEvent(new ProgressEvent(jobId, ad.id(), ProgressEvent.Type.JOB_FAILED, Stage.SAFETY.id(),
                    progress.percent(), null, e.getMessage()));
            deleteWork(ctx);
            throw e;
        } catch (StageFailedException e) {
            if (e.getCause() instanceof LeaseLostException lost) throw lost;
            if (e.getCause() instanceof GenerationInterruptedException stopped) throw stopped;
            recordFailure(ctx, workerId, e.stage(), e.getMessage(), attempt, retry, progress, listener);
            throw e;
        } catch (RuntimeException e) {
            // Outside any one stage (a worker thread died): still leave the job failed (or queued for
            // another attempt) rather than "running", so it can be resumed.
            recordFailure(ctx, workerId, null, "generation stopped: " + StageFailedException.describe(e), attempt, retry,
                    progress, listener);
            throw e;
        }
    }

    private void recordFailure(GenerationContext ctx, String workerId, Stage stage, String message, int attempt,
                               RetryPolicy retry, ProgressTracker progress, ProgressListener listener) {
        java.time.Duration wait = retry.nextDelay(attempt);
        store.failed(ctx.jobId(), ctx.adId(), workerId, stage, message, wait == null ? null : Instant.now().plus(wait), true);
        listener.onEvent(new ProgressEvent(ctx.jobId(), ctx.adId(),
                wait == null ? ProgressEvent.Type.JOB_FAILED : ProgressEvent.Type.JOB_RETRY_SCHEDULED,
                stage == null ? null : stage.id(), progress.percent(), null,
                wait == null ? message : message + " (attempt " + attempt + " of " + retry.maxAttempts() + "; retrying in "
                        + Math.max(1, wait.toSeconds()) + " s)"));
    }

    private void runStage(GenerationContext ctx, String workerId, Stage stage, ProgressTracker progress,
                          ProgressListener listener) {
        try {
            Instant started = Instant.now();
            store.stageStarted(ctx.jobId(), stage, progress.percent(), progress.etaSeconds());
            listener.onEvent(new ProgressEvent(ctx.jobId(), ctx.adId(), ProgressEvent.Type.STAGE_STARTED, stage.id(),
                    progress.percent(), progress.etaSeconds(), null));
            if (stage.id().equals(failAtStage)) {
                throw new IllegalStateException("injected failure at " + stage.id() + " (ZAPCUT_FAIL_AT_STAGE)");
            }
            StageHandler.Result result = handlers.get(stage).run(ctx);
            String json = Json.write(result.output());
            progress.complete(stage);
            store.stageCompleted(ctx.jobId(), workerId, stage, started, json, progress.percent(), progress.etaSeconds(), result.adUpdates());
            ctx.record(stage, json);
            listener.onEvent(new ProgressEvent(ctx.jobId(), ctx.adId(), ProgressEvent.Type.STAGE_COMPLETED, stage.id(),
                    progress.percent(), progress.etaSeconds(), null));
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

    private static void deleteWork(GenerationContext ctx) {
        Path dir = ctx.work(".").normalize();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("could not clean work directory {}: {}", dir, e.getMessage());
        }
    }
}
