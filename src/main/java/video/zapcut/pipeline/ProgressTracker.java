package video.zapcut.pipeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * Derives percent and ETA from the stage graph: each stage's weight is its expected share of the
 * work, completed weight over total is the percent, and the pace observed in this run so far
 * (seconds per unit of weight) projects the remaining time.
 */
final class ProgressTracker {
    private final Set<Stage> completed = EnumSet.noneOf(Stage.class);
    private final long startedNanos = System.nanoTime();
    private double weightDoneThisRun;

    ProgressTracker(Set<Stage> alreadyDone) {
        completed.addAll(alreadyDone);
    }

    synchronized void complete(Stage stage) {
        if (completed.add(stage)) weightDoneThisRun += stage.weight();
    }

    synchronized int percent() {
        double done = completed.stream().mapToDouble(Stage::weight).sum();
        return (int) Math.min(99, Math.floor(100 * done / Stage.totalWeight()));
    }

    /** Seconds left at the pace seen so far; before any stage finished, the weights stand for seconds. */
    synchronized Integer etaSeconds() {
        double remaining = Stage.totalWeight() - completed.stream().mapToDouble(Stage::weight).sum();
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        double secondsPerWeight = weightDoneThisRun > 0.5 ? elapsed / weightDoneThisRun : 1.0;
        return (int) Math.ceil(remaining * secondsPerWeight);
    }
}
