package video.zapcut.pipeline.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.ads.StageOutputs.BrandScore;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.PaletteExtractor;
import video.zapcut.media.image.ProductCutout;
import video.zapcut.media.image.ProductCutouts;
import video.zapcut.media.image.ProductMatch;
import video.zapcut.testing.ProductShots;

/** The brand check's verdicts on frames made here: the Luna bottle on its brand's set, off it, and a set without it. */
class BrandCheckTest {
    static final Color AMBER = new Color(122, 74, 38), CREAM = new Color(243, 226, 190), GOLD = new Color(201, 162, 39);
    static final ProductCutout CUTOUT = ProductCutouts.extract(ProductShots.luna(800));
    /** The palette the creative bible takes from the photo, as the bible stage measures it. */
    static final List<Rgb> PALETTE = PaletteExtractor.extract(List.of(CUTOUT), 4, 6);
    static final BrandCheck CHECK = new BrandCheck(PALETTE, ProductMatch.of(CUTOUT.image()));

    @Test
    void theProductOnTheBrandsSetPasses() {
        BrandScore s = CHECK.score(List.of(frame(new Color(240, 228, 200), true)));

        assertThat(s.passed()).as(s.toString()).isTrue();
        assertThat(s.paletteAdherence()).isGreaterThan(0.9);
        assertThat(s.productMatch()).isGreaterThan(0.8);
        assertThat(s.failures()).isEmpty();
        assertThat(BrandCorrection.of(s, PALETTE)).isNull();
    }

    @Test
    void aFrameOffThePaletteFailsOnItsColoursAndTheCorrectionNamesThePalette() {
        BrandScore s = CHECK.score(List.of(frame(new Color(200, 30, 160), true)));

        assertThat(s.passed()).isFalse();
        assertThat(s.paletteAdherence()).isLessThan(BrandRules.MIN_PALETTE_ADHERENCE);
        assertThat(s.productMatch()).as("the product is still there").isGreaterThan(BrandRules.MIN_PRODUCT_MATCH);
        assertThat(s.failures()).singleElement().asString().startsWith("palette adherence");
        String correction = BrandCorrection.of(s, PALETTE);
        assertThat(correction).startsWith(BrandCorrection.PREFIX).contains(PALETTE.get(0).toHex()).contains(PALETTE.get(1).toHex())
                .doesNotContain("product");
    }

    @Test
    void theBrandsSetWithoutTheProductFailsOnTheProduct() {
        BrandScore s = CHECK.score(List.of(frame(new Color(240, 228, 200), false)));

        assertThat(s.paletteAdherence()).isGreaterThan(BrandRules.MIN_PALETTE_ADHERENCE);
        assertThat(s.productMatch()).isLessThan(BrandRules.MIN_PRODUCT_MATCH);
        assertThat(s.passed()).isFalse();
        assertThat(BrandCorrection.of(s, PALETTE)).contains("show the product clearly").doesNotContain("#");
    }

    @Test
    void theProductCountsWhereverTheSceneShowsItAndThePaletteOverTheWholeScene() {
        BufferedImage with = frame(new Color(240, 228, 200), true), without = frame(new Color(240, 228, 200), false);
        BufferedImage off = frame(new Color(200, 30, 160), false);

        BrandScore revealed = CHECK.score(List.of(without, without, with));
        BrandScore mixed = CHECK.score(List.of(with, off, off));

        assertThat(revealed.productMatch()).isEqualTo(CHECK.score(List.of(with)).productMatch());
        assertThat(mixed.paletteAdherence()).isLessThan(0.5);
    }

    @Test
    void withoutAProductPhotoOnlyThePaletteCounts() {
        BrandCheck typographic = new BrandCheck(PALETTE, null);

        BrandScore s = typographic.score(List.of(frame(new Color(240, 228, 200), false)));

        assertThat(s.productMatch()).isNull();
        assertThat(s.passed()).isTrue();
        assertThat(s.score()).isEqualTo(s.paletteAdherence());
    }

    @Test
    void aPassingRetakeBeatsAFailingFirstTakeAndOtherwiseTheHigherScoreWinsWithTiesToTheFirst() {
        BrandScore failing = BrandRules.score(0.3, 0.9), passing = BrandRules.score(0.6, 0.55), better = BrandRules.score(0.9, 0.9);

        assertThat(BrandRules.retakeIsBetter(failing, passing)).isTrue();
        assertThat(BrandRules.retakeIsBetter(passing, failing)).isFalse();
        assertThat(BrandRules.retakeIsBetter(passing, better)).isTrue();
        assertThat(BrandRules.retakeIsBetter(better, better)).isFalse();
        assertThat(failing.score()).isGreaterThan(passing.score()).as("a failing take can score higher; it still loses");
    }

    /** A 16:9 frame of a set in {@code backdrop} with a counter in the bottle's amber, and the bottle on it when asked. */
    private static BufferedImage frame(Color backdrop, boolean withProduct) {
        BufferedImage frame = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(backdrop);
        g.fillRect(0, 0, 960, 540);
        g.setColor(AMBER.darker());
        g.fillRect(0, 430, 960, 110);
        if (withProduct) g.drawImage(ProductShots.bottle(420, AMBER, CREAM, GOLD, backdrop, "Luna"), 420, 60, null);
        g.dispose();
        return frame;
    }
}
