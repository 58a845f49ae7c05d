package video.zapcut.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast reader must see exactly the pixels ImageIO sees, and leave files it does not handle to ImageIO. */
class PngReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheLayerWritersFilesPixelForPixel() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage img = noise(333, 211, type);
            Path file = tmp.resolve("layer_" + type + ".png");
            Raster.writePng(img, file);
            assertSamePixels(PngReader.read(file), Raster.intPixels(ImageIO.read(file.toFile())));
            assertSamePixels(PngReader.read(file), img);
        }
    }

    @Test
    void readsImageIosAdaptiveFiltersToo() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage img = gradientWithNoise(257, 190, type);
            Path file = tmp.resolve("imageio_" + type + ".png");
            ImageIO.write(img, "png", file.toFile());
            BufferedImage fast = PngReader.read(file);
            assertThat(fast).as("8-bit RGB/RGBA from ImageIO is handled").isNotNull();
            assertSamePixels(fast, Raster.intPixels(ImageIO.read(file.toFile())));
        }
    }

    @Test
    void leavesOtherKindsToImageIo() throws Exception {
        BufferedImage gray = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        Path file = tmp.resolve("gray.png");
        ImageIO.write(gray, "png", file.toFile());
        assertThat(PngReader.read(file)).isNull();
        Path text = tmp.resolve("text.png");
        Files.writeString(text, "not a png at all");
        assertThat(PngReader.read(text)).isNull();
        assertThat(Raster.read(file).getWidth()).as("Raster.read falls back to ImageIO").isEqualTo(40);
    }

    private static BufferedImage noise(int w, int h, int type) {
        Random r = new Random(7);
        BufferedImage img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, r.nextInt());
        return img;
    }

    private static BufferedImage gradientWithNoise(int w, int h, int type) {
        Random r = new Random(11);
        BufferedImage img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = (x * 255 / w), g = (y * 255 / h), b = (x + y) % 256;
                img.setRGB(x, y, (a << 24) | ((x * 3 + r.nextInt(4)) % 256) << 16 | g << 8 | b);
            }
        }
        return img;
    }

    private static void assertSamePixels(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        assertThat(a.getColorModel().hasAlpha()).isEqualTo(b.getColorModel().hasAlpha());
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    throw new AssertionError("pixel " + x + "," + y + ": " + Integer.toHexString(a.getRGB(x, y)) + " vs "
                            + Integer.toHexString(b.getRGB(x, y)));
                }
            }
        }
    }
}
