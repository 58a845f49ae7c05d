package video.zapcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static video.zapcut.media.AdFixtures.BENEFIT_SEGMENT;
import static video.zapcut.media.AdFixtures.FFMPEG;
import static video.zapcut.media.AdFixtures.SCENES;
import static video.zapcut.media.AdFixtures.STARTS;
import static video.zapcut.media.AdFixtures.keyframes;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.media.PiecewiseComposition.Piece;
import video.zapcut.testing.Ffprobe;

/**
 * Compositions with IDR frames at every segment boundary, and revisions that render only the
 * segments whose picture changed and copy the rest out of the earlier version, run for real on an ad
 * shaped like ours at 320x180 (see {@link AdFixtures}).
 */
class ComposerSegmentsTest {
    @TempDir
    static Path shared;
    static List<Path> clips;
    static List<Path> texts;
    static Path music;
    static CompositionPlan first;
    static Path firstVideo;
    static Composer.Composed firstComposed;

    @TempDir
    Path dir;

    @BeforeAll
    static void composeTheFirstVersion() {
        clips = AdFixtures.clips(shared);
        texts = AdFixtures.texts(shared);
        music = AdFixtures.music(shared, 32);
        first = AdFixtures.plan(clips, SCENES, texts, music);
        firstVideo = shared.resolve("first/final.mp4");
        firstComposed = new Composer(FFMPEG, VideoEncoding.DEFAULT, true).compose(first, firstVideo,
                shared.resolve("first/thumb.jpg"), shared.resolve("first/check"), done -> { }, null);
    }

    @Test
    void aFreshCompositionHasAnIdrFrameAtEverySegmentBoundary() {
        Ffprobe.Facts f = Ffprobe.probe(firstVideo);
        assertThat(f.videoCodec()).isEqualTo("h264");
        assertThat(f.audioCodec()).isEqualTo("aac");
        assertThat(f.frames()).isEqualTo(900);
        assertThat(f.fps()).isEqualTo(30.0);
        assertThat(f.duration()).isBetween(30 - 1 / 30.0, 30 + 1 / 30.0);
        assertThat(f.faststart()).isTrue();
        assertThat(firstComposed.framesEncoded()).isEqualTo(900);
        assertThat(firstComposed.segments()).isEqualTo(Segments.of(first, VideoEncoding.DEFAULT, new FileHashes()));
        List<Integer> keyframes = keyframes(firstVideo);
        assertThat(keyframes).containsAll(STARTS);
        assertThat(keyframes.size()).as("a few extra IDR frames, not a GOP of its own for each segment: " + keyframes)
                .isLessThanOrEqualTo(STARTS.size() + 900 / 60);
        assertThat(firstComposed.findings().sampledFrames()).hasSizeBetween(9, 11);
    }

    @Test
    void aRevisionOfOneTextLayerEncodesOnlyItsSegmentAndCopiesTheRestBitForBit() {
        CompositionPlan second = AdFixtures.plan(clips, SCENES, newBenefit(), music);
        Path out = dir.resolve("second.mp4");
        List<Double> told = Collections.synchronizedList(new ArrayList<>());
        Composer.Composed c = new Composer(FFMPEG, VideoEncoding.DEFAULT, true).compose(second, out, dir.resolve("thumb.jpg"),
                dir.resolve("check"), told::add, prior(firstVideo, firstComposed));

        Segment changed = firstComposed.segments().get(BENEFIT_SEGMENT);
        assertThat(c.framesEncoded()).isEqualTo(changed.frames());
        assertThat(c.audioFingerprint()).isEqualTo(firstComposed.audioFingerprint());
        Ffprobe.Facts f = Ffprobe.probe(out), was = Ffprobe.probe(firstVideo);
        assertThat(f.frames()).isEqualTo(900);
        assertThat(f.duration()).isEqualTo(was.duration());
        assertThat(f.videoCodec()).isEqualTo("h264");
        assertThat(f.audioCodec()).isEqualTo("aac");
        assertThat(f.title()).isEqualTo("Segments Ad");
        assertThat(f.comment()).isEqualTo("AI-generated test");
        assertThat(f.faststart()).isTrue();
        assertThat(decodingErrors(out)).isEmpty();
        assertThat(keyframes(out)).as("a revision can be revised in turn").containsAll(STARTS);

        List<String[]> before = framemd5(firstVideo, "v", false), after = framemd5(out, "v", false);
        assertThat(after).extracting(l -> l[2].strip()).as("one tick a frame, no gap or overlap at the joins")
                .containsExactlyElementsOf(IntStream.range(0, 900).mapToObj(Integer::toString).toList());
        for (Segment s : firstComposed.segments()) {
            List<String> a = md5s(after, s), b = md5s(before, s);
            if (s.equals(changed)) assertThat(a).as("the new benefit line").isNotEqualTo(b);
            else assertThat(a).as("segment from %d, copied", s.fromFrame()).isEqualTo(b);
        }
        assertThat(lines(framemd5(out, "a", true))).as("the soundtrack, copied").isEqualTo(lines(framemd5(firstVideo, "a", true)));

        assertThat(told).as("progress told: " + told).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(told.getLast()).isEqualTo(1.0);
        assertThat(dir.resolve("thumb.jpg")).isNotEmptyFile();
        assertThat(c.findings().sampledFrames()).as("about one every 3 s").hasSizeBetween(9, 13)
                .allMatch(p -> p.getFileName().toString().matches("frame_\\d{3}\\.png"));
        assertThat(c.findings().blackStretches()).isEmpty();
        // The bars of scenes 3 and 4 stand still: the first freeze is carried over from the prior, the
        // second is found again in the re-rendered climax, between the benefit line's fades.
        List<double[]> frozen = firstComposed.findings().frozenStretches();
        assertThat(frozen).hasSize(2);
        assertThat(c.findings().frozenStretches()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(c.findings().frozenStretches().get(i)[0]).isCloseTo(frozen.get(i)[0], within(0.15));
            assertThat(c.findings().frozenStretches().get(i)[1]).isCloseTo(frozen.get(i)[1], within(0.15));
        }
        assertThat(dir).isDirectoryNotContaining("glob:**/compose-*");
    }

    @Test
    void aRevisionThatChangesNothingEncodesNothingAndGivesTheSameFrames() {
        Path out = dir.resolve("same.mp4");
        List<Double> told = new ArrayList<>();
        Composer.Composed c = new Composer(FFMPEG, VideoEncoding.DEFAULT, true).compose(first, out, dir.resolve("thumb.jpg"),
                dir.resolve("check"), told::add, prior(firstVideo, firstComposed));
        assertThat(c.framesEncoded()).isZero();
        assertThat(told).containsExactly(1.0);
        assertThat(c.segments()).isEqualTo(firstComposed.segments());
        assertThat(lines(framemd5(out, "v", false))).isEqualTo(lines(framemd5(firstVideo, "v", false)));
        assertThat(lines(framemd5(out, "a", true))).isEqualTo(lines(framemd5(firstVideo, "a", true)));
        assertThat(decodingErrors(out)).isEmpty();
        assertThat(c.findings().sampledFrames()).hasSizeBetween(9, 11);
        // Taken from the piece copied out of the prior: the same frame as in the finished file.
        Path expected = dir.resolve("expected.jpg");
        new FrameGrabber(FFMPEG).frames(List.of(new FrameGrabber.Grab(out, first.thumbnailFrame(), expected, 0)));
        assertThat(dir.resolve("thumb.jpg")).hasSameBinaryContentAs(expected);
    }

    @Test
    void aPriorComposedInOnePassIsCutAsWell() {
        Path onePass = dir.resolve("one-pass.mp4");
        Composer.Composed v1 = new Composer(FFMPEG, VideoEncoding.DEFAULT, false).compose(first, onePass, dir.resolve("thumb1.jpg"),
                dir.resolve("check1"), done -> { }, null);
        assertThat(keyframes(onePass)).containsAll(STARTS);
        Path out = dir.resolve("second.mp4");
        Composer.Composed c = new Composer(FFMPEG, VideoEncoding.DEFAULT, true).compose(AdFixtures.plan(clips, SCENES, newBenefit(), music),
                out, dir.resolve("thumb.jpg"), dir.resolve("check"), done -> { }, prior(onePass, v1));

        assertThat(c.framesEncoded()).isEqualTo(firstComposed.segments().get(BENEFIT_SEGMENT).frames());
        assertThat(decodingErrors(out)).isEmpty();
        List<String[]> before = framemd5(onePass, "v", false), after = framemd5(out, "v", false);
        assertThat(after).extracting(l -> l[2].strip()).containsExactlyElementsOf(IntStream.range(0, 900).mapToObj(Integer::toString).toList());
        Segment last = firstComposed.segments().getLast();
        assertThat(md5s(after, last)).isEqualTo(md5s(before, last));
    }

    @Test
    void aPriorThatCannotBeCutAtItsBoundariesIsIgnored() {
        // The same ad encoded without IDR frames at the boundaries (as a composer before segments made it).
        Path old = dir.resolve("old.mp4");
        FFMPEG.run(List.of("-y", "-i", firstVideo.toString(), "-c:v", "libx264", "-preset", "ultrafast", "-g", "900",
                "-x264-params", "scenecut=0", "-c:a", "copy", old.toString()));
        Path out = dir.resolve("afresh.mp4");
        Composer.Composed c = new Composer(FFMPEG, VideoEncoding.DEFAULT, true).compose(first, out, dir.resolve("thumb.jpg"),
                dir.resolve("check"), done -> { }, prior(old, firstComposed));
        assertThat(c.framesEncoded()).isEqualTo(900);
        assertThat(Ffprobe.probe(out).frames()).isEqualTo(900);
        assertThat(keyframes(out)).containsAll(STARTS);
    }

    @Test
    void aGrabbedFrameIsExactlyTheFrameAskedFor() throws IOException {
        for (int frame : List.of(0, 1, 52, 172, 581, 899)) {
            Path grabbed = dir.resolve("grab_" + frame + ".png"), selected = dir.resolve("select_" + frame + ".png");
            new FrameGrabber(FFMPEG).frames(List.of(new FrameGrabber.Grab(firstVideo, frame, grabbed, 0)));
            FFMPEG.run(List.of("-y", "-i", firstVideo.toString(), "-vf", "select=eq(n\\," + frame + ")", "-vsync", "0", "-frames:v", "1",
                    selected.toString()));
            assertThat(Files.readAllBytes(grabbed)).as("frame %d", frame).isEqualTo(Files.readAllBytes(selected));
        }
    }

    @Test
    void segmentsThePriorHasAreCopiedFromWhereverTheyWereAndNeighboursToRenderAreOneProcess() {
        List<Segment> prior = List.of(new Segment(0, 10, "a"), new Segment(10, 25, "b"), new Segment(25, 40, "x"));
        List<Segment> now = List.of(new Segment(0, 10, "a"), new Segment(10, 20, "c"), new Segment(20, 30, "d"),
                new Segment(30, 45, "b"), new Segment(45, 50, "e"));
        assertThat(PiecewiseComposition.pieces(now, prior)).containsExactly(new Piece(0, 10, 0), new Piece(10, 30, -1),
                new Piece(30, 45, 10), new Piece(45, 50, -1));
    }

    @Test
    void aLongAdIsRenderedInFourPiecesAShortOneInTwo() {
        assertThat(Composer.piecesWanted(List.of(new Piece(0, 900, -1)), 2)).as("30 s").isEqualTo(4);
        assertThat(Composer.piecesWanted(List.of(new Piece(0, 450, -1)), 2)).as("15 s").isEqualTo(2);
        assertThat(Composer.piecesWanted(List.of(new Piece(0, 300, 0), new Piece(300, 900, -1)), 2)).as("20 s to render").isEqualTo(4);
        assertThat(Composer.piecesWanted(List.of(new Piece(0, 900, -1)), 1)).as("one process: one pass").isEqualTo(1);
    }

    @Test
    void piecesSampleTheAdsOwnThreeSecondMarks() {
        assertThat(PictureCheck.sampledFrames(0, 900)).containsExactly(0, 90, 180, 270, 360, 450, 540, 630, 720, 810);
        // A piece from frame 91 is checked at frames 91, 94, ...: the first at or after each mark.
        assertThat(PictureCheck.sampledFrames(91, 450)).containsExactly(181, 271, 361);
        assertThat(PictureCheck.sampledFrames(0, 91)).containsExactly(0, 90);
        assertThat(PictureCheck.sampledFrames(89, 91)).as("frame 90 is not checked in a piece from 89").isEmpty();
    }

    @Test
    void aLongStretchToRenderAloneIsCutInTwoAtTheSegmentBoundaryNearestItsMiddle() {
        List<Integer> boundaries = Segments.boundaries(first);
        var all = List.of(new Piece(0, 900, -1));
        assertThat(PiecewiseComposition.balanced(all, boundaries, 2, 90)).as("a fresh composition's two halves")
                .containsExactly(new Piece(0, 502, -1), new Piece(502, 900, -1));
        assertThat(PiecewiseComposition.balanced(all, boundaries, 1, 90)).as("one process at a time").isEqualTo(all);
        var oneScene = List.of(new Piece(0, 322, 0), new Piece(322, 517, -1), new Piece(517, 900, 517));
        assertThat(PiecewiseComposition.balanced(oneScene, boundaries, 2, 90)).as("no boundary with 3 s on each side").isEqualTo(oneScene);
    }

    @Test
    void aReusedSegmentCarriesThePriorsStretchesToItsNewPlace() {
        // In the prior the segment ran from 3 s to 6 s: black inside it, a freeze running on past its end,
        // and a short black stretch at its end that continued into the next segment.
        PictureCheck.Stretches carried = PictureCheck.within(List.of(new double[] {4.0, 5.0}, new double[] {5.7, 6.6}),
                List.of(new double[] {5.5, 8.0}), 3.0, 6.0);
        // Now it starts at 10 s, after a rendered piece, and a rendered piece starting frozen follows it.
        PictureCheck.Stretches before = PictureCheck.parseRaw("", 10.0);
        PictureCheck.Stretches next = PictureCheck.parseRaw("freeze_start: 0\nfreeze_duration: 1.2\nfreeze_end: 1.2\n", 4.0);
        PictureCheck.Stretches joined = PictureCheck.join(List.of(new PictureCheck.Placed(before, 0),
                new PictureCheck.Placed(carried, 10.0), new PictureCheck.Placed(next, 13.0)));

        assertThat(joined.black()).as("0.3 s of black left at its end is too short on its own").hasSize(1);
        assertThat(joined.black().getFirst()).containsExactly(11.0, 12.0);
        assertThat(joined.frozen()).hasSize(1);
        assertThat(joined.frozen().getFirst()).containsExactly(12.5, 14.2);
    }

    private List<Path> newBenefit() { return List.of(texts.get(0), AdFixtures.box(dir, Color.MAGENTA, "benefit2.png"), texts.get(2)); }

    private static Composer.PriorComposition prior(Path video, Composer.Composed composed) {
        return new Composer.PriorComposition(video, composed.segments(), composed.audioFingerprint(),
                composed.findings().blackStretches(), composed.findings().frozenStretches());
    }

    /** framemd5 lines (fields) of a file's video or audio stream: decoded frames, or with {@code copy} its packets. */
    private List<String[]> framemd5(Path file, String stream, boolean copy) {
        Path md5 = dir.resolve(file.getFileName() + "." + stream + ".md5");
        List<String> args = new ArrayList<>(List.of("-y", "-i", file.toString(), "-map", "0:" + stream));
        if (copy) args.addAll(List.of("-c", "copy"));
        args.addAll(List.of("-f", "framemd5", md5.toString()));
        FFMPEG.run(args);
        try {
            return Files.readAllLines(md5).stream().filter(l -> !l.startsWith("#")).map(l -> l.split(",")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> md5s(List<String[]> lines, Segment s) {
        return lines.subList(s.fromFrame(), s.toFrame()).stream().map(l -> l[l.length - 1].strip()).toList();
    }

    private static List<String> lines(List<String[]> lines) { return lines.stream().map(l -> String.join(",", l)).toList(); }

    /** What Debian's ffmpeg says decoding the whole file: nothing, for a file that plays. */
    private static String decodingErrors(Path file) {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "null", "-")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(err).isZero();
            return err.strip();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
