package video.zapcut.pipeline;

import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a running stage's own progress into the job's: every report moves the tracker, but the job row
 * and the listeners (live streams, the command line) hear of it only when the whole percent grew and
 * at least {@code minGap} passed since they last did, so however often a stage reports, it costs at
 * most a couple of small writes a second.
 */
final class PartialProgress implements StageProgress {
    private static final Logger log = LoggerFactory.getLogger(PartialProgress.class);
    private final UUID jobId;
    private final UUID adId;
    private final ProgressTracker tracker;
    private final RunJournal journal;
    private final ProgressListener listener;
    private final long minGapNanos;
    private int lastPercent;
    private long lastAt;

    PartialProgress(UUID jobId, UUID adId, ProgressTracker tracker, RunJournal journal, ProgressListener listener,
                    Duration minGap) {
        this.jobId = jobId;
        this.adId = adId;
        this.tracker = tracker;
        this.journal = journal;
        this.listener = listener;
        this.minGapNanos = minGap.toNanos();
        this.lastPercent = tracker.percent();
        this.lastAt = System.nanoTime();
    }

    /**
     * A percent the listeners heard otherwise (a stage started or completed at it): a stage's report is
     * news only past it, or the bar would be told a percent it already shows.
     */
    synchronized void told(int percent) {
        lastPercent = Math.max(lastPercent, percent);
    }

    @Override
    public synchronized void report(Stage stage, double fraction) {
        tracker.partly(stage, fraction);
        int percent = tracker.percent();
        long now = System.nanoTime();
        if (percent <= lastPercent || now - lastAt < minGapNanos) return;
        lastPercent = percent;
        lastAt = now;
        Integer eta = tracker.etaSeconds();
        try {
            journal.stageProgress(jobId, stage, percent, eta);
        } catch (RuntimeException e) {
            // Progress is advisory: the stage's work must not fail because its percent could not be saved.
            log.debug("could not record progress of job {}: {}", jobId, e.getMessage());
        }
        listener.onEvent(new ProgressEvent(jobId, adId, ProgressEvent.Type.STAGE_PROGRESS, stage.id(), percent, eta, null));
    }
}
