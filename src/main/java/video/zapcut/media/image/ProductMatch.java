package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * How plainly a frame shows the product of a photo: the product's colours, laid out as in its cutout,
 * looked for in windows of the frame at a few sizes and every position, scored 0 (nothing like it)
 * to 1 (a window holds the product's colours in the product's arrangement).
 *
 * <p>Colours are compared as coarse CIELAB histograms (5 x 5 x 5 bins) so grading, relighting and video
 * compression move few pixels across bins. A window is compared whole and as a grid of cells (three
 * rows, two columns, each weighted by the product pixels it holds): the whole catches the product
 * turned or re-posed, the grid tells a bottle with its dark cap on top from a patch of the same
 * colours in another order. A window's background dilutes its histogram; each overlap is therefore
 * divided by the share of its box the product itself fills (a window holding exactly the product
 * scores 1 whatever its backdrop). Windows keep the cutout's aspect ratio; summed-area histograms make
 * every window cost the same few hundred additions, so a frame takes a few milliseconds.
 */
public final class ProductMatch {
    /** The frame is searched at this longer side: a product a fifth of a 16:9 frame high is then 18 pixels. */
    static final int FRAME_SIDE = 160;
    /**
     * Windows narrower or lower than this (in the searched frame's pixels) are not tried: a few dozen
     * pixels match some corner of any busy picture by chance.
     */
    static final int MIN_WINDOW_SIDE = 8;
    /** The cutout is described at this longer side: a cell of its grid is then still dozens of pixels. */
    static final int MODEL_SIDE = 60;
    static final int ROWS = 3, COLUMNS = 2;
    /** Window heights tried, as shares of the frame's height (close-ups fill it, lifestyle sets show a fifth). */
    static final double[] SCALES = {0.2, 0.3, 0.42, 0.56, 0.72, 0.88, 1.0};
    /** Positions per window length: a window is never more than an eighth of itself off the product. */
    static final int STEPS = 8;
    /** Below this opacity a cutout pixel is backdrop (or feathered edge), not product. */
    static final int MIN_ALPHA = 128;
    private static final int L_BINS = 5, AB_BINS = 5, BINS = L_BINS * AB_BINS * AB_BINS;

    /** Where the best window was (in the frame's own pixels) and its score. */
    public record Found(double score, int x, int y, int width, int height) {}

    /** Histograms below are over the product's own colours only: {@code slotOf[bin]} is a bin's slot, or -1. */
    private final int[] slotOf;
    private final double[] whole;
    private final double wholeFill;
    private final double[][] cells;
    private final double[] cellFill;
    private final double[] cellWeight;
    /** The product's box, width over height. */
    private final double aspect;

    private ProductMatch(int[] slotOf, double[] whole, double wholeFill, double[][] cells, double[] cellFill, double[] cellWeight,
                         double aspect) {
        this.slotOf = slotOf;
        this.whole = whole;
        this.wholeFill = wholeFill;
        this.cells = cells;
        this.cellFill = cellFill;
        this.cellWeight = cellWeight;
        this.aspect = aspect;
    }

    /**
     * The product as a product cutout shows it: its visible pixels (a photo without a plain backdrop
     * arrives whole, and is then taken whole as the product).
     */
    public static ProductMatch of(BufferedImage cutout) {
        PixelGrid grid = PixelGrid.of(Objects.requireNonNull(cutout, "cutout")).downscaled(MODEL_SIDE);
        int minX = grid.width, minY = grid.height, maxX = -1, maxY = -1;
        for (int y = 0; y < grid.height; y++) {
            for (int x = 0; x < grid.width; x++) {
                if (grid.at(x, y) >>> 24 < MIN_ALPHA) continue;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        if (maxX < 0) throw new IllegalArgumentException("the cutout has no visible pixels");
        int bw = maxX - minX + 1, bh = maxY - minY + 1;
        double[] whole = new double[BINS];
        double[][] cells = new double[ROWS * COLUMNS][BINS];
        int[] cellPixels = new int[ROWS * COLUMNS], cellArea = new int[ROWS * COLUMNS];
        int product = 0;
        float[] lab = new float[3];
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                int cell = cell(x - minX, y - minY, bw, bh);
                cellArea[cell]++;
                int p = grid.at(x, y);
                if (p >>> 24 < MIN_ALPHA) continue;
                int bin = bin(p, lab);
                whole[bin]++;
                cells[cell][bin]++;
                cellPixels[cell]++;
                product++;
            }
        }
        // A frame's pixels in colours the product lacks add nothing to any overlap: only the product's bins are counted.
        int[] slotOf = new int[BINS];
        int slots = 0;
        for (int bin = 0; bin < BINS; bin++) slotOf[bin] = whole[bin] > 0 ? slots++ : -1;
        double[] compact = new double[slots];
        double[][] compactCells = new double[cells.length][slots];
        for (int bin = 0; bin < BINS; bin++) {
            if (slotOf[bin] < 0) continue;
            compact[slotOf[bin]] = whole[bin] / product;
            for (int c = 0; c < cells.length; c++) compactCells[c][slotOf[bin]] = cellPixels[c] == 0 ? 0 : cells[c][bin] / cellPixels[c];
        }
        double[] cellFill = new double[cells.length], cellWeight = new double[cells.length];
        for (int c = 0; c < cells.length; c++) {
            cellFill[c] = cellArea[c] == 0 ? 0 : (double) cellPixels[c] / cellArea[c];
            cellWeight[c] = (double) cellPixels[c] / product;
        }
        return new ProductMatch(slotOf, compact, (double) product / (bw * bh), compactCells, cellFill, cellWeight, (double) bw / bh);
    }

    /** The frame's best window: 0..1, and where it is. */
    public Found find(BufferedImage frame) {
        PixelGrid grid = PixelGrid.of(Objects.requireNonNull(frame, "frame")).downscaled(FRAME_SIDE);
        int w = grid.width, h = grid.height;
        int[] sums = summedHistograms(grid, slotOf, whole.length);
        double bestScore = -1;
        int bx = 0, by = 0, bww = w, bwh = h;
        for (double scale : SCALES) {
            int wh = (int) Math.round(scale * h), ww = (int) Math.round(wh * aspect);
            if (ww > w) {
                ww = w;
                wh = Math.min(h, (int) Math.round(w / aspect));
            }
            if (wh < MIN_WINDOW_SIDE || ww < MIN_WINDOW_SIDE) continue;
            int stepX = Math.max(1, ww / STEPS), stepY = Math.max(1, wh / STEPS);
            for (int y = 0; y + wh <= h; y += stepY) {
                for (int x = 0; x + ww <= w; x += stepX) {
                    double s = score(sums, w, x, y, ww, wh);
                    if (s > bestScore) {
                        bestScore = s;
                        bx = x; by = y; bww = ww; bwh = wh;
                    }
                }
            }
        }
        double k = (double) frame.getWidth() / w;
        return new Found(Math.max(0, bestScore), (int) Math.round(bx * k), (int) Math.round(by * k),
                (int) Math.round(bww * k), (int) Math.round(bwh * k));
    }

    /** The best window's score only. */
    public double score(BufferedImage frame) { return find(frame).score(); }

    private double score(int[] sums, int w, int x, int y, int ww, int wh) {
        double total = overlap(whole, wholeFill, sums, w, x, y, ww, wh);
        double grid = 0;
        for (int r = 0; r < ROWS; r++) {
            int y0 = y + r * wh / ROWS, y1 = y + (r + 1) * wh / ROWS;
            for (int c = 0; c < COLUMNS; c++) {
                int i = r * COLUMNS + c;
                if (cellWeight[i] == 0) continue;
                int x0 = x + c * ww / COLUMNS, x1 = x + (c + 1) * ww / COLUMNS;
                grid += cellWeight[i] * overlap(cells[i], cellFill[i], sums, w, x0, y0, x1 - x0, y1 - y0);
            }
        }
        return 0.5 * total + 0.5 * grid;
    }

    /**
     * The histogram intersection of the product's colours with the window's, over the share the product
     * fills of its own box (what a window holding exactly the product would reach), at most 1.
     */
    private static double overlap(double[] product, double fill, int[] sums, int w, int x, int y, int ww, int wh) {
        if (fill <= 0 || ww <= 0 || wh <= 0) return 0;
        int slots = product.length, stride = w + 1;
        int a = (y * stride + x) * slots, b = (y * stride + x + ww) * slots;
        int c = ((y + wh) * stride + x) * slots, d = ((y + wh) * stride + x + ww) * slots;
        double area = (double) ww * wh, shared = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (product[slot] == 0) continue;
            int n = sums[d + slot] - sums[b + slot] - sums[c + slot] + sums[a + slot];
            shared += Math.min(product[slot], n / area);
        }
        return Math.min(1, shared / fill);
    }

    /** Per product colour, how many pixels above and left of each grid corner have it: (w+1) x (h+1) x slots. */
    private static int[] summedHistograms(PixelGrid grid, int[] slotOf, int slots) {
        int w = grid.width, h = grid.height, stride = w + 1;
        int[] sums = new int[stride * (h + 1) * slots];
        int[] row = new int[slots];
        float[] lab = new float[3];
        for (int y = 0; y < h; y++) {
            java.util.Arrays.fill(row, 0);
            int above = (y * stride) * slots, here = ((y + 1) * stride) * slots;
            for (int x = 0; x < w; x++) {
                int slot = slotOf[bin(grid.at(x, y), lab)];
                if (slot >= 0) row[slot]++;
                int to = here + (x + 1) * slots, up = above + (x + 1) * slots;
                for (int k = 0; k < slots; k++) sums[to + k] = sums[up + k] + row[k];
            }
        }
        return sums;
    }

    private static int cell(int x, int y, int w, int h) {
        return Math.min(ROWS - 1, y * ROWS / h) * COLUMNS + Math.min(COLUMNS - 1, x * COLUMNS / w);
    }

    /**
     * The pixel's bin: lightness in fifths; a* and b* each in five bands (strongly negative, negative,
     * neutral within 8, positive, strongly positive past 24), so a neutral grey never shares a bin with
     * a tinted cream.
     */
    static int bin(int argb, float[] lab) {
        Lab.of(argb, lab, 0);
        int l = Math.min(L_BINS - 1, Math.max(0, (int) (lab[0] / (100.0 / L_BINS))));
        return (l * AB_BINS + band(lab[1])) * AB_BINS + band(lab[2]);
    }

    private static int band(float v) {
        return v < -24 ? 0 : v < -8 ? 1 : v <= 8 ? 2 : v <= 24 ? 3 : 4;
    }

}
