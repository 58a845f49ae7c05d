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
     * Filter text that consumes {@code input} (a video label) and produces the label {@code [qa]}: ten
     * frames a second, 320 px wide, with black and frozen stretches logged (to {@link #outputs}).
     */
    static String branch(String input) { return branch(input, MIN_BLACK_SECONDS, MIN_FROZEN_SECONDS); }

    /**
     * The branch for one part of a picture composed in parts: it reports stretches of any length, so
     * one that crosses the cut is still seen (its two halves are joined and then judged by length).
     */
    static String partBranch(String input) { return branch(input, 0.1, 0.2); }

    private static String branch(String input, double black, double frozen) {
        // Ten frames a second at 320 px wide are plenty to find a half-second black or frozen stretch. Every
        // third frame exactly (the fps filter keeps the last of the frames nearest each tick: frame 3n + 1).
        return String.format(Locale.ROOT, "[%s]select='not(mod(n\\,%d))',scale=320:-2,blackdetect=d=%s:pix_th=0.10,"
                + "freezedetect=n=-60dB:d=%s[qa]", input, FRAMES_PER_CHECK, num(black), num(frozen));
    }

    private static final double MIN_BLACK_SECONDS = 0.5;
    private static final double MIN_FROZEN_SECONDS = 1.5;
    private static final int CHECK_FPS = 10;

    private static String num(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    /**
     * Output arguments for the branch: all its frames, losslessly, to a small file in {@code frameDir}
     * from which {@link #sample} takes the frames to keep. (An output of one frame every 3 s made FFmpeg
     * 4.4 pull 90 frames through the graph for each, queueing 3 s of full-size frames for the encoder:
     * 300 MB and 80,000 page faults more per process, and 0.8 CPU-s a 15 s part.)
     */
    static List<String> outputs(Path frameDir, String prefix) {
        return List.of("-map", "[qa]", "-c:v", "ffv1", "-f", "matroska", checked(frameDir, prefix).toString());
    }

    private static Path checked(Path frameDir, String prefix) { return frameDir.resolve(prefix + "checked.mkv"); }

    /**
     * Writes the frames {@link #sampledFrames} names for a run over the ad's frames {@code [from, to)},
     * taken from its checked picture, as {@code <prefix>NNN.png} numbered from 1 in order, and removes the
     * checked picture. A piece of an ad samples the ad's own 3 s marks, so an ad samples as many frames
     * however many pieces it is composed in.
     */
    static void sample(Ffmpeg ffmpeg, Path frameDir, String prefix, int from, int to) {
        Path checked = checked(frameDir, prefix);
        // Check frame n shows the ad's frame from + 3n.
        String wanted = sampledFrames(from, to).stream().map(f -> "eq(n," + (f - from) / FRAMES_PER_CHECK + ")")
                .reduce((a, b) -> a + "+" + b).orElse("0");
        ffmpeg.run(List.of("-y", "-i", checked.toString(), "-vf", "select='" + wanted + "'", "-vsync", "0",
                frameDir.resolve(prefix + "%03d.png").toString()));
        try {
            Files.deleteIfExists(checked);
        } catch (IOException e) {
            throw new MediaException("cannot remove " + checked, e);
        }
    }

    /**
     * The ad's frames that a run over frames {@code [from, to)} samples, in order: for each multiple of
     * {@value #SAMPLE_EVERY_SECONDS} s in it, the first checked frame at or after it.
     */
    static List<Integer> sampledFrames(int from, int to) {
        List<Integer> out = new ArrayList<>();
        int first = (from + SAMPLE_EVERY_FRAMES - 1) / SAMPLE_EVERY_FRAMES * SAMPLE_EVERY_FRAMES;
        for (int mark = first; mark < to; mark += SAMPLE_EVERY_FRAMES) {
            int frame = from + (mark - from + FRAMES_PER_CHECK - 1) / FRAMES_PER_CHECK * FRAMES_PER_CHECK;
            if (frame < to) out.add(frame);
        }
        return out;
    }

    private static final int FRAMES_PER_CHECK = 30 / CHECK_FPS;   // the picture runs at 30 fps
    private static final int SAMPLE_EVERY_FRAMES = (int) Math.round(SAMPLE_EVERY_SECONDS * 30);

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
