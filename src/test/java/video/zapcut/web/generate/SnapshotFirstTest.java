package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotFirstTest {
    @Test
    void eventsBeforeTheSnapshotFollowItInOrder() {
        List<String> sent = new ArrayList<>();
        SnapshotFirst<String> stream = new SnapshotFirst<>(sent::add);
        stream.accept("stage_started");
        stream.accept("stage_completed");

        stream.open(() -> sent.add("snapshot"));
        stream.accept("job_completed");

        assertThat(sent).containsExactly("snapshot", "stage_started", "stage_completed", "job_completed");
    }
}
