package video.zapcut.media.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Lloyd's k-means over a pixel sample in CIELAB, seeded with k-means++ from a fixed seed. */
final class KMeans {
    private static final int MAX_ITERATIONS = 30;

    /**
     * A group of similar pixels. {@code medoid} is the sampled pixel nearest the cluster's mean: a color
     * that really occurs in the photo, unlike the mean, which can be a blend no pixel has.
     */
    record Cluster(int medoid, int weight) {}

    private KMeans() {}

    /** At most k clusters (fewer if the sample has fewer distinct colors), heaviest first. */
    static List<Cluster> cluster(PixelSample sample, int k, long seed) {
        int n = sample.size();
        float[] centers = seedCenters(sample, k, new Random(seed));
        int centerCount = centers.length / 3;
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (!assign(sample, centers, centerCount, assignment)) break;
            updateMeans(sample, centers, centerCount, assignment);
        }
        return summarise(sample, centers, centerCount, assignment);
    }

    /** k-means++: each further center is drawn with probability proportional to its squared distance. */
    private static float[] seedCenters(PixelSample sample, int k, Random random) {
        int n = sample.size();
        float[] centers = new float[k * 3];
        System.arraycopy(sample.lab, random.nextInt(n) * 3, centers, 0, 3);
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.MAX_VALUE);
        int chosen = 1;
        for (; chosen < k; chosen++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], Lab.distanceSquared(sample.lab, i * 3, centers, (chosen - 1) * 3));
                total += nearest[i];
            }
            if (total == 0) break; // every pixel already sits on a center: there are no more colors
            double target = random.nextDouble() * total;
            int pick = 0;
            double cumulative = nearest[0];
            while (cumulative < target && pick < n - 1) cumulative += nearest[++pick];
            System.arraycopy(sample.lab, pick * 3, centers, chosen * 3, 3);
        }
        return Arrays.copyOf(centers, chosen * 3);
    }

    /** Returns whether any pixel changed cluster. */
    private static boolean assign(PixelSample sample, float[] centers, int centerCount, int[] assignment) {
        boolean changed = false;
        for (int i = 0; i < sample.size(); i++) {
            int best = nearestCenter(sample.lab, i * 3, centers, centerCount);
            if (best != assignment[i]) {
                assignment[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    private static void updateMeans(PixelSample sample, float[] centers, int centerCount, int[] assignment) {
        double[] sums = new double[centerCount * 3];
        int[] counts = new int[centerCount];
        for (int i = 0; i < sample.size(); i++) {
            int c = assignment[i];
            counts[c]++;
            for (int d = 0; d < 3; d++) sums[c * 3 + d] += sample.lab[i * 3 + d];
        }
        for (int c = 0; c < centerCount; c++) {
            if (counts[c] == 0) continue; // an emptied cluster keeps its old center and simply ends up weightless
            for (int d = 0; d < 3; d++) centers[c * 3 + d] = (float) (sums[c * 3 + d] / counts[c]);
        }
    }

    private static List<Cluster> summarise(PixelSample sample, float[] centers, int centerCount, int[] assignment) {
        int[] weight = new int[centerCount];
        int[] medoid = new int[centerCount];
        float[] medoidDistance = new float[centerCount];
        Arrays.fill(medoidDistance, Float.MAX_VALUE);
        for (int i = 0; i < sample.size(); i++) {
            int c = assignment[i];
            weight[c]++;
            float d = Lab.distanceSquared(sample.lab, i * 3, centers, c * 3);
            if (d < medoidDistance[c]) {
                medoidDistance[c] = d;
                medoid[c] = sample.argb[i];
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < centerCount; c++) {
            if (weight[c] > 0) clusters.add(new Cluster(medoid[c], weight[c]));
        }
        clusters.sort(Comparator.comparingInt(Cluster::weight).reversed());
        return clusters;
    }

    static int nearestCenter(float[] points, int offset, float[] centers, int centerCount) {
        int best = 0;
        float bestDistance = Float.MAX_VALUE;
        for (int c = 0; c < centerCount; c++) {
            float d = Lab.distanceSquared(points, offset, centers, c * 3);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }
}
