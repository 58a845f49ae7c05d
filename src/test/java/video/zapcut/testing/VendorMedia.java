package video.zapcut.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import video.zapcut.media.Ffmpeg;

/** What vendors would send back, made here with FFmpeg: 24 fps 720p clips and audio tracks. */
public final class VendorMedia {
    public static final Ffmpeg FFMPEG = Ffmpeg.locate(Path.of(System.getProperty("java.io.tmpdir"), "zapcut-bin"));

    private VendorMedia() {}

    /** A {@code seconds}-long 24 fps clip of {@code w}x{@code h} test pattern (what Veo/Kling return). */
    public static byte[] clip(int w, int h, double seconds) {
        return make("clip.mp4", List.of("-f", "lavfi", "-i", String.format(Locale.ROOT, "testsrc2=size=%dx%d:rate=24:duration=%.2f", w, h, seconds),
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
    }

    /**
     * A {@code seconds}-long 24 fps clip of the demo's Luna bottle standing on a set in {@code backdrop}, the
     * camera panning slowly across it: what an image-to-video model makes of an on-brand keyframe (and,
     * with a backdrop off the brand's palette, of one it drifted from).
     */
    public static byte[] productClip(int w, int h, double seconds, java.awt.Color backdrop) {
        java.awt.image.BufferedImage frame = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = frame.createGraphics();
        g.setColor(backdrop);
        g.fillRect(0, 0, w, h);
        g.drawImage(ProductShots.luna(h, backdrop), (w - h) / 2, 0, null);
        g.dispose();
        try {
            Path dir = Files.createTempDirectory("vendor-frame");
            Path still = ProductShots.writePng(frame, dir.resolve("frame.png"));
            int frames = (int) Math.round(seconds * 24);
            byte[] clip = make("clip.mp4", List.of("-loop", "1", "-framerate", "24", "-i", still.toString(), "-vf",
                    String.format(Locale.ROOT, "scale=%d:%d,crop=%d:%d:x='(in_w-out_w)*n/%d':y='(in_h-out_h)/2',format=yuv420p",
                            Math.round(w * 1.06), Math.round(h * 1.06), w, h, Math.max(1, frames - 1)),
                    "-frames:v", String.valueOf(frames), "-c:v", "libx264", "-preset", "ultrafast"));
            Files.delete(still);
            Files.delete(dir);
            return clip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code seconds}-long 48 kHz stereo WAV of a chord. */
    public static byte[] music(double seconds) {
        return make("music.wav", List.of("-f", "lavfi", "-i", String.format(Locale.ROOT,
                "aevalsrc=0.2*sin(2*PI*220*t)+0.15*sin(2*PI*277*t)+0.1*sin(2*PI*330*t)|0.2*sin(2*PI*221*t)+0.15*sin(2*PI*330*t):s=48000:d=%.2f",
                seconds), "-c:a", "pcm_s16le"));
    }

    private static byte[] make(String name, List<String> args) {
        try {
            Path dir = Files.createTempDirectory("vendor-media");
            Path out = dir.resolve(name);
            List<String> all = new java.util.ArrayList<>(List.of("-y"));
            all.addAll(args);
            all.add(out.toString());
            FFMPEG.run(all);
            byte[] bytes = Files.readAllBytes(out);
            Files.delete(out);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
