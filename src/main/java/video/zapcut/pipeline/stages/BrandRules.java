package video.zapcut.pipeline.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import video.zapcut.ads.StageOutputs.BrandScore;

/**
 * The one rulebook of the brand check: what a scene must reach, how its two measures make one score,
 * which of two takes is kept, and how hard a retake holds the look. Measured on the offline demo
 * (docs/brand-check.md): its scenes keep 0.99 of their pixels on palette and show the product at
 * 0.63 to 0.86; its sets without the product score 0.36 to 0.39, a test pattern 0.01 on palette and
 * 0.02 for the product, the product on a magenta backdrop 0.18 on palette.
 */
public final class BrandRules {
    /**
     * Share of a scene's pixels within deltaE 25 of some bible colour (ColorStats' "on palette at a
     * glance") it must reach. Half: below it the picture reads as another brand's colours. A real
     * scene has shadows, highlights and props off the palette, so this is far below what the offline
     * renderer reaches (0.99), and far above what a drifted take shows (under 0.2).
     */
    public static final double MIN_PALETTE_ADHERENCE = 0.5;
    /**
     * How plainly the best of a scene's frames must show the product (media.image.ProductMatch, 0..1).
     * Half: the offline close-up of the label (the hardest on-brand shot) reaches 0.63, the same sets
     * without the product 0.36 to 0.39, another bottle on the brand's set 0.33.
     */
    public static final double MIN_PRODUCT_MATCH = 0.5;
    /** The score weighs colours and product alike; without a product photo it is the palette alone. */
    public static final double PALETTE_WEIGHT = 0.5;
    /**
     * How hard a retake holds the previous keyframe's look (and, offline, the reference's colours): as
     * hard as the continuity check holds its re-render.
     */
    public static final double RETAKE_STYLE_STRENGTH = ContinuityStage.TIGHTER_STYLE_STRENGTH;
    /**
     * Below this palette adherence, averaged over the frames sampled from the finished ad, the quality
     * record warns. Looser than a scene's floor: the sampled frames include transitions and text.
     */
    public static final double AD_PALETTE_WARNING = 0.3;

    private BrandRules() {}

    /** A take's score from its measures; {@code productMatch} is null when the ad has no product photo. */
    public static BrandScore score(double paletteAdherence, Double productMatch) {
        List<String> failures = new ArrayList<>();
        if (paletteAdherence < MIN_PALETTE_ADHERENCE) {
            failures.add(String.format(Locale.ROOT, "palette adherence %.2f is below %.2f", paletteAdherence, MIN_PALETTE_ADHERENCE));
        }
        if (productMatch != null && !showsProduct(productMatch)) {
            failures.add(String.format(Locale.ROOT, "product match %.2f is below %.2f", productMatch, MIN_PRODUCT_MATCH));
        }
        double score = productMatch == null ? paletteAdherence
                : PALETTE_WEIGHT * paletteAdherence + (1 - PALETTE_WEIGHT) * productMatch;
        return new BrandScore(round(paletteAdherence), productMatch == null ? null : round(productMatch), round(score),
                failures.isEmpty(), failures);
    }

    public static boolean paletteFails(BrandScore s) { return s.paletteAdherence() < MIN_PALETTE_ADHERENCE; }

    public static boolean productFails(BrandScore s) { return s.productMatch() != null && !showsProduct(s.productMatch()); }

    /** Whether a frame whose best window matches the product this well shows it. */
    public static boolean showsProduct(double productMatch) { return productMatch >= MIN_PRODUCT_MATCH; }

    /**
     * Whether the retake is the one to keep: a passing take beats a failing one; otherwise the higher
     * score, and on a tie the first take (its neighbours' keyframes were drawn from it).
     */
    public static boolean retakeIsBetter(BrandScore first, BrandScore retake) {
        if (retake.passed() != first.passed()) return retake.passed();
        return retake.score() > first.score();
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
