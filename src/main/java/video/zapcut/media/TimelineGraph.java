package video.zapcut.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import video.zapcut.media.scene.SceneClipRenderer;
import video.zapcut.media.scene.SceneMotionGraph;

/**
 * The FFmpeg filter graph that renders a stretch of the ad's timeline: each scene's picture (a clip
 * normalised to the frame size, 30 fps and its exact length, or a layered shot rendered in the graph),
 * cross transitions centred on the cuts, text overlays with fades, and the picture check's branch.
 *
 * <p>Every timestamp is a whole frame (time base 1/30, one tick a frame) and counted from the start of
 * the piece of picture it belongs to, never from the start of the stretch: a frame's pixels then depend
 * only on what is in it, not on where the stretch begins. That is what lets a revision render a few
 * segments and reuse the rest (see {@link Segments}).
 */
final class TimelineGraph {
    private static final double OVERLAY_FADE = CompositionPlan.OVERLAY_FADE_SECONDS;
    private static final int FPS = CompositionPlan.FPS;

    private TimelineGraph() {}

    /** The FFmpeg inputs in order and the filtergraph that uses them. */
    record Graph(List<Path> inputs, String filter) {}

    /**
     * Frames {@code [from, to)} of the timeline that show overlay {@code o}: those whose whole display
     * time lies inside its window. Empty (from >= to) when none does.
     */
    static int[] overlayFrames(CompositionPlan plan, CompositionPlan.Overlay o) {
        int from = (int) Math.ceil(o.startSeconds() * FPS - 1e-6);
        int to = (int) Math.floor(Math.min(o.endSeconds(), plan.totalSeconds()) * FPS + 1e-6);
        return new int[] {Math.max(0, from), Math.min(plan.totalFrames(), to)};
    }

    /** One clip's share of a stretch: frames {@code offset..offset+frames-1} of clip {@code clip}. */
    private record Piece(int clip, int offset, int frames) {}

    /**
     * The graph for output frames {@code from..to-1}, with output {@code [vout]}; with {@code withAudio}
     * also {@code [aout]} (the whole soundtrack). {@code from} and {@code to} must not fall inside a
     * transition or an overlay's frames; {@code part} says the picture is checked in parts (short
     * stretches are reported too, to be joined up across the parts).
     */
    static Graph of(CompositionPlan plan, int from, int to, boolean withAudio, boolean part) {
        if (from < 0 || to > plan.totalFrames() || from >= to) throw new IllegalArgumentException("no frames " + from + ".." + to);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < plan.clips().size(); i++) {
            int start = i == 0 ? 0 : plan.transitionStartFrame(i);
            if (i > 0 && (inside(from, start, plan.transitionFrames()) || inside(to, start, plan.transitionFrames()))) {
                throw new IllegalArgumentException("frames " + from + ".." + to + " cut transition " + i);
            }
            int offset = Math.max(0, from - start), end = Math.min(plan.clipFrames(i), to - start);
            if (end > offset) pieces.add(new Piece(i, offset, end - offset));
        }
        List<Path> inputs = new ArrayList<>();
        StringBuilder g = new StringBuilder();
        for (int k = 0; k < pieces.size(); k++) clip(plan, pieces.get(k), k, inputs, g);
        String last = transitions(plan, pieces, g);
        int k = 0;
        for (CompositionPlan.Overlay o : plan.overlays()) {
            int[] frames = overlayFrames(plan, o);
            if (frames[0] >= frames[1] || frames[1] <= from || frames[0] >= to) continue;
            int input = inputs.size();
            inputs.add(o.png());
            int count = frames[1] - frames[0];
            // The layer's own clock starts at its first frame, so its fades come out the same wherever the
            // stretch starts; only the final shift places it. It exists only in its own frames, so fades
            // and blending cost nothing for the rest of the ad.
            g.append(f("[%d:v]format=yuva420p,loop=loop=%d:size=1:start=0,settb=1/%d,setpts=N,fade=t=in:st=0:d=%.2f:alpha=1",
                    input, count - 1, FPS, OVERLAY_FADE));
            if (o.fadeOut()) g.append(f(",fade=t=out:st=%.4f:d=%.2f:alpha=1", count / (double) FPS - OVERLAY_FADE, OVERLAY_FADE));
            // A stretch that starts or ends inside the layer's frames (two processes rendering one scene
            // body) takes its share of the same faded frames, so the pixels match a render in one piece.
            if (frames[0] < from || frames[1] > to) {
                g.append(f(",trim=start_frame=%d:end_frame=%d,setpts=PTS-STARTPTS", Math.max(0, from - frames[0]), Math.min(count, to - frames[0])));
            }
            g.append(f(",setpts=PTS+%d[o%d];", Math.max(0, frames[0] - from), k));
            String next = "y" + k;
            g.append(f("[%s][o%d]overlay=x=%d:y=%d:eof_action=pass:format=yuv420[%s];", last, k, o.x(), o.y(), next));
            last = next;
            k++;
        }
        int c = 0;
        for (CompositionPlan.CaptionTrack t : plan.captions()) {
            if (t.endFrame() <= from || t.startFrame() >= to) continue;
            String next = "q" + c;
            g.append(captions(t, c, from, to, inputs)).append(f("[%s][qo%d]overlay=x=%d:y=%d:eof_action=pass:format=yuv420[%s];",
                    last, c, t.x(), t.y(), next));
            last = next;
            c++;
        }
        g.append(f("[%s]format=yuv420p,split[vout][vcheck];", last));
        g.append(part ? PictureCheck.partBranch("vcheck") : PictureCheck.branch("vcheck"));
        if (withAudio) {
            g.append(';').append(audio(inputs.size(), plan.totalSeconds()));
            inputs.add(plan.music());
        }
        return new Graph(inputs, g.toString());
    }

    /**
     * A caption track as {@code [qo<k>]}: its images joined in order, each held for its frames, on its own
     * clock from its first frame (so the frames are the same wherever a stretch starts), then shifted into
     * place; a stretch holding part of it takes its share of the same frames.
     */
    private static String captions(CompositionPlan.CaptionTrack t, int k, int from, int to, List<Path> inputs) {
        StringBuilder g = new StringBuilder();
        List<CompositionPlan.Still> stills = t.stills();
        for (int j = 0; j < stills.size(); j++) {
            g.append(f("[%d:v]format=yuva420p,loop=loop=%d:size=1:start=0,setpts=N[q%d_%d];", inputs.size(),
                    stills.get(j).frames() - 1, k, j));
            inputs.add(stills.get(j).png());
        }
        for (int j = 0; j < stills.size(); j++) g.append(f("[q%d_%d]", k, j));
        g.append(f("concat=n=%d:v=1:a=0,settb=1/%d,setpts=N", stills.size(), FPS));
        if (t.startFrame() < from || t.endFrame() > to) {
            g.append(f(",trim=start_frame=%d:end_frame=%d,setpts=PTS-STARTPTS", Math.max(0, from - t.startFrame()),
                    Math.min(t.frames(), to - t.startFrame())));
        }
        return g.append(f(",setpts=PTS+%d[qo%d];", Math.max(0, t.startFrame() - from), k)).toString();
    }

    private static boolean inside(int frame, int start, int length) { return frame > start && frame < start + length; }

    /** Clip {@code p}'s frames as {@code [c<k>]}, timestamps 0, 1, 2... */
    private static void clip(CompositionPlan plan, Piece p, int k, List<Path> inputs, StringBuilder g) {
        int w = plan.width(), h = plan.height();
        String trim = p.offset() == 0 ? f("trim=end_frame=%d", p.frames())
                : f("trim=start_frame=%d:end_frame=%d", p.offset(), p.offset() + p.frames());
        switch (plan.clips().get(p.clip())) {
            case ClipSource.Video v -> {
                // Vendor clips arrive at 24 fps, 720p, 5 or 8 s: fill the frame, resample to 30 fps, then
                // hold the last frame if short and trim to the exact frames this piece needs (padding to
                // them, not to the whole clip's length, keeps a transition's graph the same when only the
                // length of the scene after it changes).
                g.append(f("[%d:v]fps=30,%s,setsar=1,format=yuv420p,tpad=stop_mode=clone:stop=%d,%s,settb=1/%d,setpts=N[c%d];",
                        inputs.size(), new ClipFit(w, h).filter(), p.offset() + p.frames(), trim, FPS, k));
                inputs.add(v.file());
            }
            case ClipSource.Layers l -> {
                // The move starts where this piece starts, so the shot is only rendered where it is seen; a
                // piece past the end of the shot holds its last frame, as the whole clip would.
                int shotFrames = SceneClipRenderer.frameCount(l.spec().durationSeconds());
                SceneMotionGraph.Fragment fragment = SceneMotionGraph.of(l.layers(), l.spec(), l.aspect(), inputs.size(),
                        "s" + k, Math.min(p.offset(), shotFrames - 1));
                inputs.addAll(fragment.inputs());
                g.append(fragment.filter()).append(';');
                g.append(f("[%s]setsar=1,tpad=stop_mode=clone:stop=%d,trim=end_frame=%d,settb=1/%d,setpts=N[c%d];",
                        fragment.outputLabel(), p.frames(), p.frames(), FPS, k));
            }
        }
    }

    static String audio(int input, double seconds) {
        return f("[%d:a]aformat=sample_rates=48000:channel_layouts=stereo,atrim=end=%.4f,asetpts=N/SR/TB[aout]", input, seconds);
    }

    /**
     * Joins the pieces with cross transitions centred on the cuts. Each piece is split into its head
     * (the second half of the transition into it, when the stretch holds it), body and tail; each tail
     * crossfades with the next head, and everything is concatenated in order. Consuming the pieces
     * strictly in order keeps FFmpeg from rendering later scenes early and queueing gigabytes of frames.
     */
    private static String transitions(CompositionPlan plan, List<Piece> pieces, StringBuilder g) {
        int t = plan.transitionFrames();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            // A stretch never cuts a transition, so a piece holds all of its head or tail or none of it.
            boolean head = t > 0 && p.clip() > 0 && p.offset() == 0;
            boolean tail = t > 0 && p.clip() < plan.clips().size() - 1 && p.offset() + p.frames() == plan.clipFrames(p.clip());
            int bodyFrom = head ? t : 0, bodyTo = tail ? p.frames() - t : p.frames();
            boolean body = bodyTo > bodyFrom;
            int outputs = (head ? 1 : 0) + (body ? 1 : 0) + (tail ? 1 : 0);
            g.append(f("[c%d]split=%d", i, outputs));
            if (head) g.append(f("[h%ds]", i));
            if (body) g.append(f("[b%ds]", i));
            if (tail) g.append(f("[t%ds]", i));
            g.append(';');
            if (head) g.append(f("[h%ds]trim=end_frame=%d,setpts=PTS-STARTPTS[h%d];", i, t, i));
            if (body) {
                g.append(f("[b%ds]trim=start_frame=%d:end_frame=%d,setpts=PTS-STARTPTS[b%d];", i, bodyFrom, bodyTo, i));
                parts.add(f("[b%d]", i));
            }
            if (tail) {
                g.append(f("[t%ds]trim=start_frame=%d,setpts=PTS-STARTPTS[t%d];", i, p.frames() - t, i));
                g.append(f("[t%d][h%d]xfade=transition=%s:duration=%.4f:offset=0[x%d];", i, i + 1, plan.transition(),
                        t / (double) FPS, i));
                parts.add(f("[x%d]", i));
            }
        }
        if (parts.size() == 1) g.append(parts.getFirst());
        else g.append(String.join("", parts)).append(f("concat=n=%d:v=1:a=0,", parts.size()));
        g.append(f("settb=1/%d,setpts=N[joined];", FPS));
        return "joined";
    }

    private static String f(String format, Object... args) { return String.format(Locale.ROOT, format, args); }
}
