package video.zapcut.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import video.zapcut.media.PiecewiseComposition.Piece;

/**
 * Composes the final ad: each scene's picture (a clip normalised to the frame size, 30 fps and its
 * exact length, or a layered shot rendered right here), cross transitions centred on the cuts, text
 * overlays with fades, the mastered music, and a single H.264 encode of every frame; the picture
 * checks branch off the same rendered frames (see {@link TimelineGraph}).
 *
 * <p>On a machine with two or more cores the timeline is cut at segment boundaries into pieces (four for
 * a 30 s ad, two for a short one), rendered and encoded two at a time by FFmpeg processes side by side, with the same encoder settings;
 * the pieces are then joined without re-encoding and the soundtrack, encoded on its own while they
 * render, is added. One FFmpeg process renders its filter graph on one thread and x264 on two cores
 * keeps under 1.5 of them busy, so two processes at once finish much sooner than one pass.
 *
 * <p>Every segment boundary (see {@link Segments}) is an IDR frame in the finished file, so a revision
 * of the ad, given this composition as its {@link PriorComposition}, renders and encodes only the
 * segments whose picture changed and copies the others out of this file (see
 * {@link PiecewiseComposition}).
 */
public final class Composer {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Composer.class);
    /**
     * Halves shorter than this (2 s) are not worth a second process: its start (the layers decoded, the
     * graph built) costs a few tenths of a second. A text revision's one scene body (~170 frames) splits.
     */
    private static final int MIN_PART_FRAMES = 60;
    /**
     * Pieces rendered per process when there is enough to render: two halves of a 30 s ad finished as
     * much as 2.8 s apart (the scenes cost unlike amounts per frame), one core idle meanwhile; four
     * quarters, the longest first, finish within about a second of each other for one more process start
     * each (docs/decisions.md, "The composition's pieces").
     */
    private static final int PIECES_PER_PROCESS = 2;
    /**
     * A piece beyond one a process must have this much to render (5 s): each costs a process start, its
     * layers decoded and an encoder started, worth it against a tail of seconds, not on a short ad.
     */
    private static final int MIN_EXTRA_PIECE_FRAMES = 150;
    private final Ffmpeg ffmpeg;
    private final VideoEncoding encoding;
    private final boolean parts;
    private final int cores = Runtime.getRuntime().availableProcessors();

    /**
     * An earlier composition of the ad, whose segments a revision may copy: its finished file, the
     * {@link Composed} facts it was made with, and its picture check's stretches.
     */
    public record PriorComposition(Path video, List<Segment> segments, String audioFingerprint,
                                   List<double[]> blackStretches, List<double[]> frozenStretches) {
        public PriorComposition {
            Objects.requireNonNull(video, "video");
            segments = List.copyOf(segments);
            // Findings stored before they were kept, or not at all, are no stretches.
            blackStretches = blackStretches == null ? List.of() : blackStretches;
            frozenStretches = frozenStretches == null ? List.of() : frozenStretches;
        }
    }

    /**
     * What a composition made: its picture check, its segments with their fingerprints and its
     * soundtrack's fingerprint (to keep for a later revision), and how many frames it rendered and
     * encoded (the rest were copied from the prior).
     */
    public record Composed(PictureCheck.Findings findings, List<Segment> segments, String audioFingerprint,
                           int framesEncoded) {}

    public Composer(Ffmpeg ffmpeg, VideoEncoding encoding) {
        this(ffmpeg, encoding, Runtime.getRuntime().availableProcessors() >= 2);
    }

    /** {@code inParts} false always composes in one FFmpeg pass, and a revision runs one FFmpeg process at a time. */
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
        return compose(plan, out, thumbnail, checkDir, fractionDone, null).findings();
    }

    /**
     * As {@link #compose(CompositionPlan, Path, Path, Path, DoubleConsumer)}, reusing what it can of
     * {@code prior} (null for none): segments whose fingerprint the prior has are copied from its file,
     * the others are rendered and encoded, and the prior's soundtrack is copied when its fingerprint is
     * the same. {@code fractionDone} then counts the frames to encode; it ends at 1.0 even when there
     * were none. A prior file that cannot be cut at its segments' boundaries is ignored (composed afresh).
     */
    public Composed compose(CompositionPlan plan, Path out, Path thumbnail, Path checkDir, DoubleConsumer fractionDone,
                            PriorComposition prior) {
        return compose(plan, out, thumbnail, checkDir, fractionDone, prior, null);
    }

    /**
     * As {@link #compose(CompositionPlan, Path, Path, Path, DoubleConsumer, PriorComposition)}, with the
     * plan's soundtrack still being made: {@code musicReady} (null: it is there) completes once
     * {@link CompositionPlan#music()} is written. A fresh composition renders its pictures meanwhile.
     */
    public Composed compose(CompositionPlan plan, Path out, Path thumbnail, Path checkDir, DoubleConsumer fractionDone,
                            PriorComposition prior, Future<?> musicReady) {
        try {
            Files.createDirectories(checkDir);
        } catch (IOException e) {
            throw new MediaException("cannot create " + checkDir, e);
        }
        FileHashes hashes = new FileHashes();
        // A fresh composition works out its segments' fingerprints while FFmpeg encodes; a revision needs them first.
        FutureTask<List<Segment>> segments = new FutureTask<>(() -> Segments.of(plan, encoding, hashes));
        List<Piece> all = List.of(new Piece(0, plan.totalFrames(), -1));
        PiecewiseComposition.Result result;
        if (prior == null) {
            Thread.ofVirtual().name("compose-fingerprints").start(segments);
            result = compose(plan, all, null, false, out, thumbnail, checkDir, fractionDone, musicReady);
        } else {
            segments.run();
            // Whether the prior's soundtrack can be copied depends on this one's: it must be there first.
            PiecewiseComposition.awaitReady(musicReady);
            String soundtrack = Segments.audioFingerprint(plan, encoding, hashes);
            List<Piece> pieces = PiecewiseComposition.pieces(PiecewiseComposition.await(segments), prior.segments());
            try {
                result = compose(plan, pieces, prior, soundtrack.equals(prior.audioFingerprint()), out, thumbnail, checkDir, fractionDone, null);
            } catch (PiecewiseComposition.UnusablePrior e) {
                log.warn("composing afresh, the prior composition cannot be reused: {}", e.getMessage());
                result = compose(plan, all, null, false, out, thumbnail, checkDir, fractionDone, null);
            }
        }
        String audio = Segments.audioFingerprint(plan, encoding, hashes);
        return new Composed(result.findings(), PiecewiseComposition.await(segments), audio, result.framesEncoded());
    }

    /**
     * Renders the pieces not reused (cut further at segment boundaries while fewer than
     * {@link #piecesWanted}, so that the cores finish together) and joins them with the
     * reused ones; a single piece to render is one pass straight into the finished file.
     */
    private PiecewiseComposition.Result compose(CompositionPlan plan, List<Piece> pieces, PriorComposition prior, boolean reuseAudio,
                                                Path out, Path thumbnail, Path checkDir, DoubleConsumer fractionDone,
                                                Future<?> musicReady) {
        int processes = parts ? 2 : 1;
        List<Piece> balanced = PiecewiseComposition.balanced(pieces, Segments.renderSplits(plan), piecesWanted(pieces, processes),
                MIN_PART_FRAMES);
        if (balanced.size() > 1 || balanced.getFirst().reused()) {
            return new PiecewiseComposition(ffmpeg, encoding, processes, cores, plan)
                    .compose(balanced, prior, reuseAudio, out, thumbnail, checkDir, fractionDone, musicReady);
        }
        PiecewiseComposition.awaitReady(musicReady);
        FramesDone progress = new FramesDone(plan.totalFrames(), 1, fractionDone);
        String log = ffmpeg.run(arguments(plan, out, checkDir), progress.part(0));
        PictureCheck.sample(ffmpeg, checkDir, "frame_", 0, plan.totalFrames());
        PictureCheck.Findings findings = PictureCheck.parse(log, plan.totalSeconds(), checkDir);
        progress.finish();
        // A thumbnail branch inside the pass made FFmpeg 4.4 queue every later frame (gigabytes);
        // one seek into the finished file costs a fraction of a second.
        new FrameGrabber(ffmpeg).frames(List.of(new FrameGrabber.Grab(out, plan.thumbnailFrame(), thumbnail, 0)));
        return new PiecewiseComposition.Result(findings, plan.totalFrames());
    }

    /** How many pieces to render with {@code processes}: one each, or up to {@value #PIECES_PER_PROCESS} each when long enough. */
    static int piecesWanted(List<Piece> pieces, int processes) {
        if (processes < 2) return 1;   // pieces one after another only add process starts
        int frames = pieces.stream().filter(p -> !p.reused()).mapToInt(Piece::frames).sum();
        return processes * Math.max(1, Math.min(PIECES_PER_PROCESS, frames / (processes * MIN_EXTRA_PIECE_FRAMES)));
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

    /**
     * Where a fresh composition cuts the timeline in two: the segment boundary nearest the middle (so
     * no transition and no text layer straddles the cut), with at least 3 s on each side. -1 when there is none.
     */
    static int splitFrame(CompositionPlan plan) {
        return Segments.middle(Segments.renderSplits(plan), 0, plan.totalFrames(), MIN_PART_FRAMES);
    }

    TimelineGraph.Graph filterGraph(CompositionPlan plan) { return TimelineGraph.of(plan, 0, plan.totalFrames(), true, false); }
}
