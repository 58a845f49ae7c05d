package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.BackgroundFinder.Backdrop;

/**
 * Cuts the product out of a product photo when it was shot on a plain backdrop (white sweep, colored
 * paper), so renderers can place it on their own scenes. Photos without a plain backdrop come back
 * whole, because guessing the product inside a busy scene would cut it badly.
 */
public final class ProductCutouts {
    /** Backdrop detection runs on a copy this size: plenty for a mask, and fast for a 24 MP photo. */
    static final int ANALYSIS_SIDE = 400;
    /** Below this share of the photo, "product" is noise on an empty backdrop, not a product. */
    static final double MIN_PRODUCT_SHARE = 0.002;
    /** Alpha below this is "see-through" when deciding whether a photo already arrives cut out. */
    private static final int TRANSPARENT_ALPHA = 16;
    /** Stand-in backdrop for photos that arrive already cut out; they have no backdrop color of their own. */
    private static final Rgb NO_BACKDROP = new Rgb(255, 255, 255);

    private ProductCutouts() {}

    public static ProductCutout extract(BufferedImage photo) {
        PixelGrid full = PixelGrid.of(Objects.requireNonNull(photo, "photo"));
        if (arrivesCutOut(full)) return fromOwnAlpha(full);

        PixelGrid small = full.downscaled(ANALYSIS_SIDE);
        Optional<Backdrop> backdrop = BackgroundFinder.find(small);
        if (backdrop.isEmpty()) return wholePhoto(full, BackgroundFinder.medianColor(small.borderRing(2)));

        boolean[] product = toFullResolution(backdrop.get(), small, full);
        int productPixels = 0;
        for (boolean p : product) if (p) productPixels++;
        if (productPixels < MIN_PRODUCT_SHARE * full.size()) return wholePhoto(full, backdrop.get().color());

        Box crop = Box.around(product, full.width).padded(padding(full), full.width, full.height);
        int[] alpha = MaskFeather.alpha(product, full.width, crop, featherRadius(full));
        BufferedImage image = crop.copyOf(full, alpha);
        return new ProductCutout(image, true, backdrop.get().color(), (double) productPixels / full.size());
    }

    /**
     * Scales the analysis mask up. Where the small mask is unanimous the answer is taken as is; along
     * its edges, a band a few full-size pixels wide, each full-size pixel is judged by its own color so
     * the outline is as sharp as the photo rather than as blocky as the analysis copy.
     */
    private static boolean[] toFullResolution(Backdrop backdrop, PixelGrid small, PixelGrid full) {
        boolean[] smallProduct = backdrop.product();
        if (small == full) return smallProduct;
        float[] backdropLab = Lab.of(backdrop.color().argb());
        float limit = (float) (backdrop.tolerance() * backdrop.tolerance());
        double sx = (double) small.width / full.width, sy = (double) small.height / full.height;
        boolean[] out = new boolean[full.size()];
        float[] lab = new float[3];
        for (int y = 0; y < full.height; y++) {
            double fy = Math.clamp((y + 0.5) * sy - 0.5, 0, small.height - 1);
            int y0 = (int) fy, y1 = fy > y0 ? y0 + 1 : y0;
            for (int x = 0; x < full.width; x++) {
                double fx = Math.clamp((x + 0.5) * sx - 0.5, 0, small.width - 1);
                int x0 = (int) fx, x1 = fx > x0 ? x0 + 1 : x0;
                boolean a = smallProduct[y0 * small.width + x0], b = smallProduct[y0 * small.width + x1];
                boolean c = smallProduct[y1 * small.width + x0], d = smallProduct[y1 * small.width + x1];
                int i = y * full.width + x;
                if (a == b && b == c && c == d) {
                    out[i] = a;
                } else {
                    Lab.of(full.argb[i], lab, 0);
                    out[i] = Lab.distanceSquared(lab, 0, backdropLab, 0) > limit;
                }
            }
        }
        return out;
    }

    /** A PNG whose border is already transparent has been cut out by someone; keep their alpha. */
    private static boolean arrivesCutOut(PixelGrid full) {
        int[] ring = full.borderRing(2);
        int clear = 0;
        for (int p : ring) if (p >>> 24 < TRANSPARENT_ALPHA) clear++;
        return clear >= BackgroundFinder.PLAIN_SHARE * ring.length;
    }

    private static ProductCutout fromOwnAlpha(PixelGrid full) {
        boolean[] visible = new boolean[full.size()];
        int solid = 0;
        for (int i = 0; i < visible.length; i++) {
            int a = full.argb[i] >>> 24;
            visible[i] = a >= TRANSPARENT_ALPHA;
            if (a >= 128) solid++;
        }
        if (solid < MIN_PRODUCT_SHARE * full.size()) return wholePhoto(full, NO_BACKDROP);
        Box crop = Box.around(visible, full.width).padded(padding(full), full.width, full.height);
        return new ProductCutout(crop.copyOf(full, null), true, NO_BACKDROP, (double) solid / full.size());
    }

    private static ProductCutout wholePhoto(PixelGrid full, Rgb borderColor) {
        return new ProductCutout(new Box(0, 0, full.width, full.height).copyOf(full, null), false, borderColor, 1.0);
    }

    /** Breathing room around the product so the feathered edge and a renderer's effects are not clipped. */
    private static int padding(PixelGrid full) {
        return Math.max(2, (int) Math.round(Math.max(full.width, full.height) * 0.01)) + featherRadius(full);
    }

    /** About a pixel of softness on ordinary photos, two on large ones where one pixel is invisibly thin. */
    private static int featherRadius(PixelGrid full) {
        return Math.max(full.width, full.height) > 1200 ? 2 : 1;
    }
}
