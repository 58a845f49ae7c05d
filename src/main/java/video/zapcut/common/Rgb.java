package video.zapcut.common;

import java.awt.Color;
import java.util.Locale;
import java.util.regex.Pattern;

/** An sRGB color with hex conversion and a perceptual distance, used for palettes and continuity. */
public record Rgb(int r, int g, int b) {
    private static final Pattern HEX = Pattern.compile("^#[0-9A-Fa-f]{6}$");

    public Rgb {
        if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255) {
            throw new IllegalArgumentException("channel out of range: " + r + "," + g + "," + b);
        }
    }

    public static boolean isHex(String s) { return s != null && HEX.matcher(s).matches(); }

    public static Rgb hex(String s) {
        if (!isHex(s)) throw new IllegalArgumentException("not a #RRGGBB color: " + s);
        int v = Integer.parseInt(s.substring(1), 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    public static Rgb of(int argb) { return new Rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff); }

    public String toHex() { return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b); }

    public Color toColor() { return new Color(r, g, b); }

    public int argb() { return 0xff000000 | (r << 16) | (g << 8) | b; }

    /** Relative luminance in [0,1] (sRGB, gamma-expanded), as WCAG defines it. */
    public double luminance() {
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    }

    /** CIE76 distance in CIELAB: about 2.3 is a just-noticeable difference. */
    public double deltaE(Rgb o) {
        double[] a = lab(), c = o.lab();
        double dl = a[0] - c[0], da = a[1] - c[1], db = a[2] - c[2];
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    public double[] lab() {
        double x = (0.4124 * lin(r) + 0.3576 * lin(g) + 0.1805 * lin(b)) / 0.95047;
        double y = (0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b));
        double z = (0.0193 * lin(r) + 0.1192 * lin(g) + 0.9505 * lin(b)) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** Linear blend toward {@code o}; t=0 is this color, t=1 is {@code o}. */
    public Rgb mix(Rgb o, double t) {
        return new Rgb(clamp(r + (o.r - r) * t), clamp(g + (o.g - g) * t), clamp(b + (o.b - b) * t));
    }

    public Rgb scale(double k) { return new Rgb(clamp(r * k), clamp(g * k), clamp(b * k)); }

    private static int clamp(double v) { return (int) Math.max(0, Math.min(255, Math.round(v))); }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) { return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116; }
}
