package video.zapcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.media.scene.FastPng;

/**
 * Keyframes found from the container and grabbed alone, on an H.264 file with B-frames (whose decode order
 * differs from the pictures' order) where every frame is a flat grey of its own: the grabbed picture must be
 * the frame the number says.
 */
class FrameGrabberTest {
    @TempDir
    Path dir;

    @Test
    void keyframesAreNumberedAsShownAndGrabbedAsAsked() {
        Path video = dir.resolve("greys.mp4");
        // frame n is grey 3n + 20; a keyframe every 20 frames and one forced at frame 47
        AdFixtures.FFMPEG.run(List.of("-y", "-f", "lavfi", "-i", "nullsrc=size=128x72:rate=30,geq=lum='3*N+20':cb=128:cr=128",
                "-frames:v", "75", "-c:v", "libx264", "-preset", "veryfast", "-bf", "3", "-g", "20", "-sc_threshold", "0",
                "-force_key_frames", String.format(Locale.ROOT, "%.6f", 47 / 30.0), "-pix_fmt", "yuv420p", video.toString()));
        FrameGrabber grabber = new FrameGrabber(AdFixtures.FFMPEG);

        List<Integer> keyframes = grabber.keyframeNumbers(video);

        assertThat(keyframes).contains(0, 20, 47).allMatch(k -> k >= 0 && k < 75);
        List<FrameGrabber.Grab> grabs = new ArrayList<>();
        for (int k : keyframes) grabs.add(new FrameGrabber.Grab(video, k, dir.resolve("k" + k + ".png"), 0, new Rectangle(8, 8, 32, 16)));
        // a second crop of frame 20 shares its decode (split in the graph); frame 40 again, scaled, shares its
        grabs.add(new FrameGrabber.Grab(video, 20, dir.resolve("k20b.png"), 0, new Rectangle(64, 40, 16, 16)));
        grabs.add(new FrameGrabber.Grab(video, 40, dir.resolve("k40w.png"), 64));
        grabber.keyframes(grabs);

        for (FrameGrabber.Grab g : grabs.subList(0, keyframes.size())) assertThat(FastPng.read(g.out()).getWidth()).as("cropped").isEqualTo(32);
        assertThat(FastPng.read(dir.resolve("k20b.png")).getWidth()).isEqualTo(16);
        assertThat(FastPng.read(dir.resolve("k40w.png")).getWidth()).as("scaled").isEqualTo(64);
        for (FrameGrabber.Grab g : grabs) {
            BufferedImage img = FastPng.read(g.out());
            int grey = img.getRGB(img.getWidth() / 2, img.getHeight() / 2) & 0xff;
            double expected = (3 * g.frame() + 20 - 16) * 255.0 / 219;   // luma 3n + 20, limited range to RGB
            assertThat(Math.abs(grey - expected)).as("keyframe %d shows grey %d", g.frame(), grey).isLessThanOrEqualTo(5);
        }
    }
}
