package video.zapcut.ai.vendors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import video.zapcut.media.Ffmpeg;
import video.zapcut.media.MediaInfo;
import video.zapcut.media.MediaProbe;

/**
 * Brings what vendors return into the ad's terms with the bundled FFmpeg. Clips (24 fps, 720p,
 * 5/8 s): long enough ones are kept for composition's one pass to scale, re-time and trim; short ones
 * are slowed to fit (smoother than a frozen tail). Music becomes exactly the ad's length: a long track is trimmed with a fade out, a
 * short one loops with crossfades at the seams.
 */
public final class MediaFitting {
    static final double MAX_STRETCH = 1.35;
    static final double CROSSFADE = 1.5;
    static final double FADE_OUT = 1.5;
    private final Ffmpeg ffmpeg;
    private final MediaProbe probe;

    public MediaFitting(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
        this.probe = new MediaProbe(ffmpeg);
    }

    /**
     * Makes a vendor clip last {@code seconds}. Composition's single pass already brings every clip to
     * the frame size and 30 fps and trims it to its exact length (Composer: fps, scale/crop, tpad, trim),
     * so a clip that is long enough is kept as it came (no extra encode). A short one is slowed by up to
     * {@link #MAX_STRETCH} and re-timed to 30 fps at its own size, holding its last frame for whatever is
     * still missing, so it is then exactly {@code seconds} long.
     */
    public Path normaliseClip(Path in, double seconds, Path out) {
        MediaInfo info = probe.probe(in);
        if (info.videoCodec() == null || info.durationSeconds() <= 0) {
            throw new video.zapcut.media.MediaException("the provider's clip has no video stream");
        }
        try {
            if (info.durationSeconds() >= seconds - 1 / 60.0) {
                java.nio.file.Files.move(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return out;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int frames = (int) Math.round(seconds * 30);
        double stretch = Math.min(MAX_STRETCH, seconds / info.durationSeconds());
        String vf = String.format(Locale.ROOT, "setpts=%.5f*(PTS-STARTPTS),fps=30,setsar=1,format=yuv420p,"
                + "tpad=stop_mode=clone:stop=%d,trim=end_frame=%d,setpts=PTS-STARTPTS", stretch, frames, frames);
        ffmpeg.run(List.of("-y", "-i", in.toString(), "-an", "-vf", vf, "-c:v", "libx264", "-preset", "ultrafast", "-crf", "16",
                "-pix_fmt", "yuv420p", "-r", "30", out.toString()));
        return out;
    }

    /** A vendor file's playing time in seconds, as the bundled FFmpeg reads it. */
    public double durationSeconds(Path file) {
        return probe.probe(file).durationSeconds();
    }

    public Path fitMusic(Path in, double seconds, Path out) {
        MediaInfo info = probe.probe(in);
        double len = info.durationSeconds();
        if (len <= 0) throw new video.zapcut.media.MediaException("music from the provider has no duration");
        List<String> args = new ArrayList<>(List.of("-y"));
        String filter;
        if (len >= seconds) {
            args.addAll(List.of("-i", in.toString()));
            filter = String.format(Locale.ROOT, "[0:a]aformat=sample_rates=48000:channel_layouts=stereo,atrim=end=%.4f,"
                    + "afade=t=out:st=%.4f:d=%.2f,asetpts=N/SR/TB[a]", seconds, Math.max(0, seconds - FADE_OUT), FADE_OUT);
        } else {
            double xf = Math.min(CROSSFADE, len / 3);
            int copies = (int) Math.ceil((seconds - xf) / (len - xf)) + 1;
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < copies; i++) {
                args.addAll(List.of("-i", in.toString()));
                g.append(String.format(Locale.ROOT, "[%d:a]aformat=sample_rates=48000:channel_layouts=stereo[s%d];", i, i));
            }
            String last = "s0";
            for (int i = 1; i < copies; i++) {
                g.append(String.format(Locale.ROOT, "[%s][s%d]acrossfade=d=%.3f:c1=tri:c2=tri[x%d];", last, i, xf, i));
                last = "x" + i;
            }
            g.append(String.format(Locale.ROOT, "[%s]atrim=end=%.4f,afade=t=out:st=%.4f:d=%.2f,asetpts=N/SR/TB[a]",
                    last, seconds, Math.max(0, seconds - FADE_OUT), FADE_OUT));
            filter = g.toString();
        }
        args.addAll(List.of("-filter_complex", filter, "-map", "[a]", "-c:a", "pcm_s16le", "-ar", "48000", "-ac", "2", out.toString()));
        ffmpeg.run(args);
        return out;
    }
}
