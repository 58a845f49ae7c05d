package video.zapcut.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import video.zapcut.common.Rgb;
import video.zapcut.testing.ProductShots;

class ProductMatchTest {
    private static final Rgb CREAM = Rgb.hex("#F1E6CF");
    /** The red bottle with its gold cap and black label, cut out of its white studio photo. */
    private static final ProductMatch BOTTLE = ProductMatch.of(ProductCutouts.extract(TestImages.bottle(400, 500, TestImages.WHITE)).image());

    @Test
    void findsTheProductSmallerOnAnotherBackdropAndSaysWhere() {
        // A 16:9 frame with the bottle a little over half its height, right of centre, on a cream set.
        BufferedImage frame = scene(960, 540, CREAM, 560, 120, 240, 300);

        ProductMatch.Found found = BOTTLE.find(frame);

        assertThat(found.score()).isGreaterThan(0.8);
        // The best window overlaps the bottle's box by most of its own area.
        assertThat(overlap(found, 560 + 0.34 * 240, 120 + 0.09 * 300, 0.32 * 240, 0.81 * 300)).isGreaterThan(0.6);
    }

    @Test
    void survivesGradingAndCompression() {
        BufferedImage frame = TestImages.jpegRoundTrip(darker(scene(1280, 720, CREAM, 400, 80, 400, 500), 0.85), 0.6f);

        assertThat(BOTTLE.score(frame)).isGreaterThan(0.7);
    }

    @Test
    void framesWithoutTheProductScoreLow() {
        assertThat(BOTTLE.score(TestImages.flat(960, 540, CREAM))).as("the empty set").isLessThan(0.2);
        // Its own main colour everywhere is not the bottle: the cap and label are missing, and in the wrong places.
        assertThat(BOTTLE.score(TestImages.flat(960, 540, TestImages.BOTTLE_RED))).as("a red wall").isLessThan(0.5);
        assertThat(BOTTLE.score(TestImages.box(960, 540, TestImages.GOLD, CREAM))).as("another product").isLessThan(0.3);
    }

    /**
     * Random blobs of every colour: the amber bottle with its cream label is not there. (The red bottle,
     * nearly one colour, finds a red blob of its shape there at 0.56: a colour layout cannot tell a
     * one-colour product from a patch of that colour, which docs/brand-check.md names as the measure's limit.)
     */
    @Test
    void aBusySetDoesNotShowATwoColourProduct() {
        ProductMatch luna = ProductMatch.of(ProductCutouts.extract(ProductShots.luna(600)).image());

        assertThat(luna.score(TestImages.busyScene(960, 540))).isLessThan(0.3);
        assertThat(luna.score(ProductShots.luna(720))).as("its own photo").isGreaterThan(0.9);
    }

    @Test
    void theProductScoresFarAboveTheSameSetWithoutIt() {
        double with = BOTTLE.score(scene(960, 540, CREAM, 360, 100, 240, 300));
        double without = BOTTLE.score(TestImages.flat(960, 540, CREAM));

        assertThat(with - without).isGreaterThan(0.6);
    }

    /** The bottle drawn into a {@code w} x {@code h} box at ({@code x}, {@code y}) of a frame in {@code backdrop}. */
    private static BufferedImage scene(int width, int height, Rgb backdrop, int x, int y, int w, int h) {
        BufferedImage frame = TestImages.flat(width, height, backdrop);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(x, y);
        TestImages.drawBottle(g, w, h);
        g.dispose();
        return frame;
    }

    private static BufferedImage darker(BufferedImage image, double factor) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                out.setRGB(x, y, new Color((int) (c.getRed() * factor), (int) (c.getGreen() * factor), (int) (c.getBlue() * factor)).getRGB());
            }
        }
        return out;
    }

    /** Share of the found window's area inside the given box. */
    private static double overlap(ProductMatch.Found f, double x, double y, double w, double h) {
        double ix = Math.max(0, Math.min(f.x() + f.width(), x + w) - Math.max(f.x(), x));
        double iy = Math.max(0, Math.min(f.y() + f.height(), y + h) - Math.max(f.y(), y));
        return ix * iy / ((double) f.width() * f.height());
    }
}
