package video.zapcut.media.image;

import java.util.Arrays;
import java.util.Optional;
import video.zapcut.common.Rgb;

/**
 * Finds a studio-style plain backdrop in a (small) analysis copy of a photo: if the border is nearly
 * one color, every pixel of that color reachable from the border is backdrop and the rest is product.
 */
final class BackgroundFinder {
    /** Border pixels within this deltaE of the border's median color count as "the same" color. */
    static final double BORDER_SPREAD = 10;
    /** Share of the border that must be that color; below it the photo is a scene, not a backdrop. */
    static final double PLAIN_SHARE = 0.75;
    /** Flood-fill tolerance for a perfectly even backdrop; widened for noisy ones, see {@link #tolerance}. */
    static final double MIN_TOLERANCE = 12;
    static final double MAX_TOLERANCE = 18;

    /** The backdrop found: its color, how far from it still counts as backdrop, and the product mask. */
    record Backdrop(Rgb color, double tolerance, boolean[] product) {}

    private BackgroundFinder() {}

    /** The backdrop, or empty if the border is not a plain color (a lifestyle shot). */
    static Optional<Backdrop> find(PixelGrid grid) {
        int[] ring = grid.borderRing(Math.max(2, (int) Math.round(Math.min(grid.width, grid.height) * 0.02)));
        Rgb median = medianColor(ring);
        float[] medianLab = Lab.of(median.argb());
        float[] ringDistances = distancesTo(ring, medianLab);
        long near = 0;
        for (float d : ringDistances) if (d <= BORDER_SPREAD) near++;
        if (near < PLAIN_SHARE * ring.length) return Optional.empty();

        double tolerance = tolerance(ringDistances);
        boolean[] background = floodFromBorder(grid, medianLab, tolerance);
        boolean[] product = new boolean[background.length];
        for (int i = 0; i < product.length; i++) product[i] = !background[i];
        dropSpecks(product, grid.width, Math.max(4, grid.size() / 2000));
        return Optional.of(new Backdrop(median, tolerance, product));
    }

    static Rgb medianColor(int[] pixels) {
        return new Rgb(medianChannel(pixels, 16), medianChannel(pixels, 8), medianChannel(pixels, 0));
    }

    /**
     * A backdrop that already varies along the border (JPEG noise, light fall-off) varies as much
     * inside, so the tolerance widens with the border's own 90th-percentile spread.
     */
    private static double tolerance(float[] ringDistances) {
        float[] sorted = ringDistances.clone();
        Arrays.sort(sorted);
        double p90 = sorted[(int) (sorted.length * 0.9)];
        return Math.clamp(MIN_TOLERANCE + 1.5 * p90, MIN_TOLERANCE, MAX_TOLERANCE);
    }

    /**
     * Compares each pixel with the backdrop color rather than with its neighbour: neighbour-to-neighbour
     * steps are small across a soft product edge too, and would let the fill leak into the product.
     */
    private static boolean[] floodFromBorder(PixelGrid grid, float[] backdropLab, double tolerance) {
        int w = grid.width, h = grid.height;
        float limit = (float) (tolerance * tolerance);
        boolean[] candidate = new boolean[grid.size()];
        float[] lab = new float[3];
        for (int i = 0; i < candidate.length; i++) {
            Lab.of(grid.argb[i], lab, 0);
            candidate[i] = Lab.distanceSquared(lab, 0, backdropLab, 0) <= limit;
        }

        boolean[] filled = new boolean[grid.size()];
        int[] queue = new int[grid.size()];
        int tail = 0;
        for (int x = 0; x < w; x++) {
            tail = enqueue(x, candidate, filled, queue, tail);
            tail = enqueue((h - 1) * w + x, candidate, filled, queue, tail);
        }
        for (int y = 0; y < h; y++) {
            tail = enqueue(y * w, candidate, filled, queue, tail);
            tail = enqueue(y * w + w - 1, candidate, filled, queue, tail);
        }
        for (int head = 0; head < tail; head++) {
            int i = queue[head], x = i % w;
            if (x > 0) tail = enqueue(i - 1, candidate, filled, queue, tail);
            if (x < w - 1) tail = enqueue(i + 1, candidate, filled, queue, tail);
            if (i >= w) tail = enqueue(i - w, candidate, filled, queue, tail);
            if (i < filled.length - w) tail = enqueue(i + w, candidate, filled, queue, tail);
        }
        return filled;
    }

    private static int enqueue(int i, boolean[] candidate, boolean[] filled, int[] queue, int tail) {
        if (!candidate[i] || filled[i]) return tail;
        filled[i] = true;
        queue[tail] = i;
        return tail + 1;
    }

    /** Noise and dust leave isolated non-backdrop blobs; a product part is never that small. */
    private static void dropSpecks(boolean[] product, int w, int minPixels) {
        boolean[] seen = new boolean[product.length];
        int[] component = new int[product.length];
        for (int start = 0; start < product.length; start++) {
            if (!product[start] || seen[start]) continue;
            int size = 0;
            seen[start] = true;
            component[size++] = start;
            for (int head = 0; head < size; head++) {
                int i = component[head], x = i % w;
                if (x > 0 && product[i - 1] && !seen[i - 1]) { seen[i - 1] = true; component[size++] = i - 1; }
                if (x < w - 1 && product[i + 1] && !seen[i + 1]) { seen[i + 1] = true; component[size++] = i + 1; }
                if (i >= w && product[i - w] && !seen[i - w]) { seen[i - w] = true; component[size++] = i - w; }
                if (i < product.length - w && product[i + w] && !seen[i + w]) { seen[i + w] = true; component[size++] = i + w; }
            }
            if (size < minPixels) {
                for (int k = 0; k < size; k++) product[component[k]] = false;
            }
        }
    }

    private static float[] distancesTo(int[] pixels, float[] lab) {
        float[] out = new float[pixels.length];
        float[] p = new float[3];
        for (int i = 0; i < pixels.length; i++) {
            Lab.of(pixels[i], p, 0);
            out[i] = (float) Math.sqrt(Lab.distanceSquared(p, 0, lab, 0));
        }
        return out;
    }

    private static int medianChannel(int[] pixels, int shift) {
        int[] histogram = new int[256];
        for (int p : pixels) histogram[(p >> shift) & 0xFF]++;
        int half = pixels.length / 2, seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (seen > half) return v;
        }
        return 255;
    }
}
