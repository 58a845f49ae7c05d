package video.zapcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static video.zapcut.media.AdFixtures.BENEFIT_SEGMENT;
import static video.zapcut.media.AdFixtures.FFMPEG;
import static video.zapcut.media.AdFixtures.SCENES;
import static video.zapcut.media.AdFixtures.STARTS;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.media.scene.SceneLayers;
import video.zapcut.media.scene.SceneSpec;
import video.zapcut.testing.ProductShots;

/**
 * How an ad's timeline is cut into segments, what their fingerprints tell apart, and that a segment
 * renders the same frames alone as inside the whole ad (which is what makes reusing it sound).
 */
class SegmentsTest {
    @TempDir
    static Path shared;
    static List<Path> clips;
    static List<Path> texts;
    static Path music;
    static CompositionPlan ad;

    @TempDir
    Path dir;

    @BeforeAll
    static void media() {
        clips = AdFixtures.clips(shared);
        texts = AdFixtures.texts(shared);
        music = AdFixtures.music(shared, 32);
        ad = AdFixtures.plan(clips, SCENES, texts, music);
    }

    @Test
    void theTimelineIsCutIntoSceneBodiesAndTransitionsThatNoOverlayStraddles() {
        assertThat(Segments.boundaries(ad)).containsExactly(0, 172, 187, 322, 337, 502, 517, 712, 727, 900);
        assertThat(segments(ad)).extracting(Segment::fromFrame).containsExactlyElementsOf(STARTS);
        assertThat(segments(ad).get(BENEFIT_SEGMENT)).extracting(Segment::fromFrame, Segment::toFrame)
                .as("the climax's body, where the benefit line shows").containsExactly(517, 712);
        assertNoOverlayStraddles(ad);
    }

    @Test
    void anOverlayAcrossACutMergesTheSegmentsItSpans() {
        List<CompositionPlan.Overlay> more = new ArrayList<>(ad.overlays());
        more.add(new CompositionPlan.Overlay(texts.getFirst(), 0, 0, 5.0, 6.6, true));   // frames 150..197, across the first cut
        CompositionPlan plan = new CompositionPlan(ad.clips(), ad.sceneFrames(), ad.transitionFrames(), ad.transition(), more, ad.music(),
                ad.width(), ad.height(), ad.title(), ad.comment(), ad.thumbnailFrame());
        assertThat(Segments.boundaries(plan)).containsExactly(0, 322, 337, 502, 517, 712, 727, 900);
        assertNoOverlayStraddles(plan);
        assertThat(segments(plan)).hasSize(7);
    }

    @Test
    void aTextFrameIsOneWhoseWholeDisplayTimeLiesInsideTheTextsWindow() {
        // The composition stage ends a text 0.25 s before its scene's cut, half a frame after the
        // transition's first frame: that frame is left out, so the text stays inside the scene's body.
        assertThat(TimelineGraph.overlayFrames(ad, ad.overlays().get(0))).containsExactly(15, 172);
        assertThat(TimelineGraph.overlayFrames(ad, ad.overlays().get(2))).as("the end card, to the last frame").containsExactly(732, 900);
    }

    @Test
    void theSamePlanGetsTheSameFingerprintsWhereverItsFilesAre() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("another/scratch"));
        List<Path> movedClips = new ArrayList<>(), movedTexts = new ArrayList<>();
        for (Path c : clips) movedClips.add(Files.copy(c, elsewhere.resolve("clip_" + c.getFileName())));
        for (Path t : texts) movedTexts.add(Files.copy(t, elsewhere.resolve("text_" + t.getFileName())));
        CompositionPlan moved = AdFixtures.plan(movedClips, SCENES, movedTexts, Files.copy(music, elsewhere.resolve("soundtrack.wav")));

        assertThat(segments(moved)).isEqualTo(segments(ad));
        assertThat(Segments.audioFingerprint(moved, VideoEncoding.DEFAULT, new FileHashes()))
                .isEqualTo(Segments.audioFingerprint(ad, VideoEncoding.DEFAULT, new FileHashes()));
        assertThat(segments(ad)).extracting(Segment::fingerprint).doesNotHaveDuplicates().allMatch(f -> f.matches("[0-9a-f]{64}"));
    }

    @Test
    void anotherOverlayImageChangesOnlyTheSegmentHoldingIt() {
        List<Path> changed = List.of(texts.get(0), AdFixtures.box(dir, Color.MAGENTA, "benefit2.png"), texts.get(2));
        assertThat(differing(ad, AdFixtures.plan(clips, SCENES, changed, music))).containsExactly(BENEFIT_SEGMENT);
    }

    @Test
    void anotherClipChangesItsSceneBodyAndTheTransitionsBesideIt() {
        List<Path> changed = new ArrayList<>(clips);
        changed.set(2, AdFixtures.clip(dir, "smptehdbars=size=320x180:rate=30", 6.5, "s3b.mp4"));
        assertThat(differing(ad, AdFixtures.plan(changed, SCENES, texts, music))).containsExactly(3, 4, 5);
        changed = new ArrayList<>(clips);
        changed.set(0, AdFixtures.clip(dir, "testsrc2=size=320x180:rate=30,hflip", 6.5, "s1b.mp4"));
        assertThat(differing(ad, AdFixtures.plan(changed, SCENES, texts, music))).as("the first scene has one transition")
                .containsExactly(0, 1);
    }

    @Test
    void otherEncoderSettingsChangeEveryFingerprintAndOtherMusicOnlyTheSoundtracks() {
        List<Segment> crf = Segments.of(ad, new VideoEncoding("veryfast", 23, 192), new FileHashes());
        assertThat(IntStream.range(0, crf.size()).filter(i -> crf.get(i).fingerprint().equals(segments(ad).get(i).fingerprint())))
                .isEmpty();
        CompositionPlan otherMusic = new CompositionPlan(ad.clips(), ad.sceneFrames(), ad.transitionFrames(), ad.transition(), ad.overlays(),
                AdFixtures.music(dir, 33), ad.width(), ad.height(), ad.title(),
                ad.comment(), ad.thumbnailFrame());
        assertThat(segments(otherMusic)).isEqualTo(segments(ad));
        assertThat(Segments.audioFingerprint(otherMusic, VideoEncoding.DEFAULT, new FileHashes()))
                .isNotEqualTo(Segments.audioFingerprint(ad, VideoEncoding.DEFAULT, new FileHashes()));
    }

    @Test
    void lengtheningAnEarlierSceneKeepsTheFingerprintsOfWhatFollowsItWhereverItNowStarts() {
        List<Integer> longer = new ArrayList<>(SCENES);
        longer.set(1, SCENES.get(1) + 30);
        List<Segment> before = segments(ad);
        List<Segment> after = segments(AdFixtures.plan(clips, longer, texts, music));

        assertThat(after).hasSameSizeAs(before);
        assertThat(after.subList(0, 2)).as("the first scene and the transition out of it").isEqualTo(before.subList(0, 2));
        assertThat(after.get(2).fingerprint()).as("the longer scene's own body").isNotEqualTo(before.get(2).fingerprint());
        assertThat(after.get(3).fingerprint()).as("the transition out of it, which shows a later stretch of its clip")
                .isNotEqualTo(before.get(3).fingerprint());
        for (int i = 4; i < before.size(); i++) {
            Segment b = before.get(i);
            assertThat(after.get(i)).as("segment %d, a second later", i).isEqualTo(new Segment(b.fromFrame() + 30, b.toFrame() + 30, b.fingerprint()));
        }
    }

    @Test
    void theBoundaryNearestTheMiddleWithRoomOnBothSidesCutsInTwo() {
        List<Integer> boundaries = Segments.boundaries(ad);
        assertThat(Segments.middle(boundaries, 0, 900, 90)).isEqualTo(502);
        assertThat(Segments.middle(boundaries, 322, 517, 90)).as("no boundary with 3 s on each side").isEqualTo(-1);
    }

    @Test
    void aSegmentRendersTheSameFramesAloneAsInsideTheWholeAd() {
        // A text layer fading in and out inside the middle scene's body, and a 24 fps clip.
        CompositionPlan plan = new CompositionPlan(List.of(new ClipSource.Video(clips.get(0)), new ClipSource.Video(clips.get(1)),
                new ClipSource.Video(clips.get(2))), List.of(40, 45, 40), 15, "fade",
                List.of(new CompositionPlan.Overlay(texts.get(1), 20, 20, 1.7, 2.5, true)), music, 320, 180, "t", "c", 0);
        assertRendersTheSameAloneAsWhole(plan, List.of(0, 32, 47, 77, 92, 125));
    }

    @Test
    void aStretchCutInsideATextLayerRendersTheSameFramesAsOnePass() {
        // Two processes may share one scene body with its text: each renders its share of the faded layer.
        CompositionPlan plan = new CompositionPlan(List.of(new ClipSource.Video(clips.get(0)), new ClipSource.Video(clips.get(1)),
                new ClipSource.Video(clips.get(2))), List.of(40, 45, 40), 15, "fade",
                List.of(new CompositionPlan.Overlay(texts.get(1), 20, 20, 1.7, 2.5, true)), music, 320, 180, "t", "c", 0);
        int[] text = TimelineGraph.overlayFrames(plan, plan.overlays().getFirst());
        int cut = (text[0] + text[1]) / 2;
        assertThat(Segments.renderSplits(plan)).contains(cut).doesNotContain(33, 40);
        List<String> whole = rendered(plan, 0, plan.totalFrames());
        assertThat(rendered(plan, 47, cut)).isEqualTo(whole.subList(47, cut));
        assertThat(rendered(plan, cut, 77)).isEqualTo(whole.subList(cut, 77));
        assertThat(whole.get(cut - 3)).as("the text fades over these frames").isNotEqualTo(whole.get(text[0] - 1));
    }

    @Test
    void aLayeredShotRendersTheSameFramesAloneAsInsideTheWholeAd() {
        // Shots rendered from layers by their camera move, at the frame size they are made for.
        CompositionPlan plan = new CompositionPlan(List.of(layers("a", CameraMove.PUSH_IN, 28), layers("b", CameraMove.PAN_RIGHT, 28)),
                List.of(24, 24), 8, "fade", List.of(), music, 1920, 1080, "t", "c", 0);
        assertRendersTheSameAloneAsWhole(plan, List.of(0, 20, 28, 48));
    }

    private static List<Segment> segments(CompositionPlan plan) { return Segments.of(plan, VideoEncoding.DEFAULT, new FileHashes()); }

    /** Indices of the segments whose fingerprints differ (the two plans must cut alike). */
    private static List<Integer> differing(CompositionPlan a, CompositionPlan b) {
        List<Segment> x = segments(a), y = segments(b);
        assertThat(y).extracting(Segment::fromFrame).isEqualTo(x.stream().map(Segment::fromFrame).toList());
        return IntStream.range(0, x.size()).filter(i -> !x.get(i).fingerprint().equals(y.get(i).fingerprint())).boxed().toList();
    }

    private static void assertNoOverlayStraddles(CompositionPlan plan) {
        for (CompositionPlan.Overlay o : plan.overlays()) {
            int[] frames = TimelineGraph.overlayFrames(plan, o);
            assertThat(Segments.boundaries(plan)).as("overlay on frames %d..%d", frames[0], frames[1])
                    .noneMatch(b -> b > frames[0] && b < frames[1]);
        }
    }

    /** Each segment rendered on its own gives exactly the frames the whole timeline rendered in one graph gives there. */
    private void assertRendersTheSameAloneAsWhole(CompositionPlan plan, List<Integer> boundaries) {
        assertThat(Segments.boundaries(plan)).containsExactlyElementsOf(boundaries);
        List<String> whole = rendered(plan, 0, plan.totalFrames());
        assertThat(whole).hasSize(plan.totalFrames());
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            int from = boundaries.get(i), to = boundaries.get(i + 1);
            assertThat(rendered(plan, from, to)).as("frames %d..%d alone", from, to).isEqualTo(whole.subList(from, to));
        }
        assertThat(whole.getFirst()).as("the picture moves").isNotEqualTo(whole.get(boundaries.get(1) - 1));
    }

    /** MD5 of each frame the graph for frames {@code from..to-1} renders, before any encoding. */
    private List<String> rendered(CompositionPlan plan, int from, int to) {
        TimelineGraph.Graph g = TimelineGraph.of(plan, from, to, false, true);
        Path md5 = dir.resolve("rendered_" + from + ".md5"), check = dir.resolve("check_" + from);
        List<String> args = new ArrayList<>(List.of("-y"));
        for (Path in : g.inputs()) args.addAll(List.of("-i", in.toString()));
        // At 30 fps, as the encode takes them (a layered shot's links say 25 fps, which would drop frames here).
        args.addAll(List.of("-filter_complex", g.filter(), "-map", "[vout]", "-r", "30", "-f", "framemd5", md5.toString()));
        try {
            Files.createDirectories(check);
            args.addAll(PictureCheck.outputs(check, "f"));
            FFMPEG.run(args);
            return Files.readAllLines(md5).stream().filter(l -> !l.startsWith("#")).map(l -> l.substring(l.lastIndexOf(',') + 1).strip()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A shot from layers: a plate bigger than the frame with a gradient and a grid, and a product. */
    private ClipSource layers(String name, CameraMove move, int frames) {
        Path layerDir = dir.resolve("layers_" + name);
        BufferedImage plate = new BufferedImage(2304, 1296, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = plate.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 110), 2304, 1296, new Color(240, 200, 150)));
        g.fillRect(0, 0, 2304, 1296);
        g.setColor(new Color(255, 255, 255, 90));
        for (int x = 0; x < 2304; x += 96) g.drawLine(x, 0, x, 1296);
        for (int y = 0; y < 1296; y += 96) g.drawLine(0, y, 2304, y);
        g.dispose();
        BufferedImage product = new BufferedImage(600, 900, BufferedImage.TYPE_INT_ARGB);
        g = product.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 80));
        g.fillRoundRect(150, 150, 300, 700, 80, 80);
        g.setColor(new Color(245, 235, 220));
        g.fillRect(170, 400, 260, 200);
        g.dispose();
        SceneLayers l = new SceneLayers(ProductShots.writePng(plate, layerDir.resolve("background.png")),
                ProductShots.writePng(product, layerDir.resolve("product.png")), null, null);
        return new ClipSource.Layers(l, new SceneSpec(1, "setup", move, "calm", frames / 30.0, 0.8, 0.9, 7), AspectRatio.LANDSCAPE);
    }
}
