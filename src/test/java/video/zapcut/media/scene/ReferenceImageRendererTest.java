package video.zapcut.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Rgb;

class ReferenceImageRendererTest {
    private static final Map<AspectRatio, Map<String, BufferedImage>> WITH_PRODUCT = new EnumMap<>(AspectRatio.class);
    private static Map<String, BufferedImage> typographic;

    @BeforeAll
    static void render() {
        ReferenceImageRenderer r = new ReferenceImageRenderer();
        for (AspectRatio a : AspectRatio.values()) {
            WITH_PRODUCT.put(a, r.render(SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE), "Luma Serum",
                    SyntheticProduct.navyStyle(), a));
        }
        typographic = r.render(null, "Northwind Cold Brew", SyntheticProduct.blushStyle(), AspectRatio.PORTRAIT);
    }

    @Test
    void rendersTheFourReferencesAtTheOutputSizeOfEveryAspect() {
        for (AspectRatio a : AspectRatio.values()) {
            Map<String, BufferedImage> refs = WITH_PRODUCT.get(a);
            assertThat(refs).containsOnlyKeys("hero", "detail", "lifestyle", "alternate");
            refs.forEach((k, img) -> {
                assertThat(img.getWidth()).as(a + " " + k).isEqualTo(a.width());
                assertThat(img.getHeight()).as(a + " " + k).isEqualTo(a.height());
            });
        }
    }

    @Test
    void referencesAreNotFlat() {
        WITH_PRODUCT.forEach((a, refs) -> refs.forEach((k, img) ->
                assertThat(ImageChecks.lumaStdDev(img)).as(a + " " + k).isGreaterThan(10)));
        typographic.forEach((k, img) -> assertThat(ImageChecks.lumaStdDev(img)).as("typographic " + k).isGreaterThan(10));
    }

    @Test
    void referencesAreDominatedByPaletteColours() {
        WITH_PRODUCT.forEach((a, refs) -> refs.forEach((k, img) -> {
            assertThat(ImageChecks.paletteNearFraction(img, SyntheticProduct.NAVY_PALETTE, 8)).as(a + " " + k).isGreaterThan(0.9);
            assertThat(ImageChecks.paletteHueFraction(img, SyntheticProduct.NAVY_PALETTE, 8, 30, false)).as(a + " " + k)
                    .isGreaterThan(0.9);
        }));
        typographic.forEach((k, img) -> {
            assertThat(ImageChecks.paletteNearFraction(img, SyntheticProduct.BLUSH_PALETTE, 8)).as("typographic " + k)
                    .isGreaterThan(0.9);
            assertThat(ImageChecks.paletteHueFraction(img, SyntheticProduct.BLUSH_PALETTE, 8, 30, false)).as("typographic " + k)
                    .isGreaterThan(0.9);
        });
    }

    @Test
    void paletteChecksRejectOffPaletteImages() {
        // Guards the checks above: a rainbow, and navy renders measured against an unrelated palette, fail them.
        BufferedImage rainbow = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rainbow.createGraphics();
        for (int x = 0; x < 640; x++) {
            g.setColor(Color.getHSBColor(x / 640f, 0.9f, 0.9f));
            g.drawLine(x, 0, x, 360);
        }
        g.dispose();
        assertThat(ImageChecks.paletteNearFraction(rainbow, SyntheticProduct.NAVY_PALETTE, 8)).isLessThan(0.5);
        assertThat(ImageChecks.paletteHueFraction(rainbow, SyntheticProduct.NAVY_PALETTE, 8, 30, false)).isLessThan(0.6);
        List<Rgb> garden = List.of(Rgb.hex("#2E7D32"), Rgb.hex("#8E24AA"), Rgb.hex("#00ACC1"), Rgb.hex("#C0CA33"), Rgb.hex("#1B5E20"));
        for (String k : List.of("hero", "detail", "lifestyle")) {
            assertThat(ImageChecks.paletteHueFraction(WITH_PRODUCT.get(AspectRatio.LANDSCAPE).get(k), garden, 8, 30, false))
                    .as(k).isLessThan(0.2);
        }
    }

    @Test
    void detailIsACloseUpWithShallowDepthOfField() {
        BufferedImage detail = WITH_PRODUCT.get(AspectRatio.LANDSCAPE).get("detail");
        BufferedImage hero = WITH_PRODUCT.get(AspectRatio.LANDSCAPE).get("hero");
        int w = detail.getWidth(), h = detail.getHeight();
        double centre = ImageChecks.sharpness(detail, w * 3 / 8, h * 3 / 8, w / 4, h / 4);
        double corner = ImageChecks.sharpness(detail, 0, 0, w / 5, h / 5);
        assertThat(centre).isGreaterThan(corner * 3);
        // The product fills far more of the frame than in the hero: label cream dominates the centre.
        assertThat(ImageChecks.meanAbsDiff(detail, hero)).isGreaterThan(25);
    }

    @Test
    void isDeterministic() {
        BufferedImage again = new ReferenceImageRenderer().render(SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE),
                "Luma Serum", SyntheticProduct.navyStyle(), AspectRatio.SQUARE).get("lifestyle");
        assertThat(ImageChecks.meanAbsDiff(again, WITH_PRODUCT.get(AspectRatio.SQUARE).get("lifestyle"))).isZero();
    }
}
