package video.zapcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.media.scene.ImageChecks;
import video.zapcut.testing.Ffprobe;
import video.zapcut.testing.ProductShots;

/** The one-pass composer, run for real on clips of mixed size, rate and length. */
class ComposerTest {
    static final Ffmpeg FFMPEG = Ffmpeg.locate(Path.of(System.getProperty("java.io.tmpdir"), "zapcut-test-bin"));

    @TempDir
    Path dir;

    @Test
    void normalisesMixedClipsAndLandsOnTheExactFrameCountWithMusicAndMetadata() {
        // One clip like ours (1080p30), one like a vendor's (720p24, too short), one square.
        Path a = clip("testsrc2=size=1920x1080:rate=30", 1.6, "a.mp4");
        Path b = clip("testsrc=size=1280x720:rate=24", 0.8, "b.mp4");
        Path c = clip("smptebars=size=1080x1080:rate=30", 2.0, "c.mp4");
        Path music = music(5);
        Path overlay = whiteBox();

        CompositionPlan plan = new CompositionPlan(List.of(new ClipSource.Video(a), new ClipSource.Video(b), new ClipSource.Video(c)), List.of(30, 30, 45), 15, "fade",
                List.of(new CompositionPlan.Overlay(overlay, 100, 100, 0.5, 1.5, true),
                        new CompositionPlan.Overlay(overlay, 200, 800, 2.2, 3.5, false)),
                music, 1920, 1080, "Test Ad", "AI-generated test", 60);
        Path out = dir.resolve("final.mp4");
        List<Double> told = new java.util.ArrayList<>();
        PictureCheck.Findings checks = new Composer(FFMPEG, VideoEncoding.DEFAULT, false).compose(plan, out, dir.resolve("thumb.jpg"),
                dir.resolve("check"), told::add);

        Ffprobe.Facts f = Ffprobe.probe(out);
        assertThat(f.videoCodec()).isEqualTo("h264");
        assertThat(f.pixFmt()).isEqualTo("yuv420p");
        assertThat(f.width()).isEqualTo(1920);
        assertThat(f.height()).isEqualTo(1080);
        assertThat(f.fps()).isEqualTo(30.0);
        assertThat(f.frames()).isEqualTo(105);
        assertThat(AdFixtures.keyframes(out)).as("the segment boundary (the others lie under the text) is an IDR frame")
                .contains(0, 52);
        assertThat(f.audioCodec()).isEqualTo("aac");
        assertThat(f.sampleRate()).isEqualTo(48000);
        assertThat(f.channels()).isEqualTo(2);
        assertThat(f.duration()).isBetween(3.5 - 1 / 30.0, 3.5 + 1 / 30.0);
        assertThat(f.title()).isEqualTo("Test Ad");
        assertThat(f.comment()).isEqualTo("AI-generated test");
        assertThat(f.faststart()).isTrue();
        assertThat(checks.sampledFrames()).as("one frame every 3 s of 3.5 s").hasSizeBetween(1, 2);
        assertThat(dir.resolve("thumb.jpg")).isNotEmptyFile();
        assertThat(checks.blackStretches()).isEmpty();
        assertThat(told).as("progress told: " + told).isNotEmpty().isSorted();
        assertThat(told.getLast()).isEqualTo(1.0);
    }

    @Test
    void transitionsAreCentredOnTheCuts() {
        CompositionPlan plan = new CompositionPlan(List.of(new ClipSource.Video(dir), new ClipSource.Video(dir), new ClipSource.Video(dir)), List.of(60, 90, 30), 15, "fade", List.of(),
                dir, 1920, 1080, "t", "c", 0);
        assertThat(plan.clipFrames(0)).isEqualTo(60 + 7);
        assertThat(plan.clipFrames(1)).isEqualTo(8 + 90 + 7);
        assertThat(plan.clipFrames(2)).isEqualTo(8 + 30);
        assertThat(plan.transitionStartFrame(1)).isEqualTo(60 - 8);
        assertThat(plan.transitionStartFrame(2)).isEqualTo(150 - 8);
        String graph = new Composer(FFMPEG, VideoEncoding.DEFAULT).filterGraph(plan).filter();
        assertThat(graph).contains("[t0][h1]xfade=transition=fade:duration=0.5000:offset=0")
                .contains("trim=end_frame=105").contains("concat=n=5").contains("atrim=end=6.0000");
    }

    @Test
    void aLongerAdIsComposedInTwoPartsThatJoinSeamlesslyWithTheWholeSoundtrack() {
        Path a = clip("testsrc2=size=1920x1080:rate=30", 4.0, "a.mp4");
        Path b = clip("testsrc=size=1280x720:rate=24", 5.0, "b.mp4");
        Path c = clip("smptebars=size=1920x1080:rate=30", 4.0, "c.mp4");
        Path music = music(12);
        Path overlay = whiteBox();
        CompositionPlan plan = new CompositionPlan(List.of(new ClipSource.Video(a), new ClipSource.Video(b), new ClipSource.Video(c)),
                List.of(90, 120, 90), 15, "fade",
                List.of(new CompositionPlan.Overlay(overlay, 100, 100, 0.5, 2.5, true),
                        new CompositionPlan.Overlay(overlay, 200, 800, 8.4, 10.0, false)),
                music, 1920, 1080, "Test Ad", "AI-generated test", 150);
        int split = Composer.splitFrame(plan);
        assertThat(split).as("the middle frame: inside the middle scene's body, no transition on it").isEqualTo(150);

        Path out = dir.resolve("final.mp4");
        List<Double> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        PictureCheck.Findings checks = new Composer(FFMPEG, VideoEncoding.DEFAULT, true).compose(plan, out, dir.resolve("thumb.jpg"),
                dir.resolve("check"), told::add);

        Ffprobe.Facts f = Ffprobe.probe(out);
        assertThat(f.videoCodec()).isEqualTo("h264");
        assertThat(f.width()).isEqualTo(1920);
        assertThat(f.fps()).isEqualTo(30.0);
        assertThat(f.frames()).isEqualTo(300);
        assertThat(AdFixtures.keyframes(out)).as("every segment boundary, the cut between the parts too").contains(0, 82, 97, 150, 202, 217);
        assertThat(f.audioCodec()).isEqualTo("aac");
        assertThat(f.sampleRate()).isEqualTo(48000);
        assertThat(f.channels()).isEqualTo(2);
        assertThat(f.duration()).isBetween(10 - 1 / 30.0, 10 + 1 / 30.0);
        assertThat(f.title()).isEqualTo("Test Ad");
        assertThat(f.faststart()).isTrue();
        // The branch samples each part from its start, one frame for each started 3 s: 2 of each 5 s half.
        assertThat(checks.sampledFrames()).as("one frame at each 3 s mark, however many pieces").hasSize(4);
        // Each sampled frame is the ad's frame at its mark, wherever the pieces were cut: like the encoded
        // frame there, and less like one two thirds of a second later where the picture moves.
        for (int i = 0; i < checks.sampledFrames().size(); i++) {
            java.awt.image.BufferedImage sample = readPng(checks.sampledFrames().get(i));
            java.awt.image.BufferedImage at = Ffprobe.frame(out, 90 * i, 320), later = Ffprobe.frame(out, 90 * i + 20, 320);
            assertThat(ImageChecks.meanAbsDiff(sample, at)).as("sample %d", i).isLessThan(4);
            if (ImageChecks.meanAbsDiff(at, later) > 8) {
                assertThat(ImageChecks.meanAbsDiff(sample, at))
                        .isLessThan(ImageChecks.meanAbsDiff(sample, later));
            }
        }
        assertThat(checks.blackStretches()).isEmpty();
        assertThat(checks.frozenStretches()).isEmpty();
        assertThat(dir).isDirectoryNotContaining("glob:**/part_*.mp4");
        // Both parts' frames count toward one share of the ad, which only grows and ends whole.
        assertThat(told).as("progress told: " + told).isSorted().doesNotHaveDuplicates();
        assertThat(told.getLast()).isEqualTo(1.0);
    }

    @Test
    void stretchesMeetingAtThePartBoundaryAreJoinedBeforeTheyAreJudgedByLength() {
        PictureCheck.Stretches first = PictureCheck.parseRaw("freeze_start: 9.2\nblack_start:1.0 black_end:1.3\n", 10.0);
        PictureCheck.Stretches second = PictureCheck.parseRaw("freeze_start: 0.0\nfreeze_duration: 0.9\nfreeze_end: 0.9\n", 5.0);
        PictureCheck.Stretches s = PictureCheck.join(List.of(new PictureCheck.Placed(first, 0), new PictureCheck.Placed(second, 10.0)));
        assertThat(s.frozen()).hasSize(1);
        assertThat(s.frozen().get(0)).containsExactly(9.2, 10.9);
        assertThat(s.black()).as("0.3 s of black is shorter than a one-pass check reports").isEmpty();
    }

    @Test
    void aShortAdIsComposedInOnePassAndALongOneSplitsOutsideItsTransitionsEvenUnderText() {
        CompositionPlan shortAd = new CompositionPlan(List.of(new ClipSource.Video(dir), new ClipSource.Video(dir)), List.of(60, 60),
                15, "fade", List.of(), dir, 1920, 1080, "t", "c", 0);
        assertThat(Composer.splitFrame(shortAd)).isEqualTo(-1);
        CompositionPlan texted = new CompositionPlan(List.of(new ClipSource.Video(dir), new ClipSource.Video(dir)), List.of(150, 150),
                15, "fade", List.of(new CompositionPlan.Overlay(dir, 0, 0, 0, 10, false)), dir, 1920, 1080, "t", "c", 0);
        assertThat(Composer.splitFrame(texted)).as("the middle (150) is inside the transition; the first frame after it")
                .isEqualTo(157);
    }

    /** A 440 Hz stereo tone of {@code seconds} at 48 kHz, as the soundtrack. */
    private Path music(int seconds) {
        Path music = dir.resolve("music.wav");
        FFMPEG.run(List.of("-y", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + seconds, "-ac", "2",
                music.toString()));
        return music;
    }

    /** A white 380x80 box on a transparent 400x100 layer, as a text overlay. */
    private Path whiteBox() {
        BufferedImage text = new BufferedImage(400, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = text.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(10, 10, 380, 80);
        g.dispose();
        return ProductShots.writePng(text, dir.resolve("overlay.png"));
    }

    private Path clip(String source, double seconds, String name) {
        Path out = dir.resolve(name);
        FFMPEG.run(List.of("-y", "-f", "lavfi", "-i", source, "-t", Double.toString(seconds), "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", out.toString()));
        return out;
    }

    private static java.awt.image.BufferedImage readPng(Path png) {
        try {
            return javax.imageio.ImageIO.read(png.toFile());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
