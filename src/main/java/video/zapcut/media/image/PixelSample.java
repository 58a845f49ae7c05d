package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * A deterministic, evenly spread subset of the opaque pixels of some images, with their Lab values.
 * Evenly strided rather than random so the same photos always give the same palette.
 */
final class PixelSample {
    /** Fully or nearly opaque only: feathered edge pixels are blends with a backdrop that is gone. */
    static final int MIN_ALPHA = 250;

    final int[] argb;
    final float[] lab;

    private PixelSample(int[] argb) {
        this.argb = argb;
        this.lab = new float[argb.length * 3];
        for (int i = 0; i < argb.length; i++) Lab.of(argb[i], lab, i * 3);
    }

    int size() { return argb.length; }

    /** About {@code target} pixels in total, split equally between the images so none dominates by size. */
    static PixelSample of(List<BufferedImage> images, int target, int minAlpha) {
        int quota = Math.max(1, (target + images.size() - 1) / images.size());
        int[] picked = new int[quota * images.size()];
        int count = 0;
        for (BufferedImage image : images) {
            long stride = Math.max(1, (countOpaque(image, minAlpha) + quota - 1) / quota);
            int w = image.getWidth();
            int[] row = new int[w];
            long seen = 0;
            // Row by row: a whole 40-megapixel photo as one int[] would cost 160 MB for a 20k-pixel sample.
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int p : row) {
                    if (p >>> 24 < minAlpha) continue;
                    if (seen++ % stride == 0) picked[count++] = p;
                }
            }
        }
        return new PixelSample(Arrays.copyOf(picked, count));
    }

    private static long countOpaque(BufferedImage image, int minAlpha) {
        int w = image.getWidth();
        int[] row = new int[w];
        long opaque = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int p : row) if (p >>> 24 >= minAlpha) opaque++;
        }
        return opaque;
    }

    /** About {@code target} pixels of one image on a regular grid, skipping mostly transparent ones. */
    static PixelSample grid(BufferedImage image, int target) {
        int w = image.getWidth(), h = image.getHeight();
        int step = Math.max(1, (int) Math.sqrt((double) w * h / target));
        int[] picked = new int[((w + step - 1) / step) * ((h + step - 1) / step)];
        int count = 0;
        for (int y = step / 2; y < h; y += step) {
            for (int x = step / 2; x < w; x += step) {
                int p = image.getRGB(x, y);
                if (p >>> 24 >= 128) picked[count++] = p;
            }
        }
        return new PixelSample(Arrays.copyOf(picked, count));
    }
}
