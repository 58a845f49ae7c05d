package video.zapcut.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import video.zapcut.common.Rgb;

class ProductCutoutsTest {

    @Test
    void cutsBottleOutOfWhiteStudioShot() {
        BufferedImage photo = TestImages.bottle(480, 600, TestImages.WHITE);

        ProductCutout cutout = ProductCutouts.extract(photo);

        assertThat(cutout.plainBackground()).isTrue();
        assertThat(cutout.background().deltaE(TestImages.WHITE)).isLessThan(2);
        assertThat(cutout.productMask()).isCloseTo(shapeShare(480, 600), within(0.01));
        assertCroppedToBottle(cutout, 480, 600);
        assertTransparentCornersAndOpaqueBody(cutout);
    }

    @Test
    void cutsBottleOutOfPastelBackdropDespiteJpegNoise() {
        BufferedImage photo = TestImages.jpegRoundTrip(TestImages.bottle(480, 600, TestImages.PASTEL), 0.6f);

        ProductCutout cutout = ProductCutouts.extract(photo);

        assertThat(cutout.plainBackground()).isTrue();
        assertThat(cutout.background().deltaE(TestImages.PASTEL)).isLessThan(3);
        assertThat(cutout.productMask()).isCloseTo(shapeShare(480, 600), within(0.015));
        assertCroppedToBottle(cutout, 480, 600);
        assertTransparentCornersAndOpaqueBody(cutout);
        // No JPEG speckles survive as stray visible pixels: what is visible is the product's area.
        double cropArea = (double) cutout.image().getWidth() * cutout.image().getHeight();
        assertThat(share(cutout.image(), a -> a > 0)).as("visible share of the crop")
                .isCloseTo(cutout.productMask() * 480 * 600 / cropArea, within(0.01));
    }

    @Test
    void tracesTheOutlineAtFullResolutionNotAtTheAnalysisResolution() {
        // 2100x2600 is analysed at 323x400, so one analysis pixel spans 6.5 photo pixels and its grid
        // does not line up with the bottle's edges.
        int w = 2100, h = 2600;
        BufferedImage photo = TestImages.jpegRoundTrip(TestImages.bottle(w, h, TestImages.WHITE), 0.85f);

        ProductCutout cutout = ProductCutouts.extract(photo);

        assertThat(cutout.plainBackground()).isTrue();
        assertThat(cutout.productMask()).isCloseTo(shapeShare(w, h), within(0.01));
        // Scaling the analysis mask up unrefined misplaces the outline by ~2.5 pixels on average;
        // judging edge pixels by their own color brings that under one pixel.
        assertThat(outlineErrorInPixels(cutout, w, h)).isLessThan(1.5);
    }

    @Test
    void feathersTheEdgeInwardByAPixelOrTwo() {
        BufferedImage photo = TestImages.bottle(480, 600, TestImages.WHITE);
        ProductCutout cutout = ProductCutouts.extract(photo);
        BufferedImage image = cutout.image();
        int row = image.getHeight() / 2;

        int firstVisible = -1, firstSolid = -1;
        for (int x = 0; x < image.getWidth() && firstSolid < 0; x++) {
            int alpha = image.getRGB(x, row) >>> 24;
            if (alpha > 0 && firstVisible < 0) firstVisible = x;
            if (alpha == 255) firstSolid = x;
        }
        assertThat(firstVisible).isPositive();
        assertThat(image.getRGB(firstVisible, row) >>> 24).as("edge alpha").isBetween(1, 254);
        assertThat(firstSolid - firstVisible).as("feather width").isBetween(1, 2);
        // Inward only: the soft edge pixels carry product color, not a rim of the white backdrop.
        assertThat(Rgb.of(image.getRGB(firstVisible, row)).deltaE(TestImages.WHITE)).isGreaterThan(30);
    }

    @Test
    void returnsLifestylePhotoWhole() {
        BufferedImage photo = TestImages.busyScene(400, 300);

        ProductCutout cutout = ProductCutouts.extract(photo);

        assertThat(cutout.plainBackground()).isFalse();
        assertThat(cutout.productMask()).isEqualTo(1.0);
        assertThat(cutout.image().getWidth()).isEqualTo(400);
        assertThat(cutout.image().getHeight()).isEqualTo(300);
        assertThat(cutout.image().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(share(cutout.image(), a -> a == 255)).isEqualTo(1.0);
        assertThat(cutout.image().getRGB(123, 77)).isEqualTo(photo.getRGB(123, 77));
    }

    @Test
    void treatsAnEmptyBackdropAsNotPlain() {
        ProductCutout cutout = ProductCutouts.extract(TestImages.jpegRoundTrip(TestImages.flat(300, 300, TestImages.PASTEL), 0.7f));

        assertThat(cutout.plainBackground()).isFalse();
        assertThat(cutout.productMask()).isEqualTo(1.0);
        assertThat(cutout.image().getWidth()).isEqualTo(300);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 7", "7, 1", "3, 3", "5000, 2"})
    void copesWithDegenerateSizes(int w, int h) {
        BufferedImage sliver = TestImages.box(w, h, TestImages.BOTTLE_RED, TestImages.WHITE);

        ProductCutout cutout = ProductCutouts.extract(sliver);

        assertThat(cutout.image().getWidth()).isBetween(1, w);
        assertThat(cutout.image().getHeight()).isBetween(1, h);
        assertThat(cutout.productMask()).isBetween(0.0, 1.0);
    }

    @Test
    void keepsAProductCutByThePhotosEdgeSolidAlongThatEdge() {
        // The bottle's bottom is pushed below the frame, as in a tight crop.
        BufferedImage photo = new BufferedImage(480, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(TestImages.WHITE.toColor());
        g.fillRect(0, 0, 480, 480);
        TestImages.drawBottle(g, 480, 600);
        g.dispose();

        ProductCutout cutout = ProductCutouts.extract(photo);

        assertThat(cutout.plainBackground()).isTrue();
        BufferedImage image = cutout.image();
        assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() - 1) >>> 24).isEqualTo(255);
    }

    @Test
    void keepsTheAlphaOfAPhotoThatArrivesCutOut() {
        BufferedImage photo = new BufferedImage(300, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        TestImages.drawBottle(g, 300, 400);
        g.dispose();

        ProductCutout cutout = ProductCutouts.extract(photo);

        assertThat(cutout.plainBackground()).isTrue();
        assertThat(cutout.productMask()).isCloseTo(shapeShare(300, 400), within(0.01));
        assertCroppedToBottle(cutout, 300, 400);
        assertTransparentCornersAndOpaqueBody(cutout);
        // Same alpha, antialiased edge included: the crop holds every visible pixel, unaltered.
        assertThat(alphaSum(cutout.image())).isEqualTo(alphaSum(photo));
    }

    private static long alphaSum(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) sum += image.getRGB(x, y) >>> 24;
        }
        return sum;
    }

    private static void assertTransparentCornersAndOpaqueBody(ProductCutout cutout) {
        BufferedImage image = cutout.image();
        int w = image.getWidth(), h = image.getHeight();
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        for (int[] corner : new int[][] {{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}}) {
            assertThat(image.getRGB(corner[0], corner[1]) >>> 24).as("alpha at corner %d,%d", corner[0], corner[1]).isZero();
        }
        // The crop spans cap to base, so 60% down and across the middle is the bottle's body.
        int center = image.getRGB(w / 2, (int) (h * 0.6));
        assertThat(center >>> 24).as("alpha at the body").isEqualTo(255);
    }

    /** The crop must hug the bottle: its bounds plus a small margin, never the whole photo. */
    private static void assertCroppedToBottle(ProductCutout cutout, int photoW, int photoH) {
        Rectangle2D bounds = TestImages.bottleShape(photoW, photoH).getBounds2D();
        int slack = (int) Math.ceil(Math.max(photoW, photoH) * 0.01) + 6;
        assertThat(cutout.image().getWidth()).isBetween((int) bounds.getWidth(), (int) bounds.getWidth() + 2 * slack);
        assertThat(cutout.image().getHeight()).isBetween((int) bounds.getHeight(), (int) bounds.getHeight() + 2 * slack);
    }

    /**
     * Pixels where the cutout's visibility (alpha >= 128) disagrees with the drawn bottle, per pixel of
     * the bottle's outline. The crop's offset in the photo is not exposed, so the best of the offsets
     * within a pixel of the symmetric-padding guess is used.
     */
    private static double outlineErrorInPixels(ProductCutout cutout, int w, int h) {
        BufferedImage truth = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = truth.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fill(TestImages.bottleShape(w, h));
        g.dispose();
        byte[] inside = ((java.awt.image.DataBufferByte) truth.getRaster().getDataBuffer()).getData();
        long outline = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (inside[i] != 0 && (inside[i - 1] == 0 || inside[i + 1] == 0 || inside[i - w] == 0 || inside[i + w] == 0)) outline++;
            }
        }

        BufferedImage image = cutout.image();
        int cw = image.getWidth(), ch = image.getHeight();
        int[] argb = image.getRGB(0, 0, cw, ch, null, 0, cw);
        Rectangle2D bounds = TestImages.bottleShape(w, h).getBounds2D();
        int guessX = (int) Math.floor(bounds.getMinX()) - (cw - (int) Math.ceil(bounds.getWidth())) / 2;
        int guessY = (int) Math.floor(bounds.getMinY()) - (ch - (int) Math.ceil(bounds.getHeight())) / 2;
        long best = Long.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                long mismatch = 0;
                for (int y = 0; y < ch; y++) {
                    for (int x = 0; x < cw; x++) {
                        boolean visible = argb[y * cw + x] >>> 24 >= 128;
                        boolean drawn = inside[(y + guessY + dy) * w + x + guessX + dx] != 0;
                        if (visible != drawn) mismatch++;
                    }
                }
                best = Math.min(best, mismatch);
            }
        }
        return (double) best / outline;
    }

    /** The bottle's share of the photo, measured on a grid of at most ~600 points a side (it is scale-free). */
    private static double shapeShare(int w, int h) {
        Area shape = TestImages.bottleShape(w, h);
        int step = Math.max(1, Math.max(w, h) / 600);
        long inside = 0, all = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step, all++) if (shape.contains(x + 0.5, y + 0.5)) inside++;
        }
        return (double) inside / all;
    }

    private static double share(BufferedImage image, java.util.function.IntPredicate alphaTest) {
        long hits = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if (alphaTest.test(image.getRGB(x, y) >>> 24)) hits++;
        }
        return (double) hits / ((long) image.getWidth() * image.getHeight());
    }
}
