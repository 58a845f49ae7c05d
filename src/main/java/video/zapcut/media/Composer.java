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
import video.zapcut.media.scene.SceneMotionGraph;

/**
 * Composes the final ad: each scene's picture (a clip normalised to the frame size, 30 fps and its
 * exact length, or a layered shot rendered right here), cross transitions centred on the cuts, text
 * overlays with fades, the mastered music, and a single H.264 encode of every frame; the picture
 * checks branch off the same rendered frames.
 *
 * <p>On a machine with two or more cores the timeline is cut in two at a quiet point (inside a
 * scene, away from transitions and text) and the two halves are rendered and encoded by two FFmpeg
 * processes side by side, with the same encoder settings; the halves are then joined without
 * re-encoding and the audio is added. One FFmpeg process renders its filter graph on one thread and
 * x264 on two cores keeps under 1.5 of them busy, so two halves at once finish much sooner than one
 * pass. Every frame is still rendered and encoded exactly once.
 */
public final class Composer {
    private static final double OVERLAY_FADE = 0.35;
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
        Graph graph = filterGraph(plan);
        for (Path input : graph.inputs()) args.addAll(List.of("-i", input.toString()));
        args.addAll(List.of("-filter_complex", graph.filter()));
        args.addAll(List.of("-map", "[vout]", "-map", "[aout]"));
        args.addAll(encoding.videoArgs());
        args.addAll(encoding.audioArgs());
        // -t, not -frames:v: a frame limit closes the file when the picture is done and cut the
        // interleaved soundtrack short (27.05 s of a 30 s ad); a duration ends both streams together.
        args.addAll(List.of("-t", String.format(java.util.Locale.ROOT, "%.6f", plan.totalFrames() / (double) CompositionPlan.FPS),
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
        Graph graph = filterGraph(plan, from, to, sound != null, true);
        for (Path input : graph.inputs()) args.addAll(List.of("-i", input.toString()));
        args.addAll(List.of("-filter_complex", graph.filter(), "-map", "[vout]", "-an"));
        List<String> video = new ArrayList<>(encoding.videoArgs());
        int faststart = video.indexOf("-movflags");
        if (faststart >= 0) video.subList(faststart, faststart + 2).clear();   // the joined file gets it
        args.addAll(video);
        // The two parts share the cores: each encoder gets its share of them as threads. x264's default
        // (1.5 threads a core, for a machine of its own) made six encoder threads fight over two cores
        // and cost ~0.4 s of the pass; one thread a part encodes the same frames with the same settings.
        args.addAll(List.of("-threads", Integer.toString(Math.max(1, cores / 2))));
        // One tick per frame: the join then adds the second part's timestamps exactly, frame for frame.
        args.addAll(List.of("-video_track_timescale", Integer.toString(CompositionPlan.FPS), "-frames:v",
                Integer.toString(to - from), part.toString()));
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
     * Where to cut the timeline in two: the frame nearest the middle that lies inside a scene, at least
     * a second clear of any transition and of any text layer's time window (so no transition and no
     * fade straddles the cut). -1 when there is none or the ad is too short to be worth it.
     */
    static int splitFrame(CompositionPlan plan) {
        int total = plan.totalFrames();
        if (total < 2 * MIN_PART_FRAMES) return -1;
        int margin = CompositionPlan.FPS;
        int best = -1;
        for (int f = MIN_PART_FRAMES; f <= total - MIN_PART_FRAMES; f++) {
            if (quiet(plan, f, margin) && (best < 0 || Math.abs(f - total / 2) < Math.abs(best - total / 2))) best = f;
        }
        return best;
    }

    private static boolean quiet(CompositionPlan plan, int frame, int margin) {
        for (int i = 1; i < plan.clips().size(); i++) {
            int start = plan.transitionStartFrame(i);
            if (frame > start - margin && frame < start + plan.transitionFrames() + margin) return false;
        }
        for (CompositionPlan.Overlay o : plan.overlays()) {
            double t = frame / (double) CompositionPlan.FPS;
            if (t > o.startSeconds() - margin / (double) CompositionPlan.FPS && t < o.endSeconds() + margin / (double) CompositionPlan.FPS) {
                return false;
            }
        }
        return true;
    }

    /** The FFmpeg inputs in order and the filtergraph that uses them. */
    record Graph(List<Path> inputs, String filter) {}

    Graph filterGraph(CompositionPlan plan) { return filterGraph(plan, 0, plan.totalFrames(), true, false); }

    /** One clip's share of a part: frames {@code offset..offset+frames-1} of clip {@code clip}. */
    private record Piece(int clip, int offset, int frames) {}

    /**
     * The graph for output frames {@code from..to-1}; with {@code withAudio} it also yields {@code [aout]}
     * (the whole soundtrack). {@code from} and {@code to} must not fall inside a transition or a text
     * layer's window; {@code part} says the picture is checked in parts.
     */
    Graph filterGraph(CompositionPlan plan, int from, int to, boolean withAudio, boolean part) {
        int w = plan.width(), h = plan.height();
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < plan.clips().size(); i++) {
            int start = i == 0 ? 0 : plan.transitionStartFrame(i);
            int offset = Math.max(0, from - start), end = Math.min(plan.clipFrames(i), to - start);
            if (end > offset) pieces.add(new Piece(i, offset, end - offset));
        }
        List<Path> inputs = new ArrayList<>();
        StringBuilder g = new StringBuilder();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            int clipFrames = plan.clipFrames(p.clip());
            String trim = p.offset() == 0 ? f("trim=end_frame=%d", p.frames())
                    : f("trim=start_frame=%d:end_frame=%d", p.offset(), p.offset() + p.frames());
            switch (plan.clips().get(p.clip())) {
                case ClipSource.Video v -> {
                    // Vendor clips arrive at 24 fps, 720p, 5 or 8 s: fill the frame, resample to 30 fps, then
                    // hold the last frame if short and trim to the exact length the timeline needs.
                    g.append(f("[%d:v]fps=30,scale=%d:%d:force_original_aspect_ratio=increase,crop=%d:%d,setsar=1,format=yuv420p,"
                            + "tpad=stop_mode=clone:stop=%d,%s,setpts=PTS-STARTPTS[c%d];",
                            inputs.size(), w, h, w, h, clipFrames, trim, k));
                    inputs.add(v.file());
                }
                case ClipSource.Layers l -> {
                    // The move starts where this piece starts, so the shot is only rendered where it is seen.
                    SceneMotionGraph.Fragment fragment = SceneMotionGraph.of(l.layers(), l.spec(), l.aspect(), inputs.size(),
                            "s" + k, p.offset());
                    inputs.addAll(fragment.inputs());
                    g.append(fragment.filter()).append(';');
                    g.append(f("[%s]setsar=1,tpad=stop_mode=clone:stop=%d,trim=end_frame=%d,setpts=PTS-STARTPTS[c%d];",
                            fragment.outputLabel(), p.frames(), p.frames(), k));
                }
            }
        }
        String last = transitions(plan, pieces, g);
        double total = plan.totalSeconds();
        double shift = from / (double) CompositionPlan.FPS, until = to / (double) CompositionPlan.FPS;
        int k = 0;
        for (CompositionPlan.Overlay o : plan.overlays()) {
            double end = Math.min(o.endSeconds(), total);
            if (end <= shift || o.startSeconds() >= until) continue;
            if (o.startSeconds() < shift - 1e-9 || end > until + 1e-9) {
                throw new IllegalArgumentException("a text layer straddles the part boundary at frame " + from + " or " + to);
            }
            int input = inputs.size();
            inputs.add(o.png());
            double start = o.startSeconds() - shift;
            end -= shift;
            // The text layer exists only in its own time window (its timestamps start at its start),
            // so fades and blending cost nothing for the rest of the ad.
            int frames = (int) Math.ceil((end - start) * CompositionPlan.FPS);
            g.append(f("[%d:v]format=yuva420p,loop=loop=%d:size=1:start=0,setpts=N/30/TB+%.4f/TB,fade=t=in:st=%.3f:d=%.2f:alpha=1",
                    input, Math.max(0, frames - 1), start, start, OVERLAY_FADE));
            if (o.fadeOut()) g.append(f(",fade=t=out:st=%.3f:d=%.2f:alpha=1", end - OVERLAY_FADE, OVERLAY_FADE));
            g.append(f("[o%d];", k));
            String next = "y" + k;
            g.append(f("[%s][o%d]overlay=x=%d:y=%d:eof_action=pass:format=yuv420[%s];", last, k, o.x(), o.y(), next));
            last = next;
            k++;
        }
        g.append(f("[%s]format=yuv420p,split[vout][vcheck];", last));
        // A part's check reports short stretches too: one that runs across the cut is joined up afterwards.
        g.append(part ? PictureCheck.partBranch("vcheck") : PictureCheck.branch("vcheck"));
        if (withAudio) {
            g.append(';').append(audio(inputs.size(), total));
            inputs.add(plan.music());
        }
        return new Graph(inputs, g.toString());
    }

    private static String audio(int input, double seconds) {
        return f("[%d:a]aformat=sample_rates=48000:channel_layouts=stereo,atrim=end=%.4f,asetpts=N/SR/TB[aout]", input, seconds);
    }

    /**
     * Joins the pieces with cross transitions centred on the cuts. Each piece is split into its head
     * (the second half of the transition into it), body and tail; each tail crossfades with the next
     * head, and everything is concatenated in order. Consuming the pieces strictly in order keeps
     * FFmpeg from rendering later scenes early and queueing gigabytes of frames.
     */
    private static String transitions(CompositionPlan plan, List<Piece> pieces, StringBuilder g) {
        int n = pieces.size();
        int t = plan.transitionFrames();
        if (n == 1) {
            g.append("[c0]settb=1/30,setpts=N[joined];");
            return "joined";
        }
        StringBuilder concat = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int frames = pieces.get(i).frames();
            boolean head = i > 0, tail = i < n - 1;
            int parts = 1 + (head ? 1 : 0) + (tail ? 1 : 0);
            g.append(f("[c%d]split=%d", i, parts));
            if (head) g.append(f("[h%ds]", i));
            g.append(f("[b%ds]", i));
            if (tail) g.append(f("[t%ds]", i));
            g.append(';');
            if (head) g.append(f("[h%ds]trim=end_frame=%d,setpts=PTS-STARTPTS[h%d];", i, t, i));
            g.append(f("[b%ds]trim=start_frame=%d:end_frame=%d,setpts=PTS-STARTPTS[b%d];", i, head ? t : 0, tail ? frames - t : frames, i));
            if (tail) g.append(f("[t%ds]trim=start_frame=%d,setpts=PTS-STARTPTS[t%d];", i, frames - t, i));
        }
        double duration = t / (double) CompositionPlan.FPS;
        for (int i = 0; i < n; i++) {
            concat.append(f("[b%d]", i));
            if (i < n - 1) {
                g.append(f("[t%d][h%d]xfade=transition=%s:duration=%.4f:offset=0[x%d];", i, i + 1, plan.transition(), duration, i));
                concat.append(f("[x%d]", i));
            }
        }
        g.append(concat).append(f("concat=n=%d:v=1:a=0,settb=1/30,setpts=N[joined];", 2 * n - 1));
        return "joined";
    }

    private static String f(String format, Object... args) { return String.format(Locale.ROOT, format, args); }

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
