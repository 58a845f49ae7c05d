package video.zapcut.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A worker thread lowers its own priority, and what it starts inherits it: its threads and the
 * processes (FFmpeg) they run. The test thread itself keeps its priority.
 */
class WorkerPriorityTest {
    @Test
    void aLoweredThreadAndWhatItStartsRunAtTheNiceValue() throws Exception {
        Integer before = WorkerPriority.currentNice();
        AtomicReference<Integer> own = new AtomicReference<>(), child = new AtomicReference<>();
        AtomicReference<String> process = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().start(() -> {
            WorkerPriority.lowerCurrentThread(10);
            own.set(WorkerPriority.currentNice());
            Thread stage = Thread.ofPlatform().start(() -> child.set(WorkerPriority.currentNice()));
            try {
                stage.join();
                Process p = new ProcessBuilder("sh", "-c", "ps -o ni= -p $$").start();
                process.set(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
                p.waitFor();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        worker.join();

        assertThat(own.get()).isEqualTo(10);
        assertThat(child.get()).as("a thread the worker starts").isEqualTo(10);
        assertThat(process.get()).as("a process the worker starts").isEqualTo("10");
        assertThat(WorkerPriority.currentNice()).as("the caller is untouched").isEqualTo(before);
    }
}
