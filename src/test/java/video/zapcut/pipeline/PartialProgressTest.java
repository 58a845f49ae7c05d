package video.zapcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import video.zapcut.agents.safety.SafetyVerdict;

class PartialProgressTest {
    private final UUID job = UUID.randomUUID();
    private final UUID ad = UUID.randomUUID();
    private final List<Integer> recorded = new ArrayList<>();
    private final List<ProgressEvent> heard = new ArrayList<>();

    private PartialProgress progress(Duration gap) {
        EnumSet<Stage> done = EnumSet.allOf(Stage.class);
        done.removeAll(EnumSet.of(Stage.COMPOSITION, Stage.QUALITY));
        return new PartialProgress(job, ad, new ProgressTracker(done), new Journal(), heard::add, gap);
    }

    @Test
    void eachGainOfAWholePercentIsRecordedAndHeardOnce() {
        PartialProgress p = progress(Duration.ZERO);

        for (int frame = 1; frame <= 450; frame++) p.report(Stage.COMPOSITION, frame / 450.0);

        assertThat(heard).isNotEmpty().allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(ProgressEvent.Type.STAGE_PROGRESS);
            assertThat(e.stage()).isEqualTo("composition");
            assertThat(e.jobId()).isEqualTo(job);
        });
        List<Integer> percents = heard.stream().map(ProgressEvent::percent).toList();
        assertThat(percents).isSorted().doesNotHaveDuplicates();
        assertThat(recorded).isEqualTo(percents);
        // From where composition starts to where it ends: the bar crossed the whole stage.
        assertThat(percents.getFirst()).isLessThan(35);
        assertThat(percents.getLast()).isGreaterThan(95);
    }

    @Test
    void aReportIsNewsOnlyPastThePercentAStageEventAlreadyTold() {
        EnumSet<Stage> done = EnumSet.allOf(Stage.class);
        done.removeAll(EnumSet.of(Stage.CONTINUITY, Stage.COMPOSITION, Stage.QUALITY));
        ProgressTracker tracker = new ProgressTracker(done);
        PartialProgress p = new PartialProgress(job, ad, tracker, new Journal(), heard::add, Duration.ZERO);
        tracker.complete(Stage.CONTINUITY);   // as the runner does, which then tells composition's start
        int atStart = tracker.percent();
        p.told(atStart);

        p.report(Stage.COMPOSITION, 0.001);   // a few frames: the whole percent has not moved past the start
        assertThat(heard).isEmpty();
        assertThat(recorded).isEmpty();

        p.report(Stage.COMPOSITION, 0.5);
        assertThat(heard).singleElement().satisfies(e -> assertThat(e.percent()).isGreaterThan(atStart));
    }

    @Test
    void reportsCloserThanTheGapAreHeldBack() {
        PartialProgress p = progress(Duration.ofHours(1));

        for (int frame = 1; frame <= 450; frame++) p.report(Stage.COMPOSITION, frame / 450.0);

        assertThat(heard).isEmpty();
        assertThat(recorded).isEmpty();
    }

    /** Records the progress writes; the run's other records are not this class's business. */
    private final class Journal implements RunJournal {
        @Override public void stageProgress(UUID jobId, Stage stage, int percent, Integer etaSeconds) { recorded.add(percent); }
        @Override public Run begin(UUID jobId, String workerId) { throw new UnsupportedOperationException(); }
        @Override public void stageStarted(UUID jobId, Stage stage, int percent, Integer etaSeconds) { throw new UnsupportedOperationException(); }
        @Override public void stageCompleted(Run run, String workerId, Stage stage, Instant startedAt, Object output,
                                             Map<String, String> paths, int percent, Integer etaSeconds) { throw new UnsupportedOperationException(); }
        @Override public void completed(Run run, String workerId) { throw new UnsupportedOperationException(); }
        @Override public void failed(Run run, String workerId, Stage stage, String message, Instant retryAt) { throw new UnsupportedOperationException(); }
        @Override public void blocked(Run run, String workerId, SafetyVerdict verdict, String message) { throw new UnsupportedOperationException(); }
    }
}
