package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * A colour grade chosen from the scene's emotional tone and baked into the layer pixels in Java: three
 * lookup tables and one saturation pass per image, far cheaper than grading every video frame in FFmpeg.
 *
 * @param warmth     -1 (cool, blue) .. +1 (warm, amber)
 * @param contrast   1 neutral; above 1 adds an S-curve, below flattens
 * @param saturation 1 neutral
 * @param lift       raises the black point (0..0.1): the soft, matte look of warm/calm films
 * @param crush      lowers the shadows (0..0.1): deeper, richer blacks for luxury looks
 * @param exposure   stops of brightness, e.g. +0.15 for airy "fresh" looks
 */
record Grade(double warmth, double contrast, double saturation, double lift, double crush, double exposure) {
    static final Grade NEUTRAL = new Grade(0, 1, 1, 0, 0, 0);

    private static final String[] WARM = {"warm", "calm", "cozy", "cosy", "inviting", "gentle", "nostalg", "soft", "comfort",
            "homey", "romantic", "tender", "happy", "joy", "friendly", "relax"};
    private static final String[] BOLD = {"bold", "energ", "triumph", "excit", "power", "dynamic", "vibrant", "playful",
            "confident", "intense", "epic", "fun", "urgent", "thrill", "adventur"};
    private static final String[] LUX = {"luxur", "elegan", "premium", "sophistic", "myster", "dramatic", "refined",
            "exclusive", "timeless", "moody", "sensual", "indulg"};
    private static final String[] FRESH = {"fresh", "clean", "crisp", "pure", "airy", "modern", "minimal", "bright",
            "natural", "cool", "serene", "light", "hopeful", "optimis"};

    /** Averages the looks of every tone family named in {@code emotionTone}; neutral when none is. */
    static Grade forTone(String emotionTone) {
        String t = emotionTone == null ? "" : emotionTone.toLowerCase(Locale.ROOT);
        double w = 0, c = 0, s = 0, l = 0, k = 0, e = 0;
        int n = 0;
        if (mentions(t, WARM)) { w += 0.6; c += -0.05; s += -0.03; l += 0.045; n++; }
        if (mentions(t, BOLD)) { c += 0.2; s += 0.2; k += 0.02; n++; }
        if (mentions(t, LUX)) { w += 0.12; c += 0.1; s += -0.08; k += 0.07; n++; }
        if (mentions(t, FRESH)) { w += -0.45; s += 0.03; l += 0.015; e += 0.14; n++; }
        if (n == 0) return NEUTRAL;
        return new Grade(w / n, 1 + c / n, 1 + s / n, l / n, k / n, e / n);
    }

    private static boolean mentions(String text, String[] stems) {
        for (String s : stems) if (text.contains(s)) return true;
        return false;
    }

    /** This grade at {@code amount} of its strength (0 = neutral), e.g. half strength on the product. */
    Grade scaled(double amount) {
        return new Grade(warmth * amount, 1 + (contrast - 1) * amount, 1 + (saturation - 1) * amount, lift * amount,
                crush * amount, exposure * amount);
    }

    /** Grades {@code img} in place (alpha untouched). */
    void apply(BufferedImage img) {
        if (this.equals(NEUTRAL)) return;
        int[][] lut = {lut(1 + 0.07 * warmth), lut(1 + 0.012 * warmth), lut(1 - 0.09 * warmth)};
        int[] px = Raster.pixels(img);
        int sat = (int) Math.round(saturation * 256);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int r = lut[0][(p >> 16) & 0xff], g = lut[1][(p >> 8) & 0xff], b = lut[2][p & 0xff];
            if (sat != 256) {
                int l = (54 * r + 183 * g + 19 * b) >> 8;
                r = Raster.clamp8(l + (((r - l) * sat) >> 8));
                g = Raster.clamp8(l + (((g - l) * sat) >> 8));
                b = Raster.clamp8(l + (((b - l) * sat) >> 8));
            }
            px[i] = (p & 0xff000000) | (r << 16) | (g << 8) | b;
        }
    }

    /** One channel's curve: white-balance gain and exposure, then crush, S-curve contrast and lift. */
    private int[] lut(double gain) {
        int[] t = new int[256];
        double expo = Math.pow(2, exposure);
        for (int i = 0; i < 256; i++) {
            double v = i / 255.0 * gain * expo;
            v = v > 0.8 ? 0.8 + 0.2 * Math.tanh((v - 0.8) / 0.2) : v; // soft highlight roll-off, no clipping
            v = Math.max(0, (v - crush) / (1 - crush));
            double curve = v * v * (3 - 2 * v);
            v = v + (contrast - 1) * 2 * (curve - v);
            v = lift + v * (1 - lift);
            t[i] = Raster.clamp(v * 255);
        }
        return t;
    }
}
