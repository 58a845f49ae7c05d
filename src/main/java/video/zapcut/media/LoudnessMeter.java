package video.zapcut.media;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures EBU R128 loudness with FFmpeg's ebur128 filter (true peak by 4x oversampling). */
public final class LoudnessMeter {
    private static final Pattern I = Pattern.compile("Integrated loudness:\\s+I:\\s+(-?[\\d.]+|-inf) LUFS", Pattern.DOTALL);
    private static final Pattern LRA = Pattern.compile("Loudness range:\\s+LRA:\\s+(-?[\\d.]+) LU", Pattern.DOTALL);
    private static final Pattern PEAK = Pattern.compile("True peak:\\s+Peak:\\s+(-?[\\d.]+|-inf) dBFS", Pattern.DOTALL);

    private final Ffmpeg ffmpeg;

    public LoudnessMeter(Ffmpeg ffmpeg) { this.ffmpeg = ffmpeg; }

    public Loudness measure(Path audioOrVideo) {
        String log = ffmpeg.run(List.of("-i", audioOrVideo.toString(), "-map", "0:a:0", "-af", "ebur128=peak=true",
                "-f", "null", "-"));
        return parse(log);
    }

    static Loudness parse(String log) {
        int summary = log.lastIndexOf("Summary:");
        String s = summary >= 0 ? log.substring(summary) : log;
        return new Loudness(number(I, s), number(LRA, s), number(PEAK, s));
    }

    private static double number(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) throw new MediaException("no loudness figure in ffmpeg output (" + p.pattern() + ")");
        return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
    }
}
