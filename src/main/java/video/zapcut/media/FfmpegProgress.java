package video.zapcut.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads FFmpeg's {@code -progress} report: blocks of {@code key=value} lines, each ending with
 * {@code progress=continue} (or {@code end}); {@code frame=} is the count of frames of the first video
 * output sent to its encoder. Only that count is passed on, once per block, and only when it grew.
 */
final class FfmpegProgress {
    private static final Logger log = LoggerFactory.getLogger(FfmpegProgress.class);

    private FfmpegProgress() {}

    /** Reads {@code report} to its end; a listener that throws is logged and read past, never fatal to the encode. */
    static void follow(InputStream report, IntConsumer framesDone) {
        int frames = 0;
        int told = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(report, StandardCharsets.US_ASCII))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("frame=")) {
                    frames = parse(line.substring(6).strip(), frames);
                } else if (line.startsWith("progress=") && frames > told) {
                    if (log.isTraceEnabled()) log.trace("ffmpeg at frame {}", frames);
                    told = frames;
                    tell(framesDone, frames);
                }
            }
        } catch (IOException e) {
            // The process went away (killed on cancel); its exit code tells the caller what happened.
            log.debug("ffmpeg progress report ended: {}", e.getMessage());
        }
    }

    private static int parse(String value, int previous) {
        try {
            return Math.max(previous, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return previous;
        }
    }

    private static void tell(IntConsumer framesDone, int frames) {
        try {
            framesDone.accept(frames);
        } catch (RuntimeException e) {
            log.warn("a progress listener failed at frame {}: {}", frames, e.toString());
        }
    }
}
