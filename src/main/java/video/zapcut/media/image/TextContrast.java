package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The contrast a text layer shows on a finished frame, measured on the frame's own pixels (after
 * compositing, chroma subsampling and compression): WCAG's ratio between the letters and what surrounds
 * them. The layer only says where the letters are: its opaque pixels (a scrim, a caption box or a shadow
 * is translucent). The letters' luminance is the median over their inner pixels (one pixel in from every
 * edge, where compression does not smear); their surroundings are the frame's pixels 3 to 6 pixels from
 * any letter (past the anti-aliased edge), scrim or box included, as the viewer sees them, at their 10th
 * and 90th percentiles. The ratio is the worse of the letters against those two: light letters are judged
 * against the brightest of their surroundings, dark ones against the darkest.
 */
public final class TextContrast {
    /**
     * The least contrast text may have, the one rule for the renderers and the measure: WCAG AA for body
     * text, though ad copy is large: an ad is read in a glance, on a phone, often outdoors (issue 18 asks
     * 4.5:1 of every caption and overlay).
     */
    public static final double MIN_RATIO = 4.5;
    /** A layer pixel at least this opaque is a letter (scrims stop at 0.92, the caption box is 0.74). */
    static final int LETTER_ALPHA = 250;
    static final int RING_FROM = 3, RING_TO = 6;
    /** Fewer letter or surrounding pixels than this on the frame: nothing to measure. */
    static final int MIN_PIXELS = 20;

    private TextContrast() {}

    /**
     * The contrast of {@code layer}'s letters as laid over the picture at ({@code x}, {@code y}) on
     * {@code frame}, both in the ad's pixels; NaN when the layer has no letters on the frame.
     */
    public static double measure(BufferedImage frame, BufferedImage layer, int x, int y) {
        int w = layer.getWidth(), h = layer.getHeight();
        int[] argb = layer.getRGB(0, 0, w, h, null, 0, w);
        boolean[] letter = new boolean[w * h];
        for (int i = 0; i < argb.length; i++) letter[i] = (argb[i] >>> 24) >= LETTER_ALPHA;
        int[] distance = distances(letter, w, h);
        double[] inner = new double[w * h], around = new double[w * h];
        int ni = 0, na = 0;
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                int fx = x + px, fy = y + py;
                if (fx < 0 || fy < 0 || fx >= frame.getWidth() || fy >= frame.getHeight()) continue;
                int i = py * w + px;
                if (letter[i] && innerLetter(letter, w, h, px, py)) inner[ni++] = Lab.luminance(frame.getRGB(fx, fy));
                else if (distance[i] >= RING_FROM && distance[i] <= RING_TO) around[na++] = Lab.luminance(frame.getRGB(fx, fy));
            }
        }
        if (ni < MIN_PIXELS || na < MIN_PIXELS) return Double.NaN;
        Arrays.sort(inner, 0, ni);
        Arrays.sort(around, 0, na);
        double letters = inner[ni / 2];
        double dark = around[(int) (0.10 * (na - 1))], light = around[(int) Math.ceil(0.90 * (na - 1))];
        return Math.min(ratio(letters, dark), ratio(letters, light));
    }

    /** Whether {@code layer} has letters to measure (the blank image between caption phrases has none). */
    public static boolean hasLetters(BufferedImage layer) {
        int count = 0;
        for (int y = 0; y < layer.getHeight(); y++) {
            for (int x = 0; x < layer.getWidth(); x++) {
                if ((layer.getRGB(x, y) >>> 24) >= LETTER_ALPHA && ++count >= MIN_PIXELS) return true;
            }
        }
        return false;
    }

    /** WCAG 2's contrast ratio of two relative luminances. */
    public static double ratio(double a, double b) { return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }

    private static boolean innerLetter(boolean[] letter, int w, int h, int x, int y) {
        return x > 0 && y > 0 && x < w - 1 && y < h - 1 && letter[y * w + x - 1] && letter[y * w + x + 1]
                && letter[(y - 1) * w + x] && letter[(y + 1) * w + x];
    }

    /** Each pixel's distance in 4-connected steps to the nearest letter pixel, up to RING_TO + 1. */
    private static int[] distances(boolean[] letter, int w, int h) {
        int[] d = new int[w * h];
        Arrays.fill(d, RING_TO + 1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < letter.length; i++) {
            if (letter[i]) {
                d[i] = 0;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            if (d[i] >= RING_TO) continue;
            int x = i % w, y = i / w;
            if (x > 0) step(d, queue, i - 1, d[i]);
            if (x < w - 1) step(d, queue, i + 1, d[i]);
            if (y > 0) step(d, queue, i - w, d[i]);
            if (y < h - 1) step(d, queue, i + w, d[i]);
        }
        return d;
    }

    private static void step(int[] d, ArrayDeque<Integer> queue, int j, int from) {
        if (d[j] > from + 1) {
            d[j] = from + 1;
            queue.add(j);
        }
    }
}
