package video.zapcut.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import video.zapcut.testing.ProductShots;

/**
 * Small media for composition tests: an ad shaped like ours (five scenes, 30 s, a headline, a benefit
 * line and an end card) at 320x180, from generated clips, boxes for texts and a tone for music.
 */
final class AdFixtures {
    static final Ffmpeg FFMPEG = ComposerTest.FFMPEG;
    static final List<Integer> SCENES = List.of(180, 150, 180, 210, 180);
    /** Where the segments of that ad start: each scene's body and each transition (15 frames, centred on the cut). */
    static final List<Integer> STARTS = List.of(0, 172, 187, 322, 337, 502, 517, 712, 727);
    /** The climax's body, where the benefit line shows. */
    static final int BENEFIT_SEGMENT = 6;

    private AdFixtures() {}

    /** The five scenes' clips: mostly like ours, one like a vendor's (24 fps, another size). */
    static List<Path> clips(Path dir) {
        return List.of(clip(dir, "testsrc2=size=320x180:rate=30", 6.5, "s1.mp4"),
                clip(dir, "testsrc=size=480x270:rate=24", 5.5, "s2.mp4"),
                clip(dir, "smptebars=size=320x180:rate=30", 6.5, "s3.mp4"),
                clip(dir, "rgbtestsrc=size=320x180:rate=30", 7.5, "s4.mp4"),
                clip(dir, "testsrc2=size=320x180:rate=30,negate", 6.5, "s5.mp4"));
    }

    /** The headline, the benefit line and the end card. */
    static List<Path> texts(Path dir) {
        return List.of(box(dir, Color.WHITE, "headline.png"), box(dir, Color.YELLOW, "benefit.png"), box(dir, Color.CYAN, "endcard.png"));
    }

    /** The ad as the composition stage plans it: texts placed relative to their scenes. */
    static CompositionPlan plan(List<Path> clips, List<Integer> scenes, List<Path> texts, Path music) {
        double[] start = new double[scenes.size() + 1];
        for (int i = 0; i < scenes.size(); i++) start[i + 1] = start[i] + scenes.get(i) / 30.0;
        double total = start[scenes.size()];
        List<CompositionPlan.Overlay> o = List.of(
                new CompositionPlan.Overlay(texts.get(0), 20, 20, start[0] + 0.5, start[1] - 0.25, true),
                new CompositionPlan.Overlay(texts.get(1), 20, 120, start[3] + 0.4, start[4] - 0.25, true),
                new CompositionPlan.Overlay(texts.get(2), 100, 70, start[4] + 0.4, total, false));
        int thumbnail = (int) Math.round((start[3] + (start[4] - start[3]) * 0.6) * 30);
        return new CompositionPlan(clips.stream().<ClipSource>map(ClipSource.Video::new).toList(), scenes, 15, "fade", o, music,
                320, 180, "Segments Ad", "AI-generated test", thumbnail);
    }

    /** A 440 Hz stereo tone of {@code seconds} at 48 kHz, as the soundtrack. */
    static Path music(Path dir, int seconds) {
        Path music = dir.resolve("music.wav");
        FFMPEG.run(List.of("-y", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + seconds, "-ac", "2",
                music.toString()));
        return music;
    }

    /** A {@code color} 120x36 box on a transparent 130x46 layer, as a text overlay. */
    static Path box(Path dir, Color color, String name) {
        BufferedImage text = new BufferedImage(130, 46, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = text.createGraphics();
        g.setColor(color);
        g.fillRect(5, 5, 120, 36);
        g.dispose();
        return ProductShots.writePng(text, dir.resolve(name));
    }

    /** Frame numbers of the keyframes, as Debian's ffprobe decodes them. */
    static List<Integer> keyframes(Path video) {
        try {
            Process p = new ProcessBuilder("/usr/bin/ffprobe", "-v", "error", "-select_streams", "v", "-show_entries",
                    "frame=key_frame,pict_type", "-of", "csv", video.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> frames = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("frame,")).toList();
            if (p.waitFor() != 0) throw new AssertionError("ffprobe failed on " + video);
            return IntStream.range(0, frames.size()).filter(i -> frames.get(i).startsWith("frame,1,I")).boxed().toList();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static Path clip(Path dir, String source, double seconds, String name) {
        Path out = dir.resolve(name);
        FFMPEG.run(List.of("-y", "-f", "lavfi", "-i", source, "-t", Double.toString(seconds), "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv420p", out.toString()));
        return out;
    }
}
