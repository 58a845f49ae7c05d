package video.zapcut.media.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import video.zapcut.common.Rgb;

/** Synthetic product photos and encoded files for the image tests, all drawn with Java2D. */
final class TestImages {
    static final Rgb BOTTLE_RED = Rgb.hex("#C8102E");
    static final Rgb DARK_RED = Rgb.hex("#7A0A1C");
    static final Rgb LIGHT_RED = Rgb.hex("#E8475C");
    static final Rgb GOLD = Rgb.hex("#D4AF37");
    static final Rgb LABEL_BLACK = Rgb.hex("#262626");
    static final Rgb WHITE = new Rgb(255, 255, 255);
    static final Rgb PASTEL = Rgb.hex("#BFD8EA");

    private TestImages() {}

    /** The silhouette of the bottle drawn by {@link #bottle}, for checking masks against. */
    static Area bottleShape(int w, int h) {
        Area shape = new Area(new RoundRectangle2D.Double(0.34 * w, 0.32 * h, 0.32 * w, 0.58 * h, 0.12 * w, 0.12 * w));
        shape.add(new Area(new Rectangle2D.Double(0.44 * w, 0.17 * h, 0.12 * w, 0.17 * h)));
        shape.add(new Area(new Rectangle2D.Double(0.425 * w, 0.09 * h, 0.15 * w, 0.09 * h)));
        return shape;
    }

    /** A red bottle with a gold cap and a dark label, shaded like a cylinder, on a flat backdrop. */
    static BufferedImage bottle(int w, int h, Rgb backdrop) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(backdrop.toColor());
        g.fillRect(0, 0, w, h);
        drawBottle(g, w, h);
        g.dispose();
        return image;
    }

    static void drawBottle(Graphics2D g, int w, int h) {
        float left = (float) (0.34 * w), right = (float) (0.66 * w);
        g.setPaint(new LinearGradientPaint(left, 0, right, 0, new float[] {0f, 0.45f, 1f},
                new Color[] {DARK_RED.toColor(), LIGHT_RED.toColor(), DARK_RED.toColor()}));
        g.fill(new RoundRectangle2D.Double(0.34 * w, 0.32 * h, 0.32 * w, 0.58 * h, 0.12 * w, 0.12 * w));
        g.setColor(BOTTLE_RED.toColor());
        g.fill(new Rectangle2D.Double(0.44 * w, 0.17 * h, 0.12 * w, 0.17 * h));
        g.setColor(GOLD.toColor());
        g.fill(new Rectangle2D.Double(0.425 * w, 0.09 * h, 0.15 * w, 0.09 * h));
        g.setColor(LABEL_BLACK.toColor());
        g.fill(new Rectangle2D.Double(0.34 * w, 0.55 * h, 0.32 * w, 0.16 * h));
        g.setColor(GOLD.toColor());
        g.fill(new Rectangle2D.Double(0.38 * w, 0.615 * h, 0.24 * w, 0.03 * h));
    }

    /** A flat-colored box, used as a second product of a different color. */
    static BufferedImage box(int w, int h, Rgb color, Rgb backdrop) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(backdrop.toColor());
        g.fillRect(0, 0, w, h);
        g.setColor(color.toColor());
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return image;
    }

    static BufferedImage flat(int w, int h, Rgb color) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color.toColor());
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    /** A lifestyle-like scene: a sky-to-floor gradient crowded with colored shapes and sensor noise. */
    static BufferedImage busyScene(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new LinearGradientPaint(0, 0, w, h, new float[] {0f, 0.5f, 1f},
                new Color[] {new Color(70, 130, 200), new Color(230, 200, 150), new Color(60, 90, 40)}));
        g.fillRect(0, 0, w, h);
        Random random = new Random(7);
        for (int i = 0; i < 120; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            double size = (0.05 + random.nextDouble() * 0.2) * w;
            g.fill(new Ellipse2D.Double(random.nextDouble() * w - size / 2, random.nextDouble() * h - size / 2, size, size * 0.7));
        }
        g.dispose();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Rgb c = Rgb.of(image.getRGB(x, y));
                int n = random.nextInt(21) - 10;
                image.setRGB(x, y, new Rgb(clamp(c.r() + n), clamp(c.g() + n), clamp(c.b() + n)).argb());
            }
        }
        return image;
    }

    /** Encodes and decodes as JPEG, adding the block artifacts and noise real photos have. */
    static BufferedImage jpegRoundTrip(BufferedImage image, float quality) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(jpeg(image, quality)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int clamp(int v) { return Math.max(0, Math.min(255, v)); }
}
