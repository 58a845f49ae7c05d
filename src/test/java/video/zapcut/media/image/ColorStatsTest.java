package video.zapcut.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.ColorStats.PaletteAdherence;

class ColorStatsTest {
    private static final Rgb RED = Rgb.hex("#C8102E");
    private static final Rgb BLUE = Rgb.hex("#1D4ED8");
    private static final Rgb GREEN = Rgb.hex("#22AA44");

    @Test
    void identicalImagesHaveZeroHistogramDistance() {
        BufferedImage scene = TestImages.busyScene(320, 240);

        assertThat(ColorStats.colorHistogramDistance(scene, scene)).isCloseTo(0, within(1e-9));
    }

    @Test
    void imagesWithNoColorInCommonAreAtDistanceOne() {
        assertThat(ColorStats.colorHistogramDistance(TestImages.flat(50, 50, RED), TestImages.flat(80, 60, BLUE)))
                .isCloseTo(1, within(1e-9));
    }

    @Test
    void partialOverlapFallsInBetweenAndIsSymmetric() {
        BufferedImage red = TestImages.flat(100, 100, RED);
        BufferedImage half = halfAndHalf(RED, BLUE);

        double distance = ColorStats.colorHistogramDistance(red, half);

        // Hellinger distance of {1, 0} vs {0.5, 0.5}: sqrt(1 - sqrt(0.5)).
        assertThat(distance).isCloseTo(Math.sqrt(1 - Math.sqrt(0.5)), within(0.01));
        assertThat(ColorStats.colorHistogramDistance(half, red)).isCloseTo(distance, within(1e-12));
    }

    @Test
    void nearbyFramesOfOneSceneAreCloserThanDifferentScenes() {
        BufferedImage scene = TestImages.busyScene(320, 240);
        BufferedImage recompressed = TestImages.jpegRoundTrip(scene, 0.7f);
        BufferedImage bottle = TestImages.bottle(320, 240, TestImages.WHITE);

        assertThat(ColorStats.colorHistogramDistance(scene, recompressed))
                .isLessThan(ColorStats.colorHistogramDistance(scene, bottle));
    }

    @Test
    void frameInPaletteColorsAdheresFully() {
        PaletteAdherence adherence = ColorStats.paletteAdherence(halfAndHalf(RED, BLUE), List.of(RED, BLUE, TestImages.GOLD));

        assertThat(adherence.withinShare()).isEqualTo(1.0);
        assertThat(adherence.meanDeltaE()).isLessThan(0.01);
    }

    @Test
    void offPaletteFrameDoesNotAdhere() {
        PaletteAdherence adherence = ColorStats.paletteAdherence(TestImages.flat(64, 64, GREEN), List.of(RED, BLUE));

        assertThat(adherence.withinShare()).isZero();
        assertThat(adherence.meanDeltaE()).isCloseTo(Math.min(GREEN.deltaE(RED), GREEN.deltaE(BLUE)), within(0.01));
    }

    @Test
    void adherenceIsTheShareOfOnPalettePixels() {
        PaletteAdherence adherence = ColorStats.paletteAdherence(halfAndHalf(RED, GREEN), List.of(RED));

        assertThat(adherence.withinShare()).isCloseTo(0.5, within(0.02));
        assertThat(adherence.meanDeltaE()).isCloseTo(GREEN.deltaE(RED) / 2, within(1.0));
    }

    @Test
    void labConversionMatchesRgb() {
        for (int v = 0; v < 1 << 24; v += 4099) {
            Rgb color = Rgb.of(v);
            float[] fast = Lab.of(color.argb());
            double[] exact = color.lab();
            for (int d = 0; d < 3; d++) assertThat((double) fast[d]).isCloseTo(exact[d], within(1e-3));
        }
    }

    private static BufferedImage halfAndHalf(Rgb left, Rgb right) {
        BufferedImage image = TestImages.flat(100, 100, left);
        Graphics2D g = image.createGraphics();
        g.setColor(right.toColor());
        g.fillRect(50, 0, 50, 100);
        g.dispose();
        return image;
    }
}
