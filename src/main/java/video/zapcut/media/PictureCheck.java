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
    static String branch(String input) { return branch(input, MIN_BLACK_SECONDS, MIN_FROZEN_SECONDS); }

    /**
     * The branch for one part of a picture composed in parts: it reports stretches of any length, so
     * one that crosses the cut is still seen (its two halves are joined and then judged by length).
     */
    static String partBranch(String input) { return branch(input, 0.1, 0.2); }

    private static String branch(String input, double black, double frozen) {
        // Ten frames a second at 320 px wide are plenty to find a half-second black or frozen stretch.
        return String.format(Locale.ROOT, "[%s]fps=10,scale=320:-2,split[qa_a][qa_b];"
                + "[qa_a]blackdetect=d=%s:pix_th=0.10,freezedetect=n=-60dB:d=%s[qa_null];"
                + "[qa_b]fps=1/%.3f[qa_frames]", input, num(black), num(frozen), SAMPLE_EVERY_SECONDS);
    }

    private static final double MIN_BLACK_SECONDS = 0.5;
    private static final double MIN_FROZEN_SECONDS = 1.5;

    private static String num(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    /** Output arguments for the branch's two labels; sampled frames are named {@code <prefix>NNN.png}. */
    static List<String> outputs(Path frameDir, String prefix) {
        return List.of("-map", "[qa_null]", "-f", "null", "-", "-map", "[qa_frames]", frameDir.resolve(prefix + "%03d.png").toString());
    }

    /** Black and frozen stretches as logged, in seconds of the run that logged them. */
    record Stretches(List<double[]> black, List<double[]> frozen) {}

    static Stretches parseRaw(String log, double durationSeconds) {
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
        return new Stretches(black, frozen);
    }

    static Findings parse(String log, double durationSeconds, Path frameDir) {
        Stretches s = parseRaw(log, durationSeconds);
        return new Findings(s.black(), s.frozen(), frames(frameDir));
    }

    /** A piece of a picture checked in pieces: its stretches in its own seconds, and where it starts in the ad. */
    record Placed(Stretches stretches, double start) {}

    /**
     * The stretches of a picture checked in pieces, in the ad's seconds: each piece's are shifted to
     * where it starts, stretches that meet at a cut are joined, and only those as long as a one-pass
     * check would report are kept.
     */
    static Stretches join(List<Placed> pieces) {
        List<double[]> black = new ArrayList<>(), frozen = new ArrayList<>();
        for (Placed p : pieces) {
            append(black, p.stretches().black(), p.start());
            append(frozen, p.stretches().frozen(), p.start());
        }
        return new Stretches(longer(black, MIN_BLACK_SECONDS), longer(frozen, MIN_FROZEN_SECONDS));
    }

    private static void append(List<double[]> all, List<double[]> piece, double cut) {
        for (double[] s : piece) {
            double[] shifted = {s[0] + cut, s[1] + cut};
            double[] last = all.isEmpty() ? null : all.getLast();
            // Detection runs at 10 frames a second: a stretch ending within two samples of the cut and
            // one starting as close after it are the same stretch.
            if (last != null && last[1] >= cut - 0.2 && shifted[0] <= cut + 0.2) last[1] = Math.max(last[1], shifted[1]);
            else all.add(shifted);
        }
    }

    private static List<double[]> longer(List<double[]> stretches, double min) {
        return stretches.stream().filter(s -> s[1] - s[0] >= min - 1e-6).toList();
    }

    /**
     * What a finished picture's findings say about its seconds {@code [from, to)}: the stretches that
     * overlap them, cut to them and counted from {@code from}; for a piece of it reused in another ad,
     * to be {@link #join joined} with the other pieces (a stretch cut short is judged again there).
     */
    static Stretches within(List<double[]> black, List<double[]> frozen, double from, double to) {
        return new Stretches(within(black, from, to), within(frozen, from, to));
    }

    private static List<double[]> within(List<double[]> stretches, double from, double to) {
        List<double[]> out = new ArrayList<>();
        for (double[] s : stretches) {
            if (s[1] <= from || s[0] >= to) continue;
            out.add(new double[] {Math.max(s[0], from) - from, Math.min(s[1], to) - from});
        }
        return out;
    }

    private static List<Path> frames(Path frameDir) {
        try (Stream<Path> s = Files.list(frameDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("frame_")).sorted().toList();
        } catch (IOException e) {
            throw new MediaException("cannot list sampled frames in " + frameDir, e);
        }
    }
}
