package video.zapcut.pipeline;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Derives percent and ETA from the stage graph: each stage's weight is its expected share of the
 * work, completed weight over total is the percent, and the pace observed in this run so far
 * (seconds per unit of weight) projects the remaining time. A running stage that reports how far it
 * got (composition does, from FFmpeg's frame count) adds that share of its weight, so the bar moves
 * through a long stage instead of jumping at its end.
 */
final class ProgressTracker {
    private final Set<Stage> completed = EnumSet.noneOf(Stage.class);
    private final Map<Stage, Double> partly = new EnumMap<>(Stage.class);
    private final long startedNanos = System.nanoTime();
    private double weightDoneThisRun;
    private final java.util.function.ToDoubleFunction<Stage> weights;
    private final double total;

    ProgressTracker(Set<Stage> alreadyDone) {
        this(alreadyDone, Stage::weight);
    }

    /** @param weights each stage's share of this run's work (a revision's carried-over stages weigh nothing) */
    ProgressTracker(Set<Stage> alreadyDone, java.util.function.ToDoubleFunction<Stage> weights) {
        completed.addAll(alreadyDone);
        this.weights = weights;
        double sum = 0;
        for (Stage s : Stage.values()) sum += weights.applyAsDouble(s);
        this.total = Math.max(1e-6, sum);
    }

    synchronized void complete(Stage stage) {
        Double part = partly.remove(stage);
        if (completed.add(stage)) weightDoneThisRun += weights.applyAsDouble(stage) * (1 - (part == null ? 0 : part));
    }

    /** A running stage is {@code fraction} (0..1) done; a smaller fraction than told before is ignored. */
    synchronized void partly(Stage stage, double fraction) {
        if (completed.contains(stage)) return;
        double before = partly.getOrDefault(stage, 0.0);
        double now = Math.max(before, Math.min(1.0, Math.max(0.0, fraction)));
        partly.put(stage, now);
        weightDoneThisRun += weights.applyAsDouble(stage) * (now - before);
    }

    synchronized int percent() {
        return (int) Math.min(99, Math.floor(100 * weightDone() / total));
    }

    /** Seconds left at the pace seen so far; before any stage finished, the weights stand for seconds. */
    synchronized Integer etaSeconds() {
        double remaining = total - weightDone();
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        double secondsPerWeight = weightDoneThisRun > 0.5 ? elapsed / weightDoneThisRun : 1.0;
        return (int) Math.ceil(remaining * secondsPerWeight);
    }

    private double weightDone() {
        double done = completed.stream().mapToDouble(weights).sum();
        for (Map.Entry<Stage, Double> e : partly.entrySet()) done += weights.applyAsDouble(e.getKey()) * e.getValue();
        return done;
    }
}
