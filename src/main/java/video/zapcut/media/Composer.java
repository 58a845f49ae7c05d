package video.zapcut.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * Composes the final ad: each scene's picture (a clip normalised to the frame size, 30 fps and its
 * exact length, or a layered shot rendered right here), cross transitions centred on the cuts, text
 * overlays with fades, the mastered music, and a single H.264 encode of every frame; the picture
 * checks branch off the same rendered frames (see {@link TimelineGraph}).
 *
 * <p>On a machine with two or more cores the timeline is cut in two at the segment boundary nearest
 * the middle and the two halves are rendered and encoded by two FFmpeg processes side by side, with
 * the same encoder settings; the halves are then joined without re-encoding and the audio is added.
 * One FFmpeg process renders its filter graph on one thread and x264 on two cores keeps under 1.5 of
 * them busy, so two halves at once finish much sooner than one pass. Every frame is still rendered
 * and encoded exactly once.
 *
 * <p>Every segment boundary (see {@link Segments}) is an IDR frame in the finished file, so any
 * segment can later be cut out of it by stream copy, decodes on its own, and joins others.
 */
public final class Composer {
    /** Halves shorter than this are not worth a second process. */
    private static final int MIN_PART_FRAMES = 90;
    private final Ffmpeg ffmpeg;
    private final VideoEncoding encoding;
    private final boolean parts;
    private final int cores = Runtime.getRuntime().availableProcessors();

    public Composer(Ffmpeg ffmpeg, VideoEncoding encoding) {
        this(ffmpeg, encoding, Runtime.getRuntime().availableProcessors() >= 2);
    }

    /** {@code inParts} false always composes in one FFmpeg pass. */
    public Composer(Ffmpeg ffmpeg, VideoEncoding encoding, boolean inParts) {
        this.ffmpeg = ffmpeg;
        this.encoding = encoding;
        this.parts = inParts;
    }

    /**
     * Writes the ad to {@code out} and its thumbnail to {@code thumbnail}. In the same pass, a
     * downscaled copy of the picture is checked for black and frozen stretches and sampled into
     * {@code checkDir}.
     */
    public PictureCheck.Findings compose(CompositionPlan plan, Path out, Path thumbnail, Path checkDir) {
        return compose(plan, out, thumbnail, checkDir, done -> { });
    }

    /**
     * As {@link #compose(CompositionPlan, Path, Path, Path)}, telling {@code fractionDone} (0..1, never
     * going back) what share of the ad's frames are encoded, once per 3 s of video each part encodes (see
     * {@link Ffmpeg#run(List, IntConsumer)} for why not more often); it may be called from
     * other threads. The join and the thumbnail after the last frame take a fraction of a second.
     */
    public PictureCheck.Findings compose(CompositionPlan plan, Path out, Path thumbnail, Path checkDir,
                                         DoubleConsumer fractionDone) {
        FramesDone progress = new FramesDone(plan.totalFrames(), fractionDone);
        try {
            Files.createDirectories(checkDir);
        } catch (IOException e) {
            throw new MediaException("cannot create " + checkDir, e);
        }
        int split = parts ? splitFrame(plan) : -1;
        if (split >= 0) return composeInTwo(plan, split, out, thumbnail, checkDir, progress);
        PictureCheck.Findings findings = PictureCheck.parse(ffmpeg.run(arguments(plan, out, checkDir), progress.part(0)),
                plan.totalSeconds(), checkDir);
        // A thumbnail branch inside the pass made FFmpeg 4.4 queue every later frame (gigabytes);
        // one seek into the finished file costs a fraction of a second.
        new FrameGrabber(ffmpeg).frameAt(out, plan.thumbnailFrame() / (double) CompositionPlan.FPS, thumbnail);
        return findings;
    }

    /** The full argument list of the one-pass composition; public so tests can check it without running it. */
    public List<String> arguments(CompositionPlan plan, Path out, Path checkDir) {
        List<String> args = new ArrayList<>(List.of("-y"));
        TimelineGraph.Graph graph = filterGraph(plan);
        for (Path input : graph.inputs()) args.addAll(List.of("-i", input.toString()));
        args.addAll(List.of("-filter_complex", graph.filter()));
        args.addAll(List.of("-map", "[vout]", "-map", "[aout]"));
        args.addAll(encoding.videoArgs());
        List<Integer> boundaries = Segments.boundaries(plan);
        args.addAll(encoding.idrAt(boundaries.subList(1, boundaries.size() - 1)));
        args.addAll(encoding.audioArgs());
        // -t, not -frames:v: a frame limit closes the file when the picture is done and cut the
        // interleaved soundtrack short (27.05 s of a 30 s ad); a duration ends both streams together.
        args.addAll(List.of("-t", String.format(Locale.ROOT, "%.6f", plan.totalFrames() / (double) CompositionPlan.FPS),
                "-metadata", "title=" + plan.title(), "-metadata", "comment=" + plan.comment(), out.toString()));
        args.addAll(PictureCheck.outputs(checkDir, "frame_"));
        return args;
    }

    private PictureCheck.Findings composeInTwo(CompositionPlan plan, int split, Path out, Path thumbnail, Path checkDir,
                                               FramesDone progress) {
        Path dir = out.toAbsolutePath().getParent();
        Path first = dir.resolve("part_1.mp4"), second = dir.resolve("part_2.mp4"), list = dir.resolve("parts.txt");
        Path sound = dir.resolve("audio.m4a");
        int total = plan.totalFrames();
        // The first part also encodes the soundtrack (it is short work), so the join only copies streams.
        FutureTask<String> firstRun = new FutureTask<>(() -> ffmpeg.run(partArguments(plan, 0, split, first, sound, checkDir, "frame_"),
                progress.part(0)));
        Thread.ofPlatform().name("compose-part-1").daemon().start(firstRun);
        String secondLog;
        String firstLog;
        try {
            secondLog = ffmpeg.run(partArguments(plan, split, total, second, null, checkDir, "frame_b"), progress.part(1));
        } finally {
            firstLog = await(firstRun);
        }
        // The thumbnail is the same frame in its part as in the joined file: it is taken beside the join.
        int frame = plan.thumbnailFrame();
        Path holder = frame < split ? first : second;
        double at = (frame < split ? frame : frame - split) / (double) CompositionPlan.FPS;
        FutureTask<Void> thumb = new FutureTask<>(() -> {
            new FrameGrabber(ffmpeg).frameAt(holder, at, thumbnail);
            return null;
        });
        Thread.ofPlatform().name("compose-thumbnail").daemon().start(thumb);
        try {
            Files.writeString(list, "file '" + first + "'\nfile '" + second + "'\n");
            try {
                ffmpeg.run(joinArguments(plan, list, sound, out));
            } finally {
                await(thumb);
            }
            Files.deleteIfExists(sound);
            Files.deleteIfExists(first);
            Files.deleteIfExists(second);
            Files.deleteIfExists(list);
        } catch (IOException e) {
            throw new MediaException("cannot join the composition's parts in " + dir + ": " + e.getMessage(), e);
        }
        double cut = split / (double) CompositionPlan.FPS;
        return PictureCheck.join(PictureCheck.parseRaw(firstLog, cut), PictureCheck.parseRaw(secondLog, plan.totalSeconds() - cut),
                cut, checkDir);
    }

    /** The result of work started on another thread; its failure is rethrown here. */
    private static <T> T await(FutureTask<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new MediaException("composition failed", e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new MediaException("interrupted while composing", e);
        }
    }

    /**
     * Frames {@code from..to-1} of the picture, encoded to {@code part}; with {@code sound} not null the
     * whole soundtrack is encoded to that file in the same run.
     */
    List<String> partArguments(CompositionPlan plan, int from, int to, Path part, Path sound, Path checkDir, String framePrefix) {
        List<String> args = new ArrayList<>(List.of("-y"));
        TimelineGraph.Graph graph = TimelineGraph.of(plan, from, to, sound != null, true);
        for (Path input : graph.inputs()) args.addAll(List.of("-i", input.toString()));
        args.addAll(List.of("-filter_complex", graph.filter(), "-map", "[vout]", "-an"));
        args.addAll(encoding.pieceArgs());
        args.addAll(encoding.idrAt(Segments.boundaries(plan).stream().filter(b -> b > from && b < to).map(b -> b - from).toList()));
        // The two parts share the cores: each encoder gets its share of them as threads. x264's default
        // (1.5 threads a core, for a machine of its own) made six encoder threads fight over two cores
        // and cost ~0.4 s of the pass; one thread a part encodes the same frames with the same settings.
        args.addAll(List.of("-threads", Integer.toString(Math.max(1, cores / 2))));
        args.addAll(List.of("-frames:v", Integer.toString(to - from), part.toString()));
        args.addAll(PictureCheck.outputs(checkDir, framePrefix));
        if (sound != null) {
            args.addAll(List.of("-map", "[aout]", "-vn"));
            args.addAll(encoding.audioArgs());
            args.add(sound.toString());
        }
        return args;
    }

    /** Joins the encoded parts and the encoded soundtrack without re-encoding either. */
    List<String> joinArguments(CompositionPlan plan, Path list, Path sound, Path out) {
        List<String> args = new ArrayList<>(List.of("-y", "-f", "concat", "-safe", "0", "-i", list.toString(),
                "-i", sound.toString(), "-map", "0:v", "-map", "1:a", "-c", "copy"));
        // No frame limit here: the parts hold exactly the ad's frames, and a limit would end the file
        // before the last audio packets (which interleave after the last video frame) are written.
        args.addAll(List.of("-movflags", "+faststart",
                "-metadata", "title=" + plan.title(), "-metadata", "comment=" + plan.comment(), out.toString()));
        return args;
    }

    /**
     * Where to cut the timeline in two: the segment boundary nearest the middle (so no transition and
     * no text layer straddles the cut), with at least 3 s on each side. -1 when there is none.
     */
    static int splitFrame(CompositionPlan plan) {
        return Segments.middle(Segments.boundaries(plan), 0, plan.totalFrames(), MIN_PART_FRAMES);
    }

    TimelineGraph.Graph filterGraph(CompositionPlan plan) { return TimelineGraph.of(plan, 0, plan.totalFrames(), true, false); }

    /** The frames the FFmpeg processes of one composition have encoded, each counting its own, as a share of the ad's. */
    private static final class FramesDone {
        private final int total;
        private final DoubleConsumer listener;
        private final int[] parts = new int[2];
        private double told;

        FramesDone(int total, DoubleConsumer listener) {
            this.total = Math.max(1, total);
            this.listener = listener;
        }

        IntConsumer part(int index) {
            // Told under the lock, so the two parts' readers cannot overtake each other with older shares.
            return frames -> {
                synchronized (this) {
                    parts[index] = frames;
                    double fraction = Math.min(1.0, (parts[0] + parts[1]) / (double) total);
                    if (fraction <= told) return;
                    told = fraction;
                    listener.accept(fraction);
                }
            };
        }
    }
}
