package video.zapcut.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A finished ad made smaller for a platform that refuses 1080p (X takes at most 1280x1024): scaled
 * to fit the size asked, centred on black if its shape differs, re-encoded with the delivery
 * encode; the audio, already mastered to -14 LUFS, is copied untouched. The file appears only when
 * complete (written beside the target, then moved), so a crash leaves no half file to be reused.
 */
public final class VideoResizer {
    private final Ffmpeg ffmpeg;

    public VideoResizer(Ffmpeg ffmpeg) { this.ffmpeg = ffmpeg; }

    /** Writes {@code source} at {@code width}x{@code height} to {@code target}; {@code framesDone} hears the encode's progress. */
    public Path resize(Path source, Path target, int width, int height, IntConsumer framesDone) {
        if (width % 2 != 0 || height % 2 != 0 || width < 2 || height < 2) {
            throw new IllegalArgumentException("H.264 needs an even frame size, not " + width + "x" + height);
        }
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "resize", ".mp4");
            try {
                List<String> args = new ArrayList<>(List.of("-y", "-i", source.toString(), "-map", "0:v:0", "-map", "0:a?",
                        "-vf", "scale=" + width + ":" + height + ":force_original_aspect_ratio=decrease:flags=lanczos,"
                                + "pad=" + width + ":" + height + ":(ow-iw)/2:(oh-ih)/2,setsar=1"));
                args.addAll(VideoEncoding.DEFAULT.videoArgs());
                args.addAll(List.of("-c:a", "copy", partial.toString()));
                ffmpeg.run(args, framesDone == null ? frames -> {} : framesDone);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resize " + source.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
