package video.zapcut.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Pulls single frames out of a clip: for thumbnails and for comparing the two sides of a cut. */
public final class FrameGrabber {
    private final Ffmpeg ffmpeg;

    public FrameGrabber(Ffmpeg ffmpeg) { this.ffmpeg = ffmpeg; }

    /** Writes the frame at {@code seconds} to {@code out} (PNG or JPEG by extension). */
    public void frameAt(Path video, double seconds, Path out) {
        List<String> quality = out.toString().endsWith(".jpg") ? List.of("-q:v", "2") : List.of();
        var args = new java.util.ArrayList<>(List.of("-y", "-ss", String.format(Locale.ROOT, "%.3f", seconds),
                "-i", video.toString(), "-frames:v", "1"));
        args.addAll(quality);
        args.add(out.toString());
        ffmpeg.run(args);
    }
}
