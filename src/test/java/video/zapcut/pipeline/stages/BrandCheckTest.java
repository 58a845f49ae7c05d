package video.zapcut.pipeline.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.ads.StageOutputs.BrandScore;
import video.zapcut.common.AspectRatio;
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
    static final BrandCheck CHECK = new BrandCheck(PALETTE, ProductMatch.of(CUTOUT.image()), AspectRatio.LANDSCAPE);

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
        BrandCheck typographic = new BrandCheck(PALETTE, null, AspectRatio.LANDSCAPE);

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

    @Test
    void whereTheProductIsSeenIsKeptInTheAdsFramePixels() {
        BrandScore s = CHECK.score(List.of(frame(new Color(240, 228, 200), true)));
        // the bottle (cap to base) drawn at (420, 60), 420 px square, in a 960x540 frame: doubled on the ad's 1920x1080
        Rectangle bottle = bottleBounds(420, 60, 420, 2, 0, 0);

        assertSeenAround(s.productBounds(), bottle);
        assertThat(CHECK.score(List.of(frame(new Color(240, 228, 200), false))).productBox())
                .as("a frame without the product shows it nowhere").isNull();
    }

    @Test
    void aClipOfAnotherShapeIsCarriedOntoTheAdsFrameAsTheCompositionFillsIt() {
        // a 4:3 vendor frame, 960x720: covering 1920x1080 doubles it to 1920x1440 and crops 180 px off the top
        BufferedImage frame = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(240, 228, 200));
        g.fillRect(0, 0, 960, 720);
        g.drawImage(ProductShots.bottle(420, AMBER, CREAM, GOLD, new Color(240, 228, 200), "Luna"), 60, 240, null);
        g.dispose();

        BrandScore s = CHECK.score(List.of(frame));

        assertSeenAround(s.productBounds(), bottleBounds(60, 240, 420, 2, 0, 180));
    }

    @Test
    void theProductsPlaceIsTheUnionOverTheFramesThatShowIt() {
        BufferedImage left = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB), right = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        for (var f : List.of(left, right)) {
            Graphics2D g = f.createGraphics();
            g.setColor(new Color(240, 228, 200));
            g.fillRect(0, 0, 960, 540);
            g.drawImage(ProductShots.bottle(420, AMBER, CREAM, GOLD, new Color(240, 228, 200), "Luna"), f == left ? 40 : 500, 60, null);
            g.dispose();
        }

        Rectangle seen = CHECK.score(List.of(left, right)).productBounds();

        assertThat(seen).isNotNull();
        assertThat(seen.contains(centre(bottleBounds(40, 60, 420, 2, 0, 0)))).as(seen.toString()).isTrue();
        assertThat(seen.contains(centre(bottleBounds(500, 60, 420, 2, 0, 0)))).as(seen.toString()).isTrue();
    }

    /** The found box covers most of the bottle, and is not much larger than it. */
    private static void assertSeenAround(Rectangle seen, Rectangle bottle) {
        assertThat(seen).as("the product's place").isNotNull();
        Rectangle common = seen.intersection(bottle);
        double covered = common.isEmpty() ? 0 : (double) common.width * common.height / (bottle.width * bottle.height);
        assertThat(covered).as("share of the bottle inside " + seen + " (bottle " + bottle + ")").isGreaterThan(0.7);
        assertThat((double) seen.width * seen.height).as("area of " + seen).isLessThan(4.0 * bottle.width * bottle.height);
    }

    /** The bottle's cap-to-base bounds in ProductShots' drawing (x 36..64 %, y 16..88 % of its square), drawn at (x, y), scaled then cropped. */
    private static Rectangle bottleBounds(int x, int y, int size, double scale, int cropX, int cropY) {
        int x0 = (int) Math.round((x + 0.36 * size) * scale) - cropX, y0 = (int) Math.round((y + 0.16 * size) * scale) - cropY;
        int x1 = (int) Math.round((x + 0.64 * size) * scale) - cropX, y1 = (int) Math.round((y + 0.88 * size) * scale) - cropY;
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    private static java.awt.Point centre(Rectangle r) { return new java.awt.Point(r.x + r.width / 2, r.y + r.height / 2); }

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
