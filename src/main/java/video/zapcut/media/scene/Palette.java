package video.zapcut.media.scene;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import video.zapcut.common.Rgb;

/**
 * The brand palette seen as roles a set designer needs: a dominant backdrop color, an accent for small
 * bright touches, and tints/shades of them. Every painted color is derived from these, which keeps the
 * frames on-brand (and lets the tests measure it).
 */
final class Palette {
    private static final Rgb WHITE = new Rgb(255, 255, 255);
    private static final Rgb BLACK = new Rgb(0, 0, 0);
    private static final List<Rgb> FALLBACK = List.of(Rgb.hex("#2B2D42"), Rgb.hex("#EDF2F4"), Rgb.hex("#EF233C"),
            Rgb.hex("#8D99AE"), Rgb.hex("#D90429"));

    private final List<Rgb> colors;

    Palette(List<Rgb> colors) {
        this.colors = colors == null || colors.isEmpty() ? FALLBACK : List.copyOf(colors);
    }

    static Palette of(VisualStyle style) { return new Palette(style == null ? null : style.palette()); }

    List<Rgb> colors() { return colors; }

    Rgb dominant() { return colors.get(0); }

    Rgb secondary() { return colors.size() > 1 ? colors.get(1) : tint(dominant(), 0.5); }

    /** The most saturated color that is clearly different from the dominant one: used for small highlights. */
    Rgb accent() {
        return colors.stream().skip(1)
                .filter(c -> c.deltaE(dominant()) > 20)
                .max(Comparator.comparingDouble(Palette::chroma))
                .orElse(secondary());
    }

    Rgb lightest() { return colors.stream().max(Comparator.comparingDouble(Rgb::luminance)).orElseThrow(); }

    Rgb darkest() { return colors.stream().min(Comparator.comparingDouble(Rgb::luminance)).orElseThrow(); }

    /** True when the brand reads as light/airy, so sets should be bright rather than moody. */
    boolean light() { return dominant().luminance() > 0.35; }

    /** Same colors with the second one leading: the "complementary ordering" used for alternate angles. */
    Palette rotated() {
        if (colors.size() < 2) return this;
        List<Rgb> r = new ArrayList<>(colors.subList(1, colors.size()));
        r.add(colors.get(0));
        return new Palette(r);
    }

    Rgb get(int i) { return colors.get(Math.floorMod(i, colors.size())); }

    static Rgb tint(Rgb c, double t) { return c.mix(WHITE, t); }

    static Rgb shade(Rgb c, double t) { return c.mix(BLACK, t); }

    static Color color(Rgb c, double alpha) {
        return new Color(c.r(), c.g(), c.b(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    static double chroma(Rgb c) {
        double[] lab = c.lab();
        return Math.hypot(lab[1], lab[2]);
    }
}
