package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import video.zapcut.common.Rgb;

/** Color measurements used to judge rendered frames: palette fit and continuity across a cut. */
public final class ColorStats {
    /** A pixel within this deltaE of a palette color reads as "on palette" at a glance. */
    public static final double ADHERENCE_DELTA_E = 25;
    /** Enough sampled pixels for stable statistics at any frame size, in a few milliseconds. */
    static final int SAMPLE_SIZE = 16_000;

    /**
     * How well a frame keeps to a palette.
     *
     * @param withinShare fraction (0..1) of sampled pixels within {@link #ADHERENCE_DELTA_E} of some palette color
     * @param meanDeltaE  mean distance from each sampled pixel to its nearest palette color
     */
    public record PaletteAdherence(double withinShare, double meanDeltaE) {}

    private ColorStats() {}

    /** Samples the frame on an even grid; pixels more than half transparent are not part of what is seen. */
    public static PaletteAdherence paletteAdherence(BufferedImage frame, List<Rgb> palette) {
        Objects.requireNonNull(frame, "frame");
        if (palette.isEmpty()) throw new IllegalArgumentException("palette is empty");
        PixelSample sample = requirePixels(PixelSample.grid(frame, SAMPLE_SIZE));
        float[] paletteLab = new float[palette.size() * 3];
        for (int c = 0; c < palette.size(); c++) Lab.of(palette.get(c).argb(), paletteLab, c * 3);

        int within = 0;
        double total = 0;
        for (int i = 0; i < sample.size(); i++) {
            int nearest = KMeans.nearestCenter(sample.lab, i * 3, paletteLab, palette.size());
            double d = Math.sqrt(Lab.distanceSquared(sample.lab, i * 3, paletteLab, nearest * 3));
            if (d <= ADHERENCE_DELTA_E) within++;
            total += d;
        }
        return new PaletteAdherence((double) within / sample.size(), total / sample.size());
    }

    /**
     * How different the overall colors of two images are, 0 (same color distribution) to 1 (no color
     * in common): the Hellinger form of the Bhattacharyya distance between 8x8x8 RGB histograms.
     * It ignores where colors are, which is what a viewer notices across a cut.
     */
    public static double colorHistogramDistance(BufferedImage a, BufferedImage b) {
        double[] p = histogram(a), q = histogram(b);
        double overlap = 0;
        for (int i = 0; i < p.length; i++) overlap += Math.sqrt(p[i] * q[i]);
        return Math.sqrt(Math.max(0, 1 - overlap));
    }

    private static double[] histogram(BufferedImage image) {
        PixelSample sample = requirePixels(PixelSample.grid(Objects.requireNonNull(image, "image"), SAMPLE_SIZE));
        double[] bins = new double[512];
        for (int p : sample.argb) {
            bins[((p >> 21) & 7) << 6 | ((p >> 13) & 7) << 3 | ((p >> 5) & 7)]++;
        }
        for (int i = 0; i < bins.length; i++) bins[i] /= sample.size();
        return bins;
    }

    private static PixelSample requirePixels(PixelSample sample) {
        if (sample.size() == 0) throw new IllegalArgumentException("image has no visible pixels");
        return sample;
    }
}
