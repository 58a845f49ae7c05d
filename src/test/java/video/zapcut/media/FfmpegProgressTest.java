package video.zapcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfmpegProgressTest {
    /** Three blocks as FFmpeg 4.4 writes them with -progress, the second without new frames. */
    private static final String REPORT = """
            frame=12
            fps=0.00
            out_time_us=400000
            progress=continue
            frame=12
            fps=11.9
            progress=continue
            frame=bogus
            frame=57
            speed=1.2x
            progress=end
            """;

    @Test
    void tellsEachBlocksFrameCountOnceAndOnlyWhenItGrew() {
        List<Integer> told = new ArrayList<>();

        FfmpegProgress.follow(new ByteArrayInputStream(REPORT.getBytes(StandardCharsets.US_ASCII)), told::add);

        assertThat(told).containsExactly(12, 57);
    }

    @Test
    void aFailingListenerDoesNotStopTheReading() {
        List<Integer> told = new ArrayList<>();

        FfmpegProgress.follow(new ByteArrayInputStream(REPORT.getBytes(StandardCharsets.US_ASCII)), frames -> {
            told.add(frames);
            throw new IllegalStateException("database gone");
        });

        assertThat(told).containsExactly(12, 57);
    }
}
