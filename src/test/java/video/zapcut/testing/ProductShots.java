package video.zapcut.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Product photos painted with Java2D, so tests never download media: a glass bottle with a cap and
 * a printed label, standing on a plain studio backdrop with a soft contact shadow.
 */
public final class ProductShots {
    private ProductShots() {}

    /** A bottle in {@code glass} color with a {@code label} color band, on a {@code backdrop}. */
    public static BufferedImage bottle(int size, Color glass, Color label, Color accent, Color backdrop, String brand) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(backdrop);
        g.fillRect(0, 0, size, size);
        double s = size / 1000.0;
        // contact shadow
        g.setPaint(new RadialGradientPaint((float) (500 * s), (float) (880 * s), (float) (220 * s),
                new float[] {0f, 1f}, new Color[] {new Color(0, 0, 0, 90), new Color(0, 0, 0, 0)}));
        g.fill(new Ellipse2D.Double(280 * s, 850 * s, 440 * s, 60 * s));
        // body
        RoundRectangle2D body = new RoundRectangle2D.Double(360 * s, 330 * s, 280 * s, 550 * s, 70 * s, 70 * s);
        g.setPaint(new LinearGradientPaint((float) (360 * s), 0, (float) (640 * s), 0, new float[] {0f, 0.35f, 0.7f, 1f},
                new Color[] {glass.darker().darker(), glass.brighter(), glass, glass.darker().darker()}));
        g.fill(body);
        // neck and shoulders
        g.setPaint(new LinearGradientPaint((float) (430 * s), 0, (float) (570 * s), 0, new float[] {0f, 0.4f, 1f},
                new Color[] {glass.darker().darker(), glass.brighter(), glass.darker().darker()}));
        g.fill(new RoundRectangle2D.Double(430 * s, 230 * s, 140 * s, 140 * s, 40 * s, 40 * s));
        // cap
        g.setPaint(new GradientPaint((float) (425 * s), 0, new Color(25, 25, 28), (float) (575 * s), 0, new Color(70, 70, 76)));
        g.fill(new RoundRectangle2D.Double(425 * s, 160 * s, 150 * s, 90 * s, 18 * s, 18 * s));
        // label
        // The label sits inside the glass outline, as printed labels do; a label running to the edge
        // would touch the backdrop and could be taken for it.
        g.setColor(label);
        g.fill(new RoundRectangle2D.Double(378 * s, 480 * s, 244 * s, 250 * s, 10 * s, 10 * s));
        g.setColor(accent);
        g.fill(new Ellipse2D.Double(460 * s, 505 * s, 80 * s, 80 * s));
        g.setColor(label);
        g.fill(new Ellipse2D.Double(482 * s, 498 * s, 80 * s, 80 * s));
        g.setColor(glass.darker().darker());
        g.setFont(font("DejaVuSans-Bold.ttf", (float) (54 * s)));
        drawCentered(g, brand.toUpperCase(), 500 * s, 650 * s);
        g.setFont(font("DejaVuSans.ttf", (float) (19 * s)));
        drawCentered(g, "COLD BREW · ORGANIC", 500 * s, 695 * s);
        g.setColor(accent);
        g.setStroke(new BasicStroke((float) (3 * s)));
        g.drawLine((int) (410 * s), (int) (598 * s), (int) (590 * s), (int) (598 * s));
        // specular highlight
        g.setPaint(new GradientPaint((float) (395 * s), 0, new Color(255, 255, 255, 0), (float) (425 * s), 0,
                new Color(255, 255, 255, 120), true));
        g.fill(new RoundRectangle2D.Double(395 * s, 350 * s, 30 * s, 500 * s, 30 * s, 30 * s));
        g.dispose();
        return img;
    }

    /** The demo's Luna Cold Brew bottle: amber glass, cream label, gold moon, on warm light grey. */
    public static BufferedImage luna(int size) {
        return luna(size, new Color(214, 222, 232));
    }

    /** The Luna bottle on another {@code backdrop}: a set in the brand's colours, or one off them. */
    public static BufferedImage luna(int size, Color backdrop) {
        return bottle(size, new Color(122, 74, 38), new Color(243, 226, 190), new Color(201, 162, 39), backdrop, "Luna");
    }

    public static Path writePng(BufferedImage img, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(img, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path writeJpeg(BufferedImage img, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(img, "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static byte[] resource(String name) {
        try (InputStream in = ProductShots.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** DejaVu from the jasperreports-fonts jar: the same glyphs on every machine, no system fonts needed. */
    static Font font(String file, float size) {
        try (InputStream in = ProductShots.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("font " + file + " missing from the classpath", e);
        }
    }

    private static void drawCentered(Graphics2D g, String text, double cx, double baseline) {
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (int) (cx - w / 2.0), (int) baseline);
    }

    /** Writes the demo sample photo: {@code ProductShots OUTPUT.png}. */
    public static void main(String[] args) {
        writePng(luna(900), Path.of(args[0]));
    }
}
