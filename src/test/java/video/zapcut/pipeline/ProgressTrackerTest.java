package video.zapcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressTrackerTest {
    /** Every stage before composition, as a run reaching composition has them. */
    private static Set<Stage> beforeComposition() {
        Set<Stage> done = EnumSet.allOf(Stage.class);
        done.removeAll(Set.of(Stage.COMPOSITION, Stage.QUALITY));
        return done;
    }

    private static int percentOf(double weight) { return (int) Math.floor(100 * weight / Stage.totalWeight()); }

    @Test
    void theBarMovesThroughCompositionAsItReports() {
        ProgressTracker tracker = new ProgressTracker(beforeComposition());
        int atStart = tracker.percent();
        double before = Stage.totalWeight() - Stage.COMPOSITION.weight() - Stage.QUALITY.weight();
        assertThat(atStart).isEqualTo(percentOf(before));

        tracker.partly(Stage.COMPOSITION, 0.5);
        assertThat(tracker.percent()).isEqualTo(percentOf(before + Stage.COMPOSITION.weight() / 2));

        tracker.partly(Stage.COMPOSITION, 0.25);   // an older report arriving late changes nothing
        assertThat(tracker.percent()).isEqualTo(percentOf(before + Stage.COMPOSITION.weight() / 2));

        tracker.complete(Stage.COMPOSITION);
        assertThat(tracker.percent()).isEqualTo(percentOf(before + Stage.COMPOSITION.weight()));
    }

    @Test
    void aStageCountsOnceWhetherItReportedOrNot() {
        ProgressTracker reported = new ProgressTracker(beforeComposition());
        ProgressTracker silent = new ProgressTracker(beforeComposition());
        reported.partly(Stage.COMPOSITION, 0.9);
        reported.complete(Stage.COMPOSITION);
        reported.partly(Stage.COMPOSITION, 0.3);   // after completion: ignored
        silent.complete(Stage.COMPOSITION);

        assertThat(reported.percent()).isEqualTo(silent.percent());
        reported.complete(Stage.QUALITY);
        assertThat(reported.percent()).as("never 100 before the job says done").isEqualTo(99);
    }

    @Test
    void theEtaFollowsThePaceOfThePartsDoneToo() throws InterruptedException {
        ProgressTracker tracker = new ProgressTracker(beforeComposition());
        Thread.sleep(200);
        tracker.partly(Stage.COMPOSITION, 0.5);
        // Half of composition's weight took ~0.2 s here, so the rest (half of it, plus quality) takes well under its weight.
        assertThat(tracker.etaSeconds()).isLessThan((int) Math.ceil(Stage.COMPOSITION.weight() / 2 + Stage.QUALITY.weight()));
    }
}
