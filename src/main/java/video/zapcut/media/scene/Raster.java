package video.zapcut.media.scene;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import video.zapcut.common.Rgb;
import video.zapcut.media.MediaException;

/** Pixel-level helpers the painters share: canvases, fast large-radius blur, resampling, statistics, PNG I/O. */
final class Raster {
    private Raster() {}

    static BufferedImage rgb(int w, int h) { return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB); }

    static BufferedImage argb(int w, int h) { return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB); }

    /** A Graphics2D with every quality hint on: the images are rendered once, so quality beats speed. */
    static Graphics2D quality(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    static BufferedImage copy(BufferedImage src, int type) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    /**
     * Resamples with progressive halving first: a single bilinear step from far above the target size
     * aliases (sparkly edges on labels), halving averages 2x2 blocks so each step is a proper box filter.
     */
    static BufferedImage resize(BufferedImage src, int w, int h) {
        w = Math.max(1, w);
        h = Math.max(1, h);
        BufferedImage cur = src.getType() == BufferedImage.TYPE_INT_ARGB_PRE ? src
                : copy(src, BufferedImage.TYPE_INT_ARGB_PRE);
        while (cur.getWidth() / 2 >= w && cur.getHeight() / 2 >= h) {
            cur = drawScaled(cur, cur.getWidth() / 2, cur.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (cur.getWidth() != w || cur.getHeight() != h) {
            cur = drawScaled(cur, w, h, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return copy(cur, BufferedImage.TYPE_INT_ARGB);
    }

    private static BufferedImage drawScaled(BufferedImage src, int w, int h, Object interpolation) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setComposite(AlphaComposite.Src);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /**
     * Gaussian-looking blur of roughly {@code sigma} pixels, in premultiplied alpha so transparent edges do
     * not turn grey. Large radii are done on a power-of-two downscale (the result is smooth anyway), which
     * keeps a 60px blur of a 2304px plate at a few tens of milliseconds.
     */
    static BufferedImage blur(BufferedImage src, double sigma) {
        if (sigma < 0.5) return copy(src, BufferedImage.TYPE_INT_ARGB);
        int factor = 1;
        while (sigma / factor > 5 && src.getWidth() / (factor * 2) >= 8 && src.getHeight() / (factor * 2) >= 8) factor *= 2;
        BufferedImage small = copy(src, BufferedImage.TYPE_INT_ARGB_PRE);
        for (int f = 1; f < factor; f *= 2) {
            small = drawScaled(small, Math.max(1, small.getWidth() / 2), Math.max(1, small.getHeight() / 2),
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        int r = (int) Math.max(1, Math.round(sigma / factor));
        boxBlur3(small, r);
        if (factor == 1) return copy(small, BufferedImage.TYPE_INT_ARGB);
        BufferedImage up = drawScaled(small, src.getWidth(), src.getHeight(), RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return copy(up, BufferedImage.TYPE_INT_ARGB);
    }

    /** Three box passes each way approximate a Gaussian with sigma close to {@code r}. */
    private static void boxBlur3(BufferedImage premultiplied, int r) {
        int w = premultiplied.getWidth(), h = premultiplied.getHeight();
        int[] px = ((DataBufferInt) premultiplied.getRaster().getDataBuffer()).getData();
        int n = w * h;
        int[][] ch = new int[4][n];
        for (int i = 0; i < n; i++) {
            int p = px[i];
            ch[0][i] = p >>> 24; ch[1][i] = (p >> 16) & 0xff; ch[2][i] = (p >> 8) & 0xff; ch[3][i] = p & 0xff;
        }
        int[] tmp = new int[Math.max(w, h)];
        int[] line = new int[Math.max(w, h)];
        for (int[] c : ch) {
            for (int pass = 0; pass < 3; pass++) {
                for (int y = 0; y < h; y++) boxLine(c, y * w, 1, w, r, line, tmp);
                for (int x = 0; x < w; x++) boxLine(c, x, w, h, r, line, tmp);
            }
        }
        for (int i = 0; i < n; i++) {
            int a = ch[0][i];
            px[i] = (a << 24) | (Math.min(a, ch[1][i]) << 16) | (Math.min(a, ch[2][i]) << 8) | Math.min(a, ch[3][i]);
        }
    }

    private static void boxLine(int[] c, int start, int stride, int len, int r, int[] line, int[] out) {
        for (int i = 0; i < len; i++) line[i] = c[start + i * stride];
        int div = 2 * r + 1;
        long sum = 0;
        for (int i = -r; i <= r; i++) sum += line[Math.max(0, Math.min(len - 1, i))];
        for (int i = 0; i < len; i++) {
            out[i] = (int) ((sum + r) / div);
            sum += line[Math.min(len - 1, i + r + 1)] - line[Math.max(0, i - r)];
        }
        for (int i = 0; i < len; i++) c[start + i * stride] = out[i];
    }

    /** Bounds of the pixels with alpha above {@code threshold}, or null when the image is fully transparent. */
    static Rectangle alphaBounds(BufferedImage img, int threshold) {
        BufferedImage src = intPixels(img);
        if (src.getType() == BufferedImage.TYPE_INT_RGB) return new Rectangle(0, 0, src.getWidth(), src.getHeight());
        int w = src.getWidth(), h = src.getHeight();
        int[] px = pixels(src);
        int minX = w, minY = h, maxX = -1, maxY = -1;
        for (int y = 0; y < h; y++) {
            int base = y * w;
            int first = -1, last = -1;
            for (int x = 0; x < w; x++) {
                if ((px[base + x] >>> 24) > threshold) {
                    first = x;
                    break;
                }
            }
            if (first < 0) continue;
            for (int x = w - 1; x >= first; x--) {
                if ((px[base + x] >>> 24) > threshold) {
                    last = x;
                    break;
                }
            }
            minX = Math.min(minX, first);
            maxX = Math.max(maxX, last);
            if (minY == h) minY = y;
            maxY = y;
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** Alpha-weighted centroid, in image pixels; null when transparent. */
    static double[] alphaCentroid(BufferedImage img) {
        BufferedImage src = intPixels(img);
        int w = src.getWidth(), h = src.getHeight();
        int[] px = pixels(src);
        double sx = 0, sy = 0, sa = 0;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                double a = px[y * w + x] >>> 24;
                sx += a * x; sy += a * y; sa += a;
            }
        }
        return sa == 0 ? null : new double[] {sx / sa, sy / sa};
    }

    /** Mean color of {@code region} (whole image when null), sampled on a sparse grid: we only need the cast. */
    static Rgb mean(BufferedImage img, Rectangle region) {
        Rectangle r = region == null ? new Rectangle(0, 0, img.getWidth(), img.getHeight())
                : region.intersection(new Rectangle(0, 0, img.getWidth(), img.getHeight()));
        int step = Math.max(1, (int) Math.sqrt((double) r.width * r.height / 40_000));
        long sr = 0, sg = 0, sb = 0, n = 0;
        for (int y = r.y; y < r.y + r.height; y += step) {
            for (int x = r.x; x < r.x + r.width; x += step) {
                int p = img.getRGB(x, y);
                sr += (p >> 16) & 0xff; sg += (p >> 8) & 0xff; sb += p & 0xff; n++;
            }
        }
        return n == 0 ? new Rgb(0, 0, 0) : new Rgb((int) (sr / n), (int) (sg / n), (int) (sb / n));
    }

    /**
     * Adds fine triangular noise of about one code value. Eight-bit gradients across a whole frame band
     * visibly after yuv420p and H.264; a touch of dither breaks the bands and reads as film-like texture.
     */
    static void dither(BufferedImage rgb, long seed, double amplitude) {
        int[] px = pixels(rgb);
        SplittableRandom rnd = new SplittableRandom(seed);
        int amp = (int) Math.round(amplitude * 256);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            // Triangular noise from two uniform draws, in 1/256 code values.
            int n = ((rnd.nextInt(256) - rnd.nextInt(256)) * amp) >> 16;
            int r = clamp8(((p >> 16) & 0xff) + n), g = clamp8(((p >> 8) & 0xff) + n), b = clamp8((p & 0xff) + n);
            px[i] = (p & 0xff000000) | (r << 16) | (g << 8) | b;
        }
    }

    static int clamp8(int v) { return v < 0 ? 0 : Math.min(255, v); }

    static int clamp(double v) { return (int) Math.max(0, Math.min(255, Math.round(v))); }

    static int even(double v) { return 2 * (int) Math.round(v / 2); }

    /** Writes a PNG fast (see {@link PngWriter}); layers are intermediates, so speed beats file size. */
    static void writePng(BufferedImage img, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            PngWriter.write(img, file);
        } catch (IOException e) {
            throw new MediaException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The int pixels of an INT_RGB/INT_ARGB image, shared (writes go straight into the image). */
    static int[] pixels(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB && img.getType() != BufferedImage.TYPE_INT_ARGB) {
            throw new IllegalArgumentException("expected an INT_RGB or INT_ARGB image, got type " + img.getType());
        }
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    /** {@code img} itself when it is INT_RGB/INT_ARGB, else a converted copy (e.g. after ImageIO decoding). */
    static BufferedImage intPixels(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_INT_ARGB) return img;
        return copy(img, img.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    static BufferedImage read(Path file) {
        try {
            BufferedImage fast = PngReader.read(file);
            if (fast != null) return fast;
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) throw new MediaException("not an image: " + file);
            return intPixels(img);
        } catch (IOException e) {
            throw new MediaException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
