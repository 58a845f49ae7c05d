package video.zapcut.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import video.zapcut.common.Rgb;

class PaletteExtractorTest {
    private static ProductCutout bottleOnWhite;
    private static ProductCutout bottleOnPastelJpeg;

    @BeforeAll
    static void cutOutBottles() {
        bottleOnWhite = ProductCutouts.extract(TestImages.bottle(480, 600, TestImages.WHITE));
        bottleOnPastelJpeg = ProductCutouts.extract(TestImages.jpegRoundTrip(TestImages.bottle(480, 600, TestImages.PASTEL), 0.6f));
    }

    @Test
    void takesTheColorsOfTheBottleNotOfTheWhiteBackdrop() {
        List<Rgb> palette = PaletteExtractor.extract(List.of(bottleOnWhite), 4, 6);

        assertThat(palette).hasSizeBetween(4, 6);
        assertThat(palette).allSatisfy(c -> assertThat(Rgb.isHex(c.toHex())).isTrue());
        assertThat(palette).noneSatisfy(c -> assertThat(c.deltaE(TestImages.WHITE)).isLessThan(25));
        assertThat(palette.getFirst().deltaE(TestImages.BOTTLE_RED)).as("dominant color is the bottle's red").isLessThan(25);
        assertThat(palette).anySatisfy(c -> assertThat(c.deltaE(TestImages.GOLD)).isLessThan(8));
        assertThat(palette).anySatisfy(c -> assertThat(c.deltaE(TestImages.LABEL_BLACK)).isLessThan(8));
        assertEveryColorIsAProductPixel(palette, bottleOnWhite);
        assertPairwiseDistinct(palette, PaletteExtractor.MERGE_DELTA_E);
    }

    @Test
    void ignoresAColoredBackdropAndJpegNoise() {
        List<Rgb> palette = PaletteExtractor.extract(List.of(bottleOnPastelJpeg), 4, 6);

        assertThat(palette).hasSizeBetween(4, 6);
        assertThat(palette).noneSatisfy(c -> assertThat(c.deltaE(TestImages.PASTEL)).isLessThan(25));
        assertThat(palette.getFirst().deltaE(TestImages.BOTTLE_RED)).isLessThan(25);
        assertEveryColorIsAProductPixel(palette, bottleOnPastelJpeg);
    }

    @Test
    void combinesSeveralProducts() {
        Rgb blue = Rgb.hex("#1D4ED8");
        ProductCutout blueBox = ProductCutouts.extract(TestImages.box(300, 300, blue, TestImages.WHITE));

        List<Rgb> palette = PaletteExtractor.extract(List.of(bottleOnWhite, blueBox), 4, 6);

        assertThat(palette).anySatisfy(c -> assertThat(c.deltaE(blue)).isLessThan(3));
        assertThat(palette).anySatisfy(c -> assertThat(c.deltaE(TestImages.BOTTLE_RED)).isLessThan(25));
    }

    @Test
    void isDeterministic() {
        assertThat(PaletteExtractor.extract(List.of(bottleOnPastelJpeg), 4, 6))
                .isEqualTo(PaletteExtractor.extract(List.of(bottleOnPastelJpeg), 4, 6));
    }

    @Test
    void respectsTheMaximum() {
        assertThat(PaletteExtractor.extract(List.of(bottleOnWhite), 2, 3)).hasSizeBetween(2, 3);
    }

    @Test
    void takesALifestylePhotoWhole() {
        ProductCutout scene = ProductCutouts.extract(TestImages.busyScene(320, 240));

        List<Rgb> palette = PaletteExtractor.extract(List.of(scene), 4, 6);

        assertThat(palette).hasSizeBetween(4, 6);
        assertEveryColorIsAProductPixel(palette, scene);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#FFFFFF", "#000000", "#C8102E", "#808080"})
    void padsASingleColorProductUpToTheMinimum(String hex) {
        Rgb only = Rgb.hex(hex);
        ProductCutout flatCard = new ProductCutout(TestImages.flat(40, 40, only), true, TestImages.PASTEL, 0.5);

        List<Rgb> palette = PaletteExtractor.extract(List.of(flatCard), 6, 6);

        assertThat(palette).hasSize(6);
        assertThat(palette.getFirst()).isEqualTo(only);
        assertPairwiseDistinct(palette, PaletteExtractor.MERGE_DELTA_E);
    }

    @Test
    void findsSubtleButVisibleColorsWhenThereAreFewStrongOnes() {
        // Two clearly different colors plus two close variants: the minimum forces the variants in.
        BufferedImage image = TestImages.flat(100, 100, Rgb.hex("#203080"));
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Rgb.hex("#E0C040").toColor());
        g.fillRect(0, 0, 50, 100);
        g.setColor(Rgb.hex("#2A3A8A").toColor());
        g.fillRect(50, 0, 25, 100);
        g.setColor(Rgb.hex("#E8CC50").toColor());
        g.fillRect(0, 0, 25, 100);
        g.dispose();
        ProductCutout card = new ProductCutout(image, true, TestImages.WHITE, 1);

        List<Rgb> palette = PaletteExtractor.extract(List.of(card), 4, 6);

        assertThat(palette).extracting(Rgb::toHex).containsExactlyInAnyOrder("#203080", "#E0C040", "#2A3A8A", "#E8CC50");
    }

    @Test
    void rejectsMeaninglessRequests() {
        assertThatThrownBy(() -> PaletteExtractor.extract(List.of(), 4, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaletteExtractor.extract(List.of(bottleOnWhite), 5, 4)).isInstanceOf(IllegalArgumentException.class);
        BufferedImage clear = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        assertThatThrownBy(() -> PaletteExtractor.extract(List.of(new ProductCutout(clear, true, TestImages.WHITE, 0)), 4, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no opaque pixels");
    }

    /** Medoids, not means: each hex must be the exact color of some opaque pixel of the cutout. */
    private static void assertEveryColorIsAProductPixel(List<Rgb> palette, ProductCutout cutout) {
        BufferedImage image = cutout.image();
        Set<Integer> productColors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (p >>> 24 >= PixelSample.MIN_ALPHA) productColors.add(p & 0xFFFFFF);
            }
        }
        assertThat(palette).allSatisfy(c -> assertThat(productColors).as(c.toHex()).contains(c.argb() & 0xFFFFFF));
    }

    private static void assertPairwiseDistinct(List<Rgb> palette, double minDeltaE) {
        for (int i = 0; i < palette.size(); i++) {
            for (int j = i + 1; j < palette.size(); j++) {
                assertThat(palette.get(i).deltaE(palette.get(j))).as(palette.get(i).toHex() + " vs " + palette.get(j).toHex())
                        .isGreaterThanOrEqualTo(minDeltaE);
            }
        }
    }
}
