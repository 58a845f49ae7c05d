package video.zapcut.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.accounts.Quotas;
import video.zapcut.accounts.SafetyRecord;
import video.zapcut.ads.Ad;
import video.zapcut.ads.Ads;
import video.zapcut.ads.StageOutputs.ReferenceOutput;
import video.zapcut.ads.StoredBible;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.agents.safety.Violation;
import video.zapcut.pipeline.ParentNotReadyException;
import video.zapcut.pipeline.RevisionPlanner;
import video.zapcut.pipeline.RunJournal;
import video.zapcut.pipeline.Stage;
import video.zapcut.projects.AssetRepository;
import video.zapcut.storage.BlobStore;

/**
 * Records a generation's runs: each write checks, under the job row's lock, that the worker still
 * holds the job, then changes the job (the queue) and its ad (through {@link Ads}) in one transaction,
 * so a crash leaves either all of a stage or none of it. What a run means for the user (quota
 * refunds, totals, safety findings) and the project (its generated reference images) is recorded here
 * too, through their owners.
 */
@Component
public class JobJournal implements RunJournal {
    private final JobQueue queue;
    private final Ads ads;
    private final Quotas quotas;
    private final QuotaRefunds refunds;
    private final SafetyRecord safety;
    private final AssetRepository assets;
    private final BlobStore blobs;
    private final TransactionTemplate tx;

    public JobJournal(JobQueue queue, Ads ads, Quotas quotas, QuotaRefunds refunds, SafetyRecord safety,
                      AssetRepository assets, BlobStore blobs, TransactionTemplate tx) {
        this.queue = queue;
        this.ads = ads;
        this.quotas = quotas;
        this.refunds = refunds;
        this.safety = safety;
        this.assets = assets;
        this.blobs = blobs;
        this.tx = tx;
    }

    /** How long a version waits before it looks again whether the ad it is made from has finished. */
    static final java.time.Duration PARENT_POLL = java.time.Duration.ofSeconds(2);

    @Override
    public Run begin(UUID jobId, String workerId) {
        try {
            return tx.execute(s -> started(jobId, workerId));
        } catch (ParentNotReadyException e) {
            if (e.forGood()) queue.failAbandoned(jobId, workerId, e.getMessage());
            else queue.postpone(jobId, workerId, PARENT_POLL);
            throw e;
        }
    }

    private Run started(UUID jobId, String workerId) {
        JobQueue.Started started = queue.markRunning(jobId, workerId);
        Ad ad = ads.find(started.adId()).orElseThrow(() -> new IllegalStateException("job " + jobId + " has no ad"));
        Map<Stage, String> parent = ad.revision() == null ? Map.of() : Stage.outputs(ads.checkpoints(ad.revision().parentAdId()));
        Map<Stage, String> finished = Stage.outputs(ads.checkpoints(ad.id()));
        if (ad.revision() != null && finished.isEmpty()) {
            carryOver(ad, parent);
            finished = Stage.outputs(ads.checkpoints(ad.id()));
        }
        ads.started(ad.id(), started.attempt());
        UUID reuse = ad.order().reuseBibleId();
        StoredBible bible = reuse == null ? null : ads.bible(reuse)
                .orElseThrow(() -> new IllegalStateException("creative bible " + reuse + " to reuse no longer exists"));
        return new Run(jobId, ad, bible, finished, started.attempt(), parent);
    }

    /**
     * A version's first run: the outputs of every stage its plan does not run again are its parent's,
     * kept as its own checkpoints (the stages that run read them like any finished stage's).
     */
    private void carryOver(Ad ad, Map<Stage, String> outputs) {
        UUID parentId = ad.revision().parentAdId();
        Ad parent = ads.find(parentId).orElseThrow(() -> new ParentNotReadyException(ad.id(),
                "the ad it is made from (" + parentId + ") was deleted before it started", true));
        if (Ads.inProgress(parent.status())) {
            throw new ParentNotReadyException(ad.id(), "waiting for " + parentId + ", which it shares outputs with", false);
        }
        if (!"completed".equals(parent.status())) {
            throw new ParentNotReadyException(ad.id(), "the ad it is made from (" + parentId + ") is " + parent.status()
                    + "; retry that one, then this", true);
        }
        Instant now = Instant.now();
        RevisionPlanner.carriedOver(outputs, ad.revision().plan())
                .forEach((stage, output) -> ads.recordStageOutput(ad.id(), stage.id(), now, output, Map.of()));
    }

    @Override
    public void stageStarted(UUID jobId, Stage stage, int percent, Integer etaSeconds) {
        queue.stageStarted(jobId, stage.id(), percent, etaSeconds);
    }

    @Override
    public void stageProgress(UUID jobId, Stage stage, int percent, Integer etaSeconds) {
        queue.progress(jobId, percent, etaSeconds);
    }

    @Override
    public void stageCompleted(Run run, String workerId, Stage stage, Instant startedAt, Object output, Map<String, String> paths,
                               int percent, Integer etaSeconds) {
        Ad ad = run.ad();
        tx.executeWithoutResult(s -> {
            queue.assertHolder(run.jobId(), workerId);
            ads.recordStageOutput(ad.id(), stage.id(), startedAt, output, paths);
            queue.stageCompleted(run.jobId(), stage.id(), startedAt, percent, etaSeconds);
            switch (output) {
                // Low-severity findings of a verdict that passed: allowed, but kept on the user's record.
                case SafetyVerdict v when !v.violations().isEmpty() -> safety.record(ad.userId(), ad.projectId(), ad.id(),
                        ad.order().brief(), v.safeAlternative(), findings(v.violations()), false);
                case ReferenceOutput r when !"reused".equals(r.provider()) -> assets.recordGeneratedImages(ad.projectId(),
                        r.images(), "local".equals(r.provider()), uri -> blobs.size(BlobStore.keyOf(uri)));
                default -> { }
            }
        });
    }

    @Override
    public void completed(Run run, String workerId) {
        tx.executeWithoutResult(s -> {
            queue.assertHolder(run.jobId(), workerId);
            ads.completed(run.ad().id());
            queue.completed(run.jobId());
            quotas.recordGenerated(run.ad().userId(), ads.outcome(run.ad().id()).map(Ads.Outcome::apiCostCents).orElse(0));
        });
    }

    @Override
    public void failed(Run run, String workerId, Stage stage, String message, Instant retryAt) {
        tx.executeWithoutResult(s -> {
            queue.assertHolder(run.jobId(), workerId);
            queue.failed(run.jobId(), stage == null ? null : stage.id(), message, retryAt);
            ads.failed(run.ad().id(), message, retryAt == null);
            if (retryAt == null) refunds.refund(run.ad().id());
        });
    }

    @Override
    public void blocked(Run run, String workerId, SafetyVerdict verdict, String message) {
        Ad ad = run.ad();
        tx.executeWithoutResult(s -> {
            queue.assertHolder(run.jobId(), workerId);
            queue.failed(run.jobId(), Stage.SAFETY.id(), message, null);
            ads.failed(ad.id(), message, true);
            safety.record(ad.userId(), ad.projectId(), ad.id(), ad.order().brief(), verdict.safeAlternative(),
                    findings(verdict.violations()), true);
        });
    }

    private static List<SafetyRecord.Finding> findings(List<Violation> violations) {
        return violations.stream().map(v -> new SafetyRecord.Finding(v.category(), v.severity(), v.line())).toList();
    }
}
