package video.zapcut.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import video.zapcut.media.scene.SceneMotionGraph;

/**
 * Composes the final ad in ONE FFmpeg pass: each scene's picture (a clip normalised to the frame
 * size, 30 fps and its exact length, or a layered shot rendered right here), cross transitions
 * centred on the cuts, text overlays with fades, the mastered music, and a single H.264 encode; the
 * picture checks branch off the same rendered frames.
 */
public final class Composer {
    private static final double OVERLAY_FADE = 0.35;
    private final Ffmpeg ffmpeg;
    private final VideoEncoding encoding;

    public Composer(Ffmpeg ffmpeg, VideoEncoding encoding) {
        this.ffmpeg = ffmpeg;
        this.encoding = encoding;
    }

    /**
     * Writes the ad to {@code out} and its thumbnail to {@code thumbnail}. In the same pass, a
     * downscaled copy of the picture is checked for black and frozen stretches and sampled into
     * {@code checkDir}.
     */
    public PictureCheck.Findings compose(CompositionPlan plan, Path out, Path thumbnail, Path checkDir) {
        try {
            Files.createDirectories(checkDir);
        } catch (IOException e) {
            throw new MediaException("cannot create " + checkDir, e);
        }
        String log = ffmpeg.run(arguments(plan, out, checkDir));
        // A thumbnail branch inside the pass made FFmpeg 4.4 queue every later frame (gigabytes);
        // one seek into the finished file costs a fraction of a second.
        new FrameGrabber(ffmpeg).frameAt(out, plan.thumbnailFrame() / (double) CompositionPlan.FPS, thumbnail);
        return PictureCheck.parse(log, plan.totalSeconds(), checkDir);
    }

    /** The full argument list; public so tests can check the filter graph without running it. */
    public List<String> arguments(CompositionPlan plan, Path out, Path checkDir) {
        List<String> args = new ArrayList<>(List.of("-y"));
        Graph graph = filterGraph(plan);
        for (Path input : graph.inputs()) args.addAll(List.of("-i", input.toString()));
        args.addAll(List.of("-filter_complex", graph.filter()));
        args.addAll(List.of("-map", "[vout]", "-map", "[aout]"));
        args.addAll(encoding.videoArgs());
        args.addAll(encoding.audioArgs());
        args.addAll(List.of("-frames:v", Integer.toString(plan.totalFrames()),
                "-metadata", "title=" + plan.title(), "-metadata", "comment=" + plan.comment(), out.toString()));
        args.addAll(PictureCheck.outputs(checkDir));
        return args;
    }

    /** The FFmpeg inputs in order and the filtergraph that uses them. */
    record Graph(List<Path> inputs, String filter) {}

    Graph filterGraph(CompositionPlan plan) {
        int n = plan.clips().size();
        int w = plan.width(), h = plan.height();
        List<Path> inputs = new ArrayList<>();
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int frames = plan.clipFrames(i);
            switch (plan.clips().get(i)) {
                case ClipSource.Video v -> {
                    // Vendor clips arrive at 24 fps, 720p, 5 or 8 s: fill the frame, resample to 30 fps, then
                    // hold the last frame if short and trim to the exact length the timeline needs.
                    g.append(f("[%d:v]fps=30,scale=%d:%d:force_original_aspect_ratio=increase,crop=%d:%d,setsar=1,format=yuv420p,"
                            + "tpad=stop_mode=clone:stop=%d,trim=end_frame=%d,setpts=PTS-STARTPTS[c%d];",
                            inputs.size(), w, h, w, h, frames, frames, i));
                    inputs.add(v.file());
                }
                case ClipSource.Layers l -> {
                    SceneMotionGraph.Fragment fragment = SceneMotionGraph.of(l.layers(), l.spec(), l.aspect(), inputs.size(), "s" + i);
                    inputs.addAll(fragment.inputs());
                    g.append(fragment.filter()).append(';');
                    g.append(f("[%s]setsar=1,tpad=stop_mode=clone:stop=%d,trim=end_frame=%d,setpts=PTS-STARTPTS[c%d];",
                            fragment.outputLabel(), frames, frames, i));
                }
            }
        }
        String last = transitions(plan, g);
        double total = plan.totalSeconds();
        for (int k = 0; k < plan.overlays().size(); k++) {
            CompositionPlan.Overlay o = plan.overlays().get(k);
            int input = inputs.size();
            inputs.add(o.png());
            double end = Math.min(o.endSeconds(), total);
            // The text layer exists only in its own time window (its timestamps start at its start),
            // so fades and blending cost nothing for the rest of the ad.
            int frames = (int) Math.ceil((end - o.startSeconds()) * CompositionPlan.FPS);
            g.append(f("[%d:v]format=yuva420p,loop=loop=%d:size=1:start=0,setpts=N/30/TB+%.4f/TB,fade=t=in:st=%.3f:d=%.2f:alpha=1",
                    input, Math.max(0, frames - 1), o.startSeconds(), o.startSeconds(), OVERLAY_FADE));
            if (o.fadeOut()) g.append(f(",fade=t=out:st=%.3f:d=%.2f:alpha=1", end - OVERLAY_FADE, OVERLAY_FADE));
            g.append(f("[o%d];", k));
            String next = "y" + k;
            g.append(f("[%s][o%d]overlay=x=%d:y=%d:eof_action=pass:format=yuv420[%s];", last, k, o.x(), o.y(), next));
            last = next;
        }
        g.append(f("[%s]format=yuv420p,split[vout][vcheck];", last));
        g.append(PictureCheck.branch("vcheck")).append(';');
        g.append(f("[%d:a]aformat=sample_rates=48000:channel_layouts=stereo,atrim=end=%.4f,asetpts=N/SR/TB[aout]", inputs.size(), total));
        inputs.add(plan.music());
        return new Graph(inputs, g.toString());
    }

    /**
     * Joins the clips with cross transitions centred on the cuts. Each clip is split into its head
     * (the second half of the transition into it), body and tail; each tail crossfades with the next
     * head, and everything is concatenated in order. Consuming the clips strictly in order keeps
     * FFmpeg from rendering later scenes early and queueing gigabytes of frames.
     */
    private static String transitions(CompositionPlan plan, StringBuilder g) {
        int n = plan.clips().size();
        int t = plan.transitionFrames();
        StringBuilder concat = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int frames = plan.clipFrames(i);
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
}
