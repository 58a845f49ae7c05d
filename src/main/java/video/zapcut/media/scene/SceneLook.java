package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import video.zapcut.common.Rgb;

/**
 * How a scene ends, as far as the next scene's look is concerned: its overall colour and where its
 * moving light finished. Saved next to the layers (look.properties) so the keyframe chain survives the
 * pipeline persisting and restoring scenes; recomputed from the PNGs when the file is missing.
 *
 * @param mean   mean colour of the last frame (approximated by the keyframe: moves barely change it)
 * @param lightX where the light sweep ended, fraction of frame width
 * @param lightY where the light sweep ended, fraction of frame height
 */
record SceneLook(Rgb mean, double lightX, double lightY) {
    static final String FILE = "look.properties";

    static SceneLook read(SceneLayers layers) {
        Path dir = layers.keyframe().toAbsolutePath().getParent();
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
                return new SceneLook(Rgb.hex(p.getProperty("mean")), Double.parseDouble(p.getProperty("lightX")),
                        Double.parseDouble(p.getProperty("lightY")));
            } catch (IOException | RuntimeException e) {
                // A damaged sidecar only costs precision: fall through to measuring the images.
            }
        }
        BufferedImage key = Raster.read(layers.keyframe());
        Rgb mean = Raster.mean(key, null);
        double lx = 0.5, ly = 0.3;
        if (layers.light() != null && Files.isRegularFile(layers.light())) {
            BufferedImage light = Raster.read(layers.light());
            double[] c = Raster.alphaCentroid(light);
            if (c != null) {
                // The light layer is centred on the frame, so centroid minus margin is frame position.
                lx = (c[0] - (light.getWidth() - key.getWidth()) / 2.0) / key.getWidth();
                ly = (c[1] - (light.getHeight() - key.getHeight()) / 2.0) / key.getHeight();
            }
        }
        return new SceneLook(mean, lx, ly);
    }

    void write(Path dir) {
        Properties p = new Properties();
        p.setProperty("mean", mean.toHex());
        p.setProperty("lightX", String.format(Locale.ROOT, "%.4f", lightX));
        p.setProperty("lightY", String.format(Locale.ROOT, "%.4f", lightY));
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE))) {
            p.store(w, "how this scene ends; read by the next scene for colour and light continuity");
        } catch (IOException e) {
            throw new video.zapcut.media.MediaException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Shifts {@code img} (in place) so its mean colour {@code current} moves toward {@code target}: the
     * colour cast by {@code 0.8 * strength}, brightness only by {@code 0.45 * strength}. Hue carrying over
     * is what makes a cut feel continuous; brightness is left freer so a climax can still go darker.
     */
    static void pullToward(BufferedImage img, Rgb current, Rgb target, double strength) {
        double s = Math.max(0, Math.min(1, strength));
        if (s == 0) return;
        double[] c = ycc(current), t = ycc(target);
        double gain = Math.max(0.75, Math.min(1.33, (c[0] + (t[0] - c[0]) * 0.45 * s + 1) / (c[0] + 1)));
        double dcb = (t[1] - c[1]) * 0.8 * s, dcr = (t[2] - c[2]) * 0.8 * s;
        int dr = (int) Math.round(1.402 * dcr), dg = (int) Math.round(-0.344 * dcb - 0.714 * dcr), db = (int) Math.round(1.772 * dcb);
        int[] px = Raster.pixels(img);
        int[][] lut = new int[3][256];
        for (int v = 0; v < 256; v++) {
            lut[0][v] = Raster.clamp(v * gain + dr);
            lut[1][v] = Raster.clamp(v * gain + dg);
            lut[2][v] = Raster.clamp(v * gain + db);
        }
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            px[i] = (p & 0xff000000) | (lut[0][(p >> 16) & 0xff] << 16) | (lut[1][(p >> 8) & 0xff] << 8) | lut[2][p & 0xff];
        }
    }

    private static double[] ycc(Rgb c) {
        double y = 0.299 * c.r() + 0.587 * c.g() + 0.114 * c.b();
        return new double[] {y, (c.b() - y) / 1.772, (c.r() - y) / 1.402};
    }
}
