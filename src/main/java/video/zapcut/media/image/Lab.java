package video.zapcut.media.image;

import video.zapcut.common.Rgb;

/**
 * CIELAB conversion for pixel loops. It mirrors {@link Rgb#lab()} exactly (same matrix, white point
 * and curve) but replaces the per-channel {@code Math.pow} with a 256-entry table and avoids allocating
 * a record per pixel, which matters when millions of pixels are compared.
 */
final class Lab {
    private static final double[] LINEAR = new double[256];

    static {
        for (int c = 0; c < 256; c++) {
            double s = c / 255.0;
            LINEAR[c] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
    }

    private Lab() {}

    /** The pixel's relative luminance (CIE Y, WCAG's), alpha ignored: the Y that L* is made of. */
    static double luminance(int argb) {
        return 0.2126 * LINEAR[(argb >> 16) & 0xFF] + 0.7152 * LINEAR[(argb >> 8) & 0xFF] + 0.0722 * LINEAR[argb & 0xFF];
    }

    /** Writes L*, a*, b* of the pixel's color (alpha ignored) into {@code out[offset..offset+2]}. */
    static void of(int argb, float[] out, int offset) {
        double r = LINEAR[(argb >> 16) & 0xFF], g = LINEAR[(argb >> 8) & 0xFF], b = LINEAR[argb & 0xFF];
        double fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        out[offset] = (float) (116 * fy - 16);
        out[offset + 1] = (float) (500 * (fx - fy));
        out[offset + 2] = (float) (200 * (fy - fz));
    }

    static float[] of(int argb) {
        float[] lab = new float[3];
        of(argb, lab, 0);
        return lab;
    }

    /** Squared CIE76 distance between two Lab triples stored in arrays; squared to skip the root in loops. */
    static float distanceSquared(float[] a, int ai, float[] b, int bi) {
        float dl = a[ai] - b[bi], da = a[ai + 1] - b[bi + 1], db = a[ai + 2] - b[bi + 2];
        return dl * dl + da * da + db * db;
    }

    static double distance(int argbA, int argbB) {
        return Math.sqrt(distanceSquared(of(argbA), 0, of(argbB), 0));
    }

    private static double f(double t) { return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116; }
}
