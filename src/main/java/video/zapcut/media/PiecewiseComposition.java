package video.zapcut.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import video.zapcut.common.Background;

/**
 * Composes an ad as pieces joined by stream copy: stretches of the timeline rendered and encoded here,
 * at most {@code processes} FFmpeg processes at once, and segments cut out of an earlier version's
 * finished file where their fingerprints say the frames would come out the same. A fresh composition
 * is the case with only rendered pieces, nothing reused.
 *
 * <p>Each rendered piece is encoded as the one-pass composition would be (same settings, one tick per
 * frame) with an IDR frame at every segment boundary inside it, so that a later revision can cut any of
 * its segments out of the finished file in turn.
 */
final class PiecewiseComposition {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PiecewiseComposition.class);
    /** Sampled frames are this wide, as the picture check's branch makes them. */
    private static final int SAMPLE_WIDTH = 320;
    private static final int SAMPLE_EVERY_FRAMES = (int) Math.round(PictureCheck.SAMPLE_EVERY_SECONDS * CompositionPlan.FPS);

    /** Frames {@code [from, to)} of the ad: copied from the prior file's frames from {@code priorFrom} on, or rendered when it is -1. */
    record Piece(int from, int to, int priorFrom) {
        boolean reused() { return priorFrom >= 0; }

        int frames() { return to - from; }
    }

    /** The prior file's picture cannot be cut at its segment boundaries (gone, damaged, or not made by this composer). */
    static final class UnusablePrior extends MediaException {
        UnusablePrior(String message) { super(message); }
    }

    /** The check's findings and the frames rendered and encoded. */
    record Result(PictureCheck.Findings findings, int framesEncoded) {}

    private final Ffmpeg ffmpeg;
    private final VideoEncoding encoding;
    private final int processes;
    private final int cores;
    private final CompositionPlan plan;
    private final List<Integer> boundaries;

    PiecewiseComposition(Ffmpeg ffmpeg, VideoEncoding encoding, int processes, int cores, CompositionPlan plan) {
        this.ffmpeg = ffmpeg;
        this.encoding = encoding;
        this.processes = Math.max(1, processes);
        this.cores = cores;
        this.plan = plan;
        this.boundaries = Segments.boundaries(plan);
    }

    /**
     * The pieces of a revision: every segment whose fingerprint the prior has is copied from it (from
     * wherever it sat there); the others are rendered, neighbours together as one piece.
     */
    static List<Piece> pieces(List<Segment> segments, List<Segment> prior) {
        Map<String, Integer> priorStart = new HashMap<>();
        for (Segment s : prior) priorStart.putIfAbsent(s.fingerprint(), s.fromFrame());
        List<Piece> out = new ArrayList<>();
        for (Segment s : segments) {
            Integer from = priorStart.get(s.fingerprint());
            Piece last = out.isEmpty() ? null : out.getLast();
            if (from != null) out.add(new Piece(s.fromFrame(), s.toFrame(), from));
            else if (last != null && !last.reused()) out.set(out.size() - 1, new Piece(last.from(), s.toFrame(), -1));
            else out.add(new Piece(s.fromFrame(), s.toFrame(), -1));
        }
        return out;
    }

    /**
     * The pieces with the longest rendered one cut in two at a segment boundary near its middle, while
     * fewer than {@code wanted} are rendered and each half would have {@code minPart} frames: one FFmpeg
     * process renders its graph on one thread, so pieces side by side finish much sooner.
     */
    static List<Piece> balanced(List<Piece> pieces, List<Integer> boundaries, int wanted, int minPart) {
        List<Piece> out = new ArrayList<>(pieces);
        while (out.stream().filter(p -> !p.reused()).count() < wanted) {
            Piece longest = out.stream().filter(p -> !p.reused()).max(Comparator.comparingInt(Piece::frames)).orElse(null);
            int cut = longest == null ? -1 : Segments.middle(boundaries, longest.from(), longest.to(), minPart);
            if (cut < 0) break;
            int at = out.indexOf(longest);
            out.set(at, new Piece(longest.from(), cut, -1));
            out.add(at + 1, new Piece(cut, longest.to(), -1));
        }
        return out;
    }

    /**
     * Writes the ad to {@code out}: renders the pieces that are not reused, cuts the reused ones out of
     * {@code prior}'s file (null when nothing is reused), takes the prior's soundtrack when
     * {@code reuseAudio} or encodes it otherwise, and joins it all without re-encoding.
     */
    Result compose(List<Piece> pieces, Composer.PriorComposition prior, boolean reuseAudio, Path out, Path thumbnail,
                   Path checkDir, DoubleConsumer fractionDone, Future<?> musicReady) {
        Path work;
        try {
            work = Files.createTempDirectory(out.toAbsolutePath().getParent(), "compose-");
        } catch (IOException e) {
            throw new MediaException("cannot create a work folder beside " + out + ": " + e.getMessage(), e);
        }
        try {
            Map<Integer, Path> cuts = pieces.stream().anyMatch(Piece::reused) ? cut(prior, work) : Map.of();
            List<Piece> renders = pieces.stream().filter(p -> !p.reused()).toList();
            if (prior != null) {
                log.info("composing {} of {} frames in {} piece(s), copying the rest from the earlier version{}",
                        renders.stream().mapToInt(Piece::frames).sum(), plan.totalFrames(), renders.size(),
                        reuseAudio ? " with its soundtrack" : "");
            }
            List<Path> rendered = new ArrayList<>();
            for (int k = 0; k < renders.size(); k++) rendered.add(work.resolve("part_" + k + ".mp4"));
            List<Path> files = pieces.stream().map(p -> p.reused() ? cuts.get(p.priorFrom()) : rendered.get(renders.indexOf(p))).toList();
            Path sound = reuseAudio ? prior.video() : work.resolve("audio.m4a");
            // The frames of the pieces are the frames of the joined file: reused stretches are sampled
            // while the rest renders, and the thumbnail is taken as soon as the piece holding it is there.
            List<Sample> samples = reusedSamples(pieces, files, checkDir);
            FutureTask<Void> sampling = background("compose-samples",
                    () -> new FrameGrabber(ffmpeg).keyframes(samples.stream().map(Sample::grab).toList()));
            int thumb = holder(pieces, plan.thumbnailFrame());
            var grab = new FrameGrabber.Grab(files.get(thumb), plan.thumbnailFrame() - pieces.get(thumb).from(), thumbnail, 0);
            Runnable grabThumbnail = () -> new FrameGrabber(ffmpeg).frames(List.of(grab));
            FutureTask<Void> thumbnailing = pieces.get(thumb).reused() ? background("compose-thumbnail", grabThumbnail) : null;
            FramesDone progress = new FramesDone(renders.stream().mapToInt(Piece::frames).sum(), renders.size(), fractionDone);
            // The soundtrack is encoded on its own as soon as it is mixed, while the pictures render: the
            // pictures need nothing from it, and the mix (about a second) no longer holds them back.
            FutureTask<Void> sounding = reuseAudio ? null : background("compose-sound", () -> {
                awaitReady(musicReady);
                ffmpeg.run(audioArguments(sound));
            });
            List<String> logs;
            try {
                logs = render(renders, rendered, checkDir, progress);
                progress.finish();
                if (sounding != null) await(sounding);
                if (thumbnailing == null) thumbnailing = background("compose-thumbnail", grabThumbnail);
                join(files, sound, out, work);
            } finally {
                if (sounding != null) sounding.cancel(true);   // a no-op once it is done; stops it when the pictures failed
                await(sampling);
                if (thumbnailing != null) await(thumbnailing);
            }
            return new Result(findings(pieces, renders, logs, samples, prior, checkDir), progress.total());
        } catch (IOException e) {
            throw new MediaException("cannot join the composition's pieces in " + work + ": " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    /**
     * Cuts the prior file's picture at all its segment boundaries, which are IDR frames, by stream copy
     * (one FFmpeg run); returns the file that starts at each boundary.
     */
    private Map<Integer, Path> cut(Composer.PriorComposition prior, Path work) throws IOException {
        List<Segment> segments = prior.segments();
        if (!Files.isRegularFile(prior.video())) throw new UnusablePrior("no such file: " + prior.video());
        for (int i = 0; i < segments.size(); i++) {
            int expected = i == 0 ? 0 : segments.get(i - 1).toFrame();
            if (segments.get(i).fromFrame() != expected) throw new UnusablePrior("the prior's segments are not one after another");
        }
        Path csv = work.resolve("prior.csv");
        // Timestamps are kept as they are (B-frames make the first decode time negative): moving the first
        // piece's forward, as the muxer does by default, would leave a gap in the joined file.
        List<String> args = new ArrayList<>(List.of("-y", "-i", prior.video().toString(), "-map", "0:v", "-c", "copy",
                "-avoid_negative_ts", "disabled", "-f", "segment"));
        List<String> inner = segments.stream().skip(1).map(s -> Integer.toString(s.fromFrame())).toList();
        // Without a list of frames the segment muxer cuts every 2 s.
        args.addAll(inner.isEmpty() ? List.of("-segment_time", "86400") : List.of("-segment_frames", String.join(",", inner)));
        args.addAll(List.of("-reset_timestamps", "1", "-segment_format", "mp4", "-segment_format_options", "video_track_timescale=30",
                "-segment_list", csv.toString(), "-segment_list_type", "csv", work.resolve("prior_%03d.mp4").toString()));
        try {
            ffmpeg.run(args);
        } catch (MediaException e) {
            throw new UnusablePrior("cannot cut " + prior.video() + ": " + e.getMessage());
        }
        // The muxer cuts at the first keyframe at or after each boundary: a file whose boundaries are not
        // keyframes shows in where the pieces start.
        List<String> listed = Files.readAllLines(csv).stream().filter(l -> !l.isBlank()).toList();
        if (listed.size() != segments.size()) {
            throw new UnusablePrior(prior.video() + " cut into " + listed.size() + " pieces, not " + segments.size());
        }
        Map<Integer, Path> byStart = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            String[] fields = listed.get(i).split(",");
            double start = Double.parseDouble(fields[fields.length - 2]) * CompositionPlan.FPS;
            if (Math.abs(start - segments.get(i).fromFrame()) > 0.5) {
                throw new UnusablePrior(prior.video() + " has no keyframe at frame " + segments.get(i).fromFrame());
            }
            byStart.put(segments.get(i).fromFrame(), work.resolve(String.format(Locale.ROOT, "prior_%03d.mp4", i)));
        }
        return byStart;
    }

    /**
     * Renders the pieces, at most {@code processes} at once, the longest first (so the last to start is a
     * short one and no core waits long on another's tail); returns their logs in the pieces' order.
     */
    private List<String> render(List<Piece> renders, List<Path> files, Path checkDir, FramesDone progress) {
        if (renders.isEmpty()) return List.of();
        int parallel = Math.min(processes, renders.size());
        // Processes side by side share the cores: each encoder gets its share of them as threads. x264's
        // default (1.5 threads a core, for a machine of its own) made six encoder threads fight over two
        // cores; one thread a part encodes the same frames with the same settings.
        int threads = parallel > 1 ? Math.max(1, cores / parallel) : 0;
        ExecutorService pool = Executors.newFixedThreadPool(parallel, Thread.ofPlatform().name("compose-part-", 1).daemon().factory());
        try {
            ExecutorCompletionService<String> done = new ExecutorCompletionService<>(pool);
            List<Future<String>> runs = new ArrayList<>(Collections.nCopies(renders.size(), null));
            List<Integer> longestFirst = new ArrayList<>(IntStream.range(0, renders.size()).boxed().toList());
            longestFirst.sort(Comparator.comparingInt((Integer k) -> renders.get(k).frames()).reversed());
            for (int index : longestFirst) {
                List<String> args = renderArguments(renders.get(index), files.get(index), checkDir, "part" + index + "_", threads);
                runs.set(index, done.submit(() -> {
                    String log = ffmpeg.run(args, progress.part(index));
                    PictureCheck.sample(ffmpeg, checkDir, "part" + index + "_", renders.get(index).from(), renders.get(index).to());
                    return log;
                }));
            }
            // Taken as they finish, so a failure stops the others at once.
            for (int i = 0; i < runs.size(); i++) await(done.take());
            List<String> logs = new ArrayList<>();
            for (Future<String> r : runs) logs.add(await(r));
            return logs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException("interrupted while composing", e);
        } finally {
            pool.shutdownNow();   // interrupts runs still going, whose FFmpeg is then killed
        }
    }

    /**
     * Frames {@code piece.from..piece.to-1} of the picture, encoded to {@code file} with an IDR frame at
     * each segment boundary inside them.
     */
    List<String> renderArguments(Piece piece, Path file, Path checkDir, String framePrefix, int threads) {
        List<String> args = new ArrayList<>(List.of("-y"));
        TimelineGraph.Graph graph = TimelineGraph.of(plan, piece.from(), piece.to(), false, true);
        for (Path input : graph.inputs()) args.addAll(List.of("-i", input.toString()));
        args.addAll(List.of("-filter_complex", graph.filter(), "-map", "[vout]", "-an"));
        args.addAll(encoding.pieceArgs());
        args.addAll(encoding.idrAt(boundaries.stream().filter(b -> b > piece.from() && b < piece.to()).map(b -> b - piece.from()).toList()));
        if (threads > 0) args.addAll(List.of("-threads", Integer.toString(threads)));
        args.addAll(List.of("-frames:v", Integer.toString(piece.frames()), file.toString()));
        args.addAll(PictureCheck.outputs(checkDir, framePrefix));
        return args;
    }

    /** The soundtrack alone, encoded for the join. */
    private List<String> audioArguments(Path sound) {
        List<String> args = new ArrayList<>(List.of("-y", "-i", plan.music().toString(), "-filter_complex",
                TimelineGraph.audio(0, plan.totalSeconds()), "-map", "[aout]", "-vn"));
        args.addAll(encoding.audioArgs());
        args.add(sound.toString());
        return args;
    }

    /** Joins the pieces' pictures and the soundtrack (from an m4a or an earlier ad) without re-encoding either. */
    private void join(List<Path> pictures, Path sound, Path out, Path work) throws IOException {
        Path list = work.resolve("pieces.txt");
        Files.writeString(list, String.join("", pictures.stream().map(f -> "file '" + f.toString().replace("'", "'\\''") + "'\n").toList()));
        // No frame limit here: the pieces hold exactly the ad's frames, and a limit would end the file
        // before the last audio packets (which interleave after the last video frame) are written.
        ffmpeg.run(List.of("-y", "-f", "concat", "-safe", "0", "-i", list.toString(), "-i", sound.toString(), "-map", "0:v",
                "-map", "1:a", "-c", "copy", "-movflags", "+faststart", "-metadata", "title=" + plan.title(),
                "-metadata", "comment=" + plan.comment(), out.toString()));
    }

    /** A sampled frame, where it is taken from and at which frame of the ad it is. */
    private record Sample(FrameGrabber.Grab grab, int adFrame) {}

    /**
     * About one frame every 3 s of each stretch of reused pieces, from its start; each is taken at the
     * keyframe at or before its frame (at most a GOP earlier, still inside the stretch, which starts
     * with one), the only frame then decoded.
     */
    private static List<Sample> reusedSamples(List<Piece> pieces, List<Path> files, Path checkDir) {
        List<Sample> out = new ArrayList<>();
        int next = -1;   // the next frame to sample in the current reused stretch
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.reused()) {
                next = -1;
                continue;
            }
            if (next < 0) next = p.from();
            for (; next < p.to(); next += SAMPLE_EVERY_FRAMES) {
                Path png = checkDir.resolve(String.format(Locale.ROOT, "grab_%03d.png", out.size() + 1));
                out.add(new Sample(new FrameGrabber.Grab(files.get(i), next - p.from(), png, SAMPLE_WIDTH), next));
            }
        }
        return out;
    }

    private static int holder(List<Piece> pieces, int frame) {
        for (int i = 0; i < pieces.size(); i++) if (frame < pieces.get(i).to()) return i;
        return pieces.size() - 1;
    }

    /**
     * Stretches from the rendered pieces' checks and, for reused pieces, from the prior's findings within
     * them, joined across the pieces; sampled frames from both, renamed {@code frame_NNN.png} in the
     * order they appear in the ad.
     */
    private PictureCheck.Findings findings(List<Piece> pieces, List<Piece> renders, List<String> logs, List<Sample> samples,
                                           Composer.PriorComposition prior, Path checkDir) throws IOException {
        double fps = CompositionPlan.FPS;
        List<PictureCheck.Placed> placed = new ArrayList<>();
        for (Piece p : pieces) {
            PictureCheck.Stretches s = p.reused()
                    ? PictureCheck.within(prior.blackStretches(), prior.frozenStretches(), p.priorFrom() / fps, (p.priorFrom() + p.frames()) / fps)
                    : PictureCheck.parseRaw(logs.get(renders.indexOf(p)), p.frames() / fps);
            placed.add(new PictureCheck.Placed(s, p.from() / fps));
        }
        PictureCheck.Stretches stretches = PictureCheck.join(placed);

        record Taken(Path file, double seconds) {}
        List<Taken> taken = new ArrayList<>();
        for (Sample s : samples) taken.add(new Taken(s.grab().out(), s.adFrame() / fps));
        for (int k = 0; k < renders.size(); k++) {
            String prefix = "part" + k + "_";
            List<Path> files;
            try (Stream<Path> list = Files.list(checkDir)) {
                files = list.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
            }
            // The branch samples the ad's 3 s marks inside its piece.
            List<Integer> at = PictureCheck.sampledFrames(renders.get(k).from(), renders.get(k).to());
            if (at.size() != files.size()) log.warn("piece {} sampled {} frames where {} were expected", k, files.size(), at.size());
            for (int i = 0; i < Math.min(files.size(), at.size()); i++) taken.add(new Taken(files.get(i), at.get(i) / fps));
        }
        taken.sort(Comparator.comparingDouble(Taken::seconds));
        List<Path> frames = new ArrayList<>();
        for (Taken t : taken) {
            if (!Files.isRegularFile(t.file())) {
                log.warn("no frame sampled at {} s", t.seconds());   // a missing sample is no reason to fail the ad
                continue;
            }
            Path named = checkDir.resolve(String.format(Locale.ROOT, "frame_%03d.png", frames.size() + 1));
            Files.move(t.file(), named, StandardCopyOption.REPLACE_EXISTING);
            frames.add(named);
        }
        return new PictureCheck.Findings(stretches.black(), stretches.frozen(), frames);
    }

    private static FutureTask<Void> background(String name, Runnable work) {
        return Background.start(name, () -> {
            work.run();
            return null;
        });
    }

    /** Waits for work that must be done first (none when null); its failure is rethrown here. */
    static void awaitReady(Future<?> work) {
        if (work != null) await(work);
    }

    /** The result of work started on another thread; its failure is rethrown here. */
    static <T> T await(Future<T> task) {
        return Background.await(task, cause -> new MediaException("composition failed", cause),
                interrupted -> new MediaException("interrupted while composing", interrupted));
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("cannot remove {}: {}", dir, e.getMessage());
        }
    }
}
