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
 * 5/8 s) become the frame size, 30 fps and exact length of the shot: a clip up to a third too short
 * is slowed to fit (smoother than a frozen tail), anything still missing holds the last frame, a long
 * clip is trimmed. Music becomes exactly the ad's length: a long track is trimmed with a fade out, a
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

    public Path normaliseClip(Path in, int width, int height, double seconds, Path out) {
        MediaInfo info = probe.probe(in);
        int frames = (int) Math.round(seconds * 30);
        double stretch = info.durationSeconds() > 0 && info.durationSeconds() < seconds
                ? Math.min(MAX_STRETCH, seconds / info.durationSeconds()) : 1.0;
        String vf = String.format(Locale.ROOT, "setpts=%.5f*(PTS-STARTPTS),fps=30,scale=%d:%d:force_original_aspect_ratio=increase,"
                + "crop=%d:%d,setsar=1,format=yuv420p,tpad=stop_mode=clone:stop=%d,trim=end_frame=%d,setpts=PTS-STARTPTS",
                stretch, width, height, width, height, frames, frames);
        ffmpeg.run(List.of("-y", "-i", in.toString(), "-an", "-vf", vf, "-c:v", "libx264", "-preset", "ultrafast", "-crf", "16",
                "-pix_fmt", "yuv420p", "-r", "30", "-movflags", "+faststart", out.toString()));
        return out;
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
