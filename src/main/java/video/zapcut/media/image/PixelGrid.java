package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/** A photo's pixels as one packed ARGB array, so analysis loops avoid BufferedImage's per-pixel calls. */
final class PixelGrid {
    final int width;
    final int height;
    final int[] argb;

    PixelGrid(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("bad grid " + width + "x" + height + " with " + argb.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    static PixelGrid of(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        return new PixelGrid(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    int at(int x, int y) { return argb[y * width + x]; }

    int size() { return argb.length; }

    /**
     * A copy whose longer side is at most {@code maxSide}, each pixel the average of the block it covers.
     * Averaging (rather than picking one pixel per block) also smooths sensor and JPEG noise, which makes
     * the background look as uniform as it really is.
     */
    PixelGrid downscaled(int maxSide) {
        if (Math.max(width, height) <= maxSide) return this;
        double factor = (double) Math.max(width, height) / maxSide;
        int sw = Math.max(1, (int) Math.round(width / factor));
        int sh = Math.max(1, (int) Math.round(height / factor));
        int[] columnOf = new int[width];
        for (int x = 0; x < width; x++) columnOf[x] = (int) ((long) x * sw / width);

        int[] out = new int[sw * sh];
        long[] a = new long[sw], r = new long[sw], g = new long[sw], b = new long[sw], n = new long[sw];
        int y = 0;
        for (int row = 0; row < sh; row++) {
            Arrays.fill(a, 0); Arrays.fill(r, 0); Arrays.fill(g, 0);
            Arrays.fill(b, 0); Arrays.fill(n, 0);
            int rowEnd = (int) ((long) (row + 1) * height / sh);
            for (; y < rowEnd; y++) {
                for (int x = 0, i = y * width; x < width; x++, i++) {
                    int p = argb[i], c = columnOf[x];
                    a[c] += p >>> 24; r[c] += (p >> 16) & 0xFF; g[c] += (p >> 8) & 0xFF; b[c] += p & 0xFF; n[c]++;
                }
            }
            for (int c = 0; c < sw; c++) {
                long k = n[c];
                out[row * sw + c] = (int) ((a[c] + k / 2) / k) << 24 | (int) ((r[c] + k / 2) / k) << 16
                        | (int) ((g[c] + k / 2) / k) << 8 | (int) ((b[c] + k / 2) / k);
            }
        }
        return new PixelGrid(sw, sh, out);
    }

    /**
     * Pixels in the frame of the given thickness along all four edges; where a photo's backdrop shows if
     * it has one. Corners are visited once.
     */
    int[] borderRing(int thickness) {
        int t = Math.max(1, Math.min(thickness, Math.min(width, height) / 2));
        int[] ring = new int[size() - Math.max(0, width - 2 * t) * Math.max(0, height - 2 * t)];
        int count = 0;
        for (int y = 0; y < height; y++) {
            boolean edgeRow = y < t || y >= height - t;
            for (int x = 0; x < width; x++) {
                // Between the top and bottom bands, only the left and right bands belong to the ring.
                if (!edgeRow && x == t) x = Math.max(t, width - t);
                if (x < width) ring[count++] = argb[y * width + x];
            }
        }
        return ring;
    }
}
