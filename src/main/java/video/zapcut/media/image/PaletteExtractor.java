package video.zapcut.media.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.KMeans.Cluster;

/**
 * Derives a brand palette from the product itself: the colors that cover most of the product's
 * pixels, each one a color that really occurs in the photos.
 */
public final class PaletteExtractor {
    static final int SAMPLE_SIZE = 20_000;
    /** Colors closer than this look like "the same color" in a palette and are merged. */
    static final double MERGE_DELTA_E = 10;
    /** Smallest difference worth a palette slot: about one just-noticeable difference. */
    static final double MIN_DISTINCT_DELTA_E = 2.3;
    /** Share of the product a color must cover to earn a slot beyond the first {@code min}. */
    static final double MIN_SHARE = 0.015;
    private static final long SEED = 20_240_611L;

    private PaletteExtractor() {}

    /**
     * Between {@code min} and {@code max} colors, most dominant first, from the opaque pixels of the
     * cutouts (their transparent backdrop is ignored; a cutout without a plain backdrop contributes its
     * whole photo). Each cutout weighs equally, whatever its resolution.
     *
     * <p>Only a product with fewer than {@code min} visibly different colors (say, a flat single-color
     * graphic) gets padding: lighter and darker variants of its main color, which are the one kind of
     * entry not taken from the pixels.
     *
     * @throws IllegalArgumentException if there are no cutouts, {@code min} is not in 1..max, the
     *         cutouts have no opaque pixel, or even padding cannot reach {@code min} distinct colors
     */
    public static List<Rgb> extract(List<ProductCutout> cutouts, int min, int max) {
        Objects.requireNonNull(cutouts, "cutouts");
        if (cutouts.isEmpty()) throw new IllegalArgumentException("no cutouts to take a palette from");
        if (min < 1 || max < min) throw new IllegalArgumentException("need 1 <= min <= max, got " + min + ".." + max);
        PixelSample sample = PixelSample.of(cutouts.stream().map(ProductCutout::image).toList(), SAMPLE_SIZE, PixelSample.MIN_ALPHA);
        if (sample.size() == 0) throw new IllegalArgumentException("the cutouts have no opaque pixels");

        List<Rgb> colors = distinctColors(sample, min, max);
        if (colors.size() < min) colors = padWithVariants(colors, min);
        return List.copyOf(colors);
    }

    /**
     * First asks k-means for more clusters, so small but distinct details (a gold cap) get their own;
     * only then relaxes the merge threshold, which starts admitting near-duplicates.
     */
    private static List<Rgb> distinctColors(PixelSample sample, int min, int max) {
        int[] clusterCounts = {max, 2 * max, 3 * max};
        List<List<Cluster>> runs = new ArrayList<>();
        for (int k : clusterCounts) runs.add(KMeans.cluster(sample, k, SEED));

        List<Rgb> best = List.of();
        for (List<Cluster> run : runs) {
            best = palette(merged(run, MERGE_DELTA_E), sample.size(), min, max);
            if (best.size() >= min) return best;
        }
        List<Cluster> finest = runs.getLast();
        for (double threshold : new double[] {7, 5, 3.5, MIN_DISTINCT_DELTA_E}) {
            best = palette(merged(finest, threshold), sample.size(), min, max);
            if (best.size() >= min) return best;
        }
        return best;
    }

    /**
     * The heaviest colors, up to {@code max}. Colors covering under {@link #MIN_SHARE} of the product
     * are left out once {@code min} is reached: they are mostly blends along edges and JPEG color
     * bleed, which no one would call a color of the product.
     */
    private static List<Rgb> palette(List<Cluster> heaviestFirst, int total, int min, int max) {
        List<Rgb> colors = new ArrayList<>();
        for (Cluster cluster : heaviestFirst) {
            if (colors.size() == max) break;
            if (colors.size() >= min && cluster.weight() < MIN_SHARE * total) break;
            colors.add(Rgb.of(cluster.medoid()));
        }
        return colors;
    }

    /** Folds each cluster into a heavier one of similar color; the result is again heaviest first. */
    private static List<Cluster> merged(List<Cluster> heaviestFirst, double threshold) {
        List<Rgb> colors = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Cluster cluster : heaviestFirst) {
            int similar = indexOfSimilar(colors, Rgb.of(cluster.medoid()), threshold);
            if (similar >= 0) {
                Cluster kept = clusters.get(similar);
                clusters.set(similar, new Cluster(kept.medoid(), kept.weight() + cluster.weight()));
            } else {
                colors.add(Rgb.of(cluster.medoid()));
                clusters.add(cluster);
            }
        }
        clusters.sort(Comparator.comparingInt(Cluster::weight).reversed());
        return clusters;
    }

    private static int indexOfSimilar(List<Rgb> colors, Rgb color, double threshold) {
        for (int i = 0; i < colors.size(); i++) {
            if (colors.get(i).deltaE(color) < threshold) return i;
        }
        return -1;
    }

    private static List<Rgb> padWithVariants(List<Rgb> colors, int min) {
        List<Rgb> padded = new ArrayList<>(colors);
        Rgb main = colors.getFirst();
        Rgb white = new Rgb(255, 255, 255), black = new Rgb(0, 0, 0);
        for (int step = 1; step <= 6 && padded.size() < min; step++) {
            for (Rgb toward : List.of(white, black)) {
                Rgb variant = main.mix(toward, 0.15 * step);
                if (padded.size() < min && indexOfSimilar(padded, variant, MERGE_DELTA_E) < 0) padded.add(variant);
            }
        }
        if (padded.size() < min) throw new IllegalArgumentException("cannot make " + min + " distinct colors from " + colors);
        return padded;
    }
}
