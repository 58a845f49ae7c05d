package video.zapcut.media;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls single frames out of a clip: for thumbnails and for comparing the two sides of a cut. */
public final class FrameGrabber {
    private final Ffmpeg ffmpeg;

    public FrameGrabber(Ffmpeg ffmpeg) { this.ffmpeg = ffmpeg; }

    /** Writes the frame at {@code seconds} to {@code out} (PNG or JPEG by extension). */
    public void frameAt(Path video, double seconds, Path out) {
        List<String> quality = out.toString().endsWith(".jpg") ? List.of("-q:v", "2") : List.of();
        var args = new ArrayList<>(List.of("-y", "-ss", String.format(Locale.ROOT, "%.3f", seconds),
                "-i", video.toString(), "-frames:v", "1"));
        args.addAll(quality);
        args.add(out.toString());
        ffmpeg.run(args);
    }

    /**
     * Frame number {@code frame} of a 30 fps {@code video}, written to {@code out} (PNG or JPEG by
     * extension), scaled to {@code width} pixels wide, or at its own size when width is 0; only its
     * {@code crop} when one is given (in the video's pixels).
     */
    public record Grab(Path video, int frame, Path out, int width, Rectangle crop) {
        public Grab(Path video, int frame, Path out, int width) { this(video, frame, out, width, null); }
    }

    /**
     * The frame numbers of {@code video}'s keyframes, read from its container (the key packets' presentation
     * times; nothing is decoded, a few hundredths of a second for an ad): the frames {@link #keyframes}
     * writes as asked.
     */
    public List<Integer> keyframeNumbers(Path video) {
        // Every packet is listed (FFmpeg 4.4's "-discard nokey" lets B-frames through as if key, with B-frames in the file).
        String crc = ffmpeg.run(List.of("-loglevel", "error", "-i", video.toString(), "-map", "0:v:0",
                "-c", "copy", "-f", "framecrc", "pipe:2"));
        Matcher tb = TIME_BASE.matcher(crc);
        if (!tb.find()) throw new MediaException("no video time base in the packet list of " + video);
        double tick = Double.parseDouble(tb.group(1)) / Double.parseDouble(tb.group(2));
        List<Integer> out = new ArrayList<>();
        for (String line : crc.split("\n")) {
            // stream, dts, pts, duration, size, crc[, F=flags]: flags are printed only for packets that are not key
            String[] f = line.split(",\\s*");
            if (line.startsWith("#") || f.length < 6 || line.contains("F=")) continue;
            out.add((int) Math.round(Long.parseLong(f[2].strip()) * tick * CompositionPlan.FPS));
        }
        return out;
    }

    private static final Pattern TIME_BASE = Pattern.compile("#tb 0: (\\d+)/(\\d+)");

    /** Writes all the frames with one FFmpeg run, each found by seeking (decoding from the keyframe before it). */
    public void frames(List<Grab> grabs) { grab(grabs, false); }

    /**
     * As {@link #frames}, but each written frame is the keyframe at or before the one asked for, the
     * only frame decoded: a quick sample of a finished video (its keyframes are at most a GOP apart).
     */
    public void keyframes(List<Grab> grabs) { grab(grabs, true); }

    private void grab(List<Grab> grabs, boolean keyframes) {
        if (grabs.isEmpty()) return;
        // Grabs of the same frame share one input, decoded once, its picture split among them.
        Map<List<Object>, List<Integer>> inputs = new LinkedHashMap<>();
        for (int i = 0; i < grabs.size(); i++) {
            inputs.computeIfAbsent(List.of(grabs.get(i).video(), grabs.get(i).frame()), k -> new ArrayList<>()).add(i);
        }
        List<String> args = new ArrayList<>(List.of("-y"));
        // The keyframe before a seek point comes out with a negative time, which would drop it.
        if (keyframes) args.addAll(List.of("-vsync", "passthrough"));
        for (List<Integer> shared : inputs.values()) {
            Grab g = grabs.get(shared.getFirst());
            // One keyframe needs no decoding threads; without them many inputs open much faster.
            if (keyframes) args.addAll(List.of("-threads", "1", "-skip_frame", "nokey", "-noaccurate_seek"));
            // Half a frame early: the seek then lands on the frame itself, whichever way its time rounds. For a
            // keyframe, half a frame late: the keyframe at or before that time is the frame itself when it is one.
            double seconds = Math.max(0, (g.frame() + (keyframes ? 0.5 : -0.5)) / CompositionPlan.FPS);
            args.addAll(List.of("-ss", String.format(Locale.ROOT, "%.6f", seconds), "-i", g.video().toString()));
        }
        StringBuilder graph = new StringBuilder();
        String[] sources = new String[grabs.size()];
        int input = 0;
        for (List<Integer> shared : inputs.values()) {
            if (shared.size() == 1) {
                sources[shared.getFirst()] = input + ":v:0";
            } else {
                graph.append('[').append(input).append(":v:0]split=").append(shared.size());
                for (int i : shared) graph.append("[g").append(i).append(']');
                graph.append(';');
                for (int i : shared) {
                    graph.append("[g").append(i).append("]").append(filters(grabs.get(i))).append("[o").append(i).append("];");
                    sources[i] = "[o" + i + "]";
                }
            }
            input++;
        }
        if (!graph.isEmpty()) args.addAll(List.of("-filter_complex", graph.substring(0, graph.length() - 1)));
        for (int i = 0; i < grabs.size(); i++) {
            Grab g = grabs.get(i);
            args.addAll(List.of("-map", sources[i], "-frames:v", "1"));
            if (!sources[i].startsWith("[") && !filters(g).equals("null")) args.addAll(List.of("-vf", filters(g)));
            if (g.out().toString().endsWith(".jpg")) args.addAll(List.of("-q:v", "2"));
            args.add(g.out().toString());
        }
        ffmpeg.run(args);
    }

    /** The grab's crop and scale as a filter chain ("null" for neither). */
    private static String filters(Grab g) {
        List<String> filters = new ArrayList<>();
        if (g.crop() != null) filters.add("crop=" + g.crop().width + ":" + g.crop().height + ":" + g.crop().x + ":" + g.crop().y);
        if (g.width() > 0) filters.add("scale=" + g.width() + ":-2");
        return filters.isEmpty() ? "null" : String.join(",", filters);
    }
}
