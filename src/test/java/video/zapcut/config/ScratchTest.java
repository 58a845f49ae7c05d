package video.zapcut.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process's scratch: what stopped processes left is cleared when another starts; a live process's is not. */
class ScratchTest {
    @TempDir
    Path work;

    @Test
    void startingClearsWhatStoppedProcessesLeftAndKeepsLiveOnes() throws Exception {
        long self = ProcessHandle.current().pid();
        Path crashed = Files.createDirectories(work.resolve("p999999999/3f1c/clips"));
        Files.writeString(crashed.resolve("scene-2.mp4"), "half an encode");
        Path legacy = Files.createDirectories(work.resolve("0b6c2d7e-0000-4000-8000-000000000000"));
        Path live = Files.createDirectories(work.resolve("p" + self + "/another-context"));

        Scratch scratch = Scratch.forProcess(work, self);

        assertThat(work.resolve("p999999999")).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(live).exists();
        assertThat(scratch.dir()).isEqualTo(work.resolve("p" + self));
        Path job = scratch.folder("job-1");
        Files.writeString(job.resolve("x"), "y");
        Scratch.delete(job);
        assertThat(job).doesNotExist();
    }
}
