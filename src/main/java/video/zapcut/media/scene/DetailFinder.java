package video.zapcut.media.scene;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * Finds the part of a product worth a close-up: the window with the most texture (luminance gradients,
 * i.e. label print, embossing, edges) and colour. Only windows fully on the product qualify, so the
 * close-up never shows mostly transparent background.
 */
final class DetailFinder {
    private static final int ANALYSIS_SIZE = 200;

    private DetailFinder() {}

    /**
     * @param side   window size as a fraction of the subject's shorter side
     * @param aspect width/height of the window
     * @return the window in the subject's pixel coordinates
     */
    static Rectangle find(BufferedImage subject, double side, double aspect) {
        int w = subject.getWidth(), h = subject.getHeight();
        double k = Math.min(1.0, ANALYSIS_SIZE / (double) Math.max(w, h));
        int sw = Math.max(4, (int) Math.round(w * k)), sh = Math.max(4, (int) Math.round(h * k));
        BufferedImage small = k < 1 ? Raster.resize(subject, sw, sh) : subject;
        sw = small.getWidth();
        sh = small.getHeight();
        double[] lum = new double[sw * sh], sat = new double[sw * sh], alpha = new double[sw * sh];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int p = small.getRGB(x, y);
                double r = ((p >> 16) & 0xff) / 255.0, g = ((p >> 8) & 0xff) / 255.0, b = (p & 0xff) / 255.0;
                double max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
                int i = y * sw + x;
                lum[i] = 0.2126 * r + 0.7152 * g + 0.0722 * b;
                sat[i] = max - min;
                alpha[i] = (p >>> 24) / 255.0;
            }
        }
        double[] texture = new double[sw * sh];
        for (int y = 1; y < sh - 1; y++) {
            for (int x = 1; x < sw - 1; x++) {
                int i = y * sw + x;
                double gx = lum[i + 1] - lum[i - 1], gy = lum[i + sw] - lum[i - sw];
                texture[i] = Math.hypot(gx, gy) * alpha[i];
            }
        }
        double base = Math.min(sw, sh) * side;
        int ww = (int) Math.max(3, Math.min(sw, Math.round(aspect >= 1 ? base * aspect : base)));
        int wh = (int) Math.max(3, Math.min(sh, Math.round(aspect >= 1 ? base : base / aspect)));
        int step = Math.max(1, Math.min(ww, wh) / 6);
        double bestScore = -1;
        int bx = (sw - ww) / 2, by = (sh - wh) / 2;
        for (int y = 0; y + wh <= sh; y += step) {
            for (int x = 0; x + ww <= sw; x += step) {
                double t = 0, s = 0, a = 0;
                for (int yy = y; yy < y + wh; yy += 2) {
                    for (int xx = x; xx < x + ww; xx += 2) {
                        int i = yy * sw + xx;
                        t += texture[i];
                        s += sat[i] * alpha[i];
                        a += alpha[i];
                    }
                }
                double n = Math.ceil(wh / 2.0) * Math.ceil(ww / 2.0);
                double coverage = a / n;
                if (coverage < 0.85) continue;
                // Slight pull toward the centre: on ties the middle of a product is the more typical close-up.
                double dx = (x + ww / 2.0 - sw / 2.0) / sw, dy = (y + wh / 2.0 - sh / 2.0) / sh;
                double score = (t / n) * 4 + (s / n) * 0.6 - 0.05 * (dx * dx + dy * dy);
                if (score > bestScore) {
                    bestScore = score;
                    bx = x;
                    by = y;
                }
            }
        }
        double inv = (double) w / sw;
        return new Rectangle((int) Math.round(bx * inv), (int) Math.round(by * inv),
                (int) Math.round(ww * inv), (int) Math.round(wh * inv)).intersection(new Rectangle(0, 0, w, h));
    }
}
