package video.zapcut.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Black and frozen picture detection plus frame sampling, as a branch that can ride along in an
 * FFmpeg run that decodes (or renders) the picture anyway, so checking costs no extra pass.
 */
public final class PictureCheck {
    private static final Pattern BLACK = Pattern.compile("black_start:(\\d+(?:\\.\\d+)?) black_end:(\\d+(?:\\.\\d+)?)");
    private static final Pattern FREEZE_START = Pattern.compile("freeze_start: (\\d+(?:\\.\\d+)?)");
    private static final Pattern FREEZE_END = Pattern.compile("freeze_end: (\\d+(?:\\.\\d+)?)");
    public static final double SAMPLE_EVERY_SECONDS = 3.0;

    private PictureCheck() {}

    /** What the branch found. */
    public record Findings(List<double[]> blackStretches, List<double[]> frozenStretches, List<Path> sampledFrames) {}

    /**
     * Filter text that consumes {@code input} (a video label) and produces labels {@code [qa_null]}
     * (to a null muxer) and {@code [qa_frames]} (to PNG files).
     */
    static String branch(String input) {
        // Ten frames a second at 320 px wide are plenty to find a half-second black or frozen stretch.
        return String.format(Locale.ROOT, "[%s]fps=10,scale=320:-2,split[qa_a][qa_b];"
                + "[qa_a]blackdetect=d=0.5:pix_th=0.10,freezedetect=n=-60dB:d=1.5[qa_null];"
                + "[qa_b]fps=1/%.3f[qa_frames]", input, SAMPLE_EVERY_SECONDS);
    }

    /** Output arguments for the branch's two labels. */
    static List<String> outputs(Path frameDir) {
        return List.of("-map", "[qa_null]", "-f", "null", "-", "-map", "[qa_frames]", frameDir.resolve("frame_%03d.png").toString());
    }

    static Findings parse(String log, double durationSeconds, Path frameDir) {
        List<double[]> black = new ArrayList<>();
        Matcher b = BLACK.matcher(log);
        while (b.find()) black.add(new double[] {Double.parseDouble(b.group(1)), Double.parseDouble(b.group(2))});
        List<double[]> frozen = new ArrayList<>();
        Matcher fs = FREEZE_START.matcher(log);
        Matcher fe = FREEZE_END.matcher(log);
        while (fs.find()) {
            double start = Double.parseDouble(fs.group(1));
            frozen.add(new double[] {start, fe.find() ? Double.parseDouble(fe.group(1)) : durationSeconds});
        }
        List<Path> frames;
        try (Stream<Path> s = Files.list(frameDir)) {
            frames = s.filter(p -> p.getFileName().toString().startsWith("frame_")).sorted().toList();
        } catch (IOException e) {
            throw new MediaException("cannot list sampled frames in " + frameDir, e);
        }
        return new Findings(black, frozen, frames);
    }
}
