package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import video.zapcut.common.Rgb;
import video.zapcut.media.Ffmpeg;

/** Measurements the scene tests assert on. */
public final class ImageChecks {
    private static final Rgb WHITE = new Rgb(255, 255, 255), BLACK = new Rgb(0, 0, 0);

    private ImageChecks() {}

    /** A 1920x1080 frame of one colour. */
    static BufferedImage flat(java.awt.Color c) {
        BufferedImage img = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, 1920, 1080);
        g.dispose();
        return img;
    }

    /** Standard deviation of luma over a sparse grid: near 0 for a flat fill. */
    static double lumaStdDev(BufferedImage img) {
        double s = 0, s2 = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                double l = luma(img.getRGB(x, y));
                s += l;
                s2 += l * l;
                n++;
            }
        }
        double mean = s / n;
        return Math.sqrt(Math.max(0, s2 / n - mean * mean));
    }

    static double luma(int p) { return 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff); }

    /**
     * The colours a palette-built frame may contain: each palette colour, blends of any two, and their
     * tints and shades (light falloff, vignettes and gradients only ever produce those).
     */
    static List<double[]> paletteFamily(List<Rgb> palette) {
        List<Rgb> base = new ArrayList<>(palette);
        for (int i = 0; i < palette.size(); i++) {
            for (int j = i + 1; j < palette.size(); j++) {
                for (double t : new double[] {0.25, 0.5, 0.75}) base.add(palette.get(i).mix(palette.get(j), t));
            }
        }
        List<double[]> family = new ArrayList<>();
        for (Rgb c : base) {
            for (double t = 0; t <= 0.81; t += 0.1) {
                family.add(c.mix(WHITE, t).lab());
                family.add(c.mix(BLACK, t).lab());
            }
        }
        return family;
    }

    /** Fraction of sampled pixels within {@code maxDeltaE} (CIE76) of the palette family. */
    static double paletteNearFraction(BufferedImage img, List<Rgb> palette, double maxDeltaE) {
        List<double[]> family = paletteFamily(palette);
        int near = 0, n = 0;
        for (int y = 3; y < img.getHeight(); y += 23) {
            for (int x = 5; x < img.getWidth(); x += 23) {
                double[] lab = Rgb.of(img.getRGB(x, y)).lab();
                double best = Double.MAX_VALUE;
                for (double[] f : family) {
                    double d = Math.sqrt(sq(lab[0] - f[0]) + sq(lab[1] - f[1]) + sq(lab[2] - f[2]));
                    if (d < best) best = d;
                }
                if (best <= maxDeltaE) near++;
                n++;
            }
        }
        return near / (double) n;
    }

    private static double sq(double v) { return v * v; }

    /**
     * Of the clearly coloured pixels (CIELAB chroma at least {@code minChroma}), the fraction whose hue is
     * within {@code maxHueDegrees} of a palette colour's hue (or, with {@code withBlends}, of the midpoint
     * of two of them). Greys say nothing about a palette, so they are skipped. Stricter than
     * {@link #paletteNearFraction}, whose tint/shade family covers most low-chroma colours.
     */
    static double paletteHueFraction(BufferedImage img, List<Rgb> palette, double minChroma, double maxHueDegrees, boolean withBlends) {
        List<Double> hues = new ArrayList<>();
        for (int i = 0; i < palette.size(); i++) {
            addHue(hues, palette.get(i));
            if (withBlends) for (int j = i + 1; j < palette.size(); j++) addHue(hues, palette.get(i).mix(palette.get(j), 0.5));
        }
        int near = 0, n = 0;
        for (int y = 3; y < img.getHeight(); y += 11) {
            for (int x = 5; x < img.getWidth(); x += 11) {
                double[] lab = Rgb.of(img.getRGB(x, y)).lab();
                if (Math.hypot(lab[1], lab[2]) < minChroma) continue;
                double h = Math.toDegrees(Math.atan2(lab[2], lab[1]));
                n++;
                for (double ph : hues) {
                    double d = Math.abs(h - ph) % 360;
                    if (Math.min(d, 360 - d) <= maxHueDegrees) {
                        near++;
                        break;
                    }
                }
            }
        }
        return n == 0 ? 1 : near / (double) n;
    }

    private static void addHue(List<Double> hues, Rgb c) {
        double[] lab = c.lab();
        if (Math.hypot(lab[1], lab[2]) >= 5) hues.add(Math.toDegrees(Math.atan2(lab[2], lab[1])));
    }

    /** Mean absolute per-channel difference of two same-sized images, 0..255. */
    public static double meanAbsDiff(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) throw new IllegalArgumentException("size mismatch");
        long sum = 0, n = 0;
        for (int y = 0; y < a.getHeight(); y += 3) {
            for (int x = 0; x < a.getWidth(); x += 3) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                sum += Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                n += 3;
            }
        }
        return sum / (double) n;
    }

    /** Mean gradient magnitude in a region: how much fine detail (focus) it holds. */
    static double sharpness(BufferedImage img, int x0, int y0, int w, int h) {
        double s = 0;
        int n = 0;
        for (int y = y0 + 1; y < y0 + h - 1; y += 2) {
            for (int x = x0 + 1; x < x0 + w - 1; x += 2) {
                s += Math.abs(luma(img.getRGB(x + 1, y)) - luma(img.getRGB(x - 1, y)))
                        + Math.abs(luma(img.getRGB(x, y + 1)) - luma(img.getRGB(x, y - 1)));
                n++;
            }
        }
        return s / n;
    }

    /** What {@code ffmpeg -i} says about the file's video stream. */
    record Probe(String codec, String pixelFormat, double fps, int width, int height, boolean audio, int frames) {}

    private static final Pattern VIDEO = Pattern.compile("Video: (\\w+)[^,]*, (\\w+)");
    private static final Pattern SIZE = Pattern.compile("Video: .*?, (\\d{2,5})x(\\d{2,5})");
    private static final Pattern FPS = Pattern.compile(", ([\\d.]+) fps");
    private static final Pattern FRAMES = Pattern.compile("frame=\\s*(\\d+)");

    static Probe probe(Ffmpeg ffmpeg, java.nio.file.Path mp4) {
        String info = ffmpeg.exec(List.of("-i", mp4.toString()), 1, java.util.concurrent.TimeUnit.MINUTES).stderr();
        Matcher v = VIDEO.matcher(info);
        if (!v.find()) throw new AssertionError("no video stream in: " + info);
        Matcher f = FPS.matcher(info);
        double fps = f.find() ? Double.parseDouble(f.group(1)) : -1;
        // Stream copy to the null muxer counts packets without decoding: exact and fast.
        String count = ffmpeg.run(List.of("-i", mp4.toString(), "-map", "0:v", "-c", "copy", "-f", "null", "-"));
        Matcher c = FRAMES.matcher(count);
        int frames = -1;
        while (c.find()) frames = Integer.parseInt(c.group(1));
        Matcher size = SIZE.matcher(info);
        if (!size.find()) throw new AssertionError("no frame size in: " + info);
        return new Probe(v.group(1), v.group(2), fps, Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)),
                info.contains("Audio:"), frames);
    }
}
