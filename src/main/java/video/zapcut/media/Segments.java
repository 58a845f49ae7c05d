package video.zapcut.media;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an ad's timeline into segments a revision can reuse or render again one by one, and
 * fingerprints them.
 *
 * <p>The rule: a boundary at both ends of every cross transition, so each transition and each scene's
 * body is a segment of its own; then every boundary inside a text overlay's frames (its fades included)
 * is dropped, merging the segments on its two sides, so no overlay straddles a boundary. Changing one
 * scene's picture then touches its body and the one or two transitions next to it; changing one
 * overlay touches the segment(s) holding it.
 *
 * <p>A segment's fingerprint hashes what decides its frames: the filter graph that renders it alone
 * (which counts time from the segment's own start, so it does not change when an earlier scene gets
 * longer; see {@link TimelineGraph}), its inputs by the SHA-256 of their bytes (never their paths), the
 * encoder's arguments and the frame count.
 */
final class Segments {
    /** Changing how segments are rendered without changing their graph text must change this. */
    private static final String VERSION = "zapcut segment 1";

    private Segments() {}

    /** Frame numbers where segments start and end, in order, 0 and the last frame + 1 included. */
    static List<Integer> boundaries(CompositionPlan plan) {
        int total = plan.totalFrames();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, total));
        for (int i = 1; i < plan.clips().size(); i++) {
            int start = plan.transitionStartFrame(i);
            if (start < 0 || start + plan.transitionFrames() > total) throw new IllegalArgumentException("transition " + i + " leaves the ad");
            cuts.add(start);
            cuts.add(start + plan.transitionFrames());
        }
        for (CompositionPlan.Overlay o : plan.overlays()) {
            int[] frames = TimelineGraph.overlayFrames(plan, o);
            cuts.removeIf(b -> b > frames[0] && b < frames[1]);
        }
        for (CompositionPlan.CaptionTrack t : plan.captions()) cuts.removeIf(b -> b > t.startFrame() && b < t.endFrame());
        return List.copyOf(cuts);
    }

    /**
     * Frames where a stretch being rendered may be cut in two for two FFmpeg processes: every frame
     * outside the cross transitions. A cut there only adds an IDR frame inside a segment; a text layer
     * across it is rendered in two shares of the same frames ({@link TimelineGraph}), so the pixels are
     * those of one pass. Segment boundaries stay where they are: only they decide what a revision copies.
     */
    static List<Integer> renderSplits(CompositionPlan plan) {
        int total = plan.totalFrames();
        boolean[] busy = new boolean[total + 1];
        for (int i = 1; i < plan.clips().size(); i++) {
            int start = plan.transitionStartFrame(i);
            for (int f = start + 1; f < start + plan.transitionFrames() && f <= total; f++) busy[f] = true;
        }
        TreeSet<Integer> out = new TreeSet<>(boundaries(plan));
        for (int f = 1; f < total; f++) if (!busy[f]) out.add(f);
        return List.copyOf(out);
    }

    /** The plan's segments with their fingerprints. */
    static List<Segment> of(CompositionPlan plan, VideoEncoding encoding, FileHashes hashes) {
        List<Integer> cuts = boundaries(plan);
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            int from = cuts.get(i), to = cuts.get(i + 1);
            out.add(new Segment(from, to, fingerprint(plan, from, to, encoding, hashes)));
        }
        return out;
    }

    static String fingerprint(CompositionPlan plan, int from, int to, VideoEncoding encoding, FileHashes hashes) {
        TimelineGraph.Graph graph = TimelineGraph.of(plan, from, to, false, true);
        StringBuilder s = new StringBuilder(VERSION).append("\nframes ").append(to - from)
                .append("\nencoder ").append(String.join(" ", encoding.pieceArgs())).append("\ninputs");
        for (var input : graph.inputs()) s.append(' ').append(hashes.of(input));
        return FileHashes.of(s.append("\ngraph ").append(graph.filter()).toString());
    }

    /** The soundtrack's fingerprint: the music's bytes, the ad's length and the audio encoder's arguments. */
    static String audioFingerprint(CompositionPlan plan, VideoEncoding encoding, FileHashes hashes) {
        return FileHashes.of(VERSION + "\naudio " + hashes.of(plan.music()) + "\nframes " + plan.totalFrames()
                + "\nencoder " + String.join(" ", encoding.audioArgs()));
    }

    /**
     * The boundary strictly inside frames {@code [from, to)} nearest their middle that leaves at least
     * {@code minPart} frames on each side, where they can be cut in two for two processes; -1 when there
     * is none.
     */
    static int middle(List<Integer> boundaries, int from, int to, int minPart) {
        int best = -1;
        for (int b : boundaries) {
            if (b < from + minPart || b > to - minPart) continue;
            if (best < 0 || Math.abs(2 * b - from - to) < Math.abs(2 * best - from - to)) best = b;
        }
        return best;
    }
}
