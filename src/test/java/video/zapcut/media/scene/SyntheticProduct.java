package video.zapcut.media.scene;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.ProductCutout;

/** Test fixtures: a glossy serum bottle with a printed label on transparency, and brand palettes. */
final class SyntheticProduct {
    static final List<Rgb> NAVY_PALETTE = List.of(Rgb.hex("#1F3A5F"), Rgb.hex("#F4E9DC"), Rgb.hex("#C8A165"),
            Rgb.hex("#E07A5F"), Rgb.hex("#3D405B"));
    static final List<Rgb> BLUSH_PALETTE = List.of(Rgb.hex("#F6D5CF"), Rgb.hex("#B5838D"), Rgb.hex("#FFFFFF"),
            Rgb.hex("#6D6875"), Rgb.hex("#E5989B"));

    private SyntheticProduct() {}

    static VisualStyle navyStyle() { return new VisualStyle(NAVY_PALETTE, 6, "soft studio light"); }

    static VisualStyle blushStyle() { return new VisualStyle(BLUSH_PALETTE, 4, "soft natural morning light"); }

    /** A 600x900 bottle in the palette's colours: navy glass, cream label, gold ribbed cap. */
    static ProductCutout bottle(List<Rgb> palette) {
        int w = 600, h = 900;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color glass = palette.get(0).toColor();
        Color label = palette.get(1).toColor();
        Color cap = palette.get(2).toColor();
        Path2D body = new Path2D.Double();
        body.moveTo(235, 190);
        body.lineTo(365, 190);
        body.curveTo(365, 250, 480, 250, 480, 330);
        body.lineTo(480, 840);
        body.quadTo(480, 890, 430, 890);
        body.lineTo(170, 890);
        body.quadTo(120, 890, 120, 840);
        body.lineTo(120, 330);
        body.curveTo(120, 250, 235, 250, 235, 190);
        body.closePath();
        g.setPaint(new LinearGradientPaint(120, 0, 480, 0, new float[] {0f, 0.22f, 0.5f, 0.85f, 1f},
                new Color[] {darker(glass, 0.55), brighter(glass, 0.25), glass, darker(glass, 0.35), darker(glass, 0.6)}));
        g.fill(body);
        g.setPaint(new GradientPaint(0, 300, new Color(255, 255, 255, 150), 0, 860, new Color(255, 255, 255, 20)));
        g.fill(new RoundRectangle2D.Double(158, 300, 26, 540, 26, 26));
        g.setPaint(new LinearGradientPaint(150, 0, 450, 0, new float[] {0f, 0.3f, 1f},
                new Color[] {darker(label, 0.12), label, darker(label, 0.2)}));
        g.fill(new RoundRectangle2D.Double(150, 430, 300, 330, 24, 24));
        g.setColor(palette.get(0).toColor());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("LUMA", 222, 540);
        g.setColor(palette.get(3).toColor());
        g.fillRect(190, 565, 220, 6);
        g.setColor(darker(palette.get(0).toColor(), 0.1));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        g.drawString("HYDRATING SERUM", 198, 615);
        g.drawString("with hyaluronic acid", 196, 650);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString("30 ml  /  1.0 fl oz", 215, 720);
        g.setPaint(new LinearGradientPaint(215, 0, 385, 0, new float[] {0f, 0.35f, 1f},
                new Color[] {darker(cap, 0.4), brighter(cap, 0.35), darker(cap, 0.45)}));
        g.fill(new RoundRectangle2D.Double(215, 30, 170, 170, 22, 22));
        g.setStroke(new BasicStroke(3f));
        g.setColor(new Color(0, 0, 0, 60));
        for (int x = 228; x < 380; x += 12) g.drawLine(x, 40, x, 190);
        g.setComposite(AlphaComposite.SrcOver);
        g.dispose();
        return new ProductCutout(img, true, new Rgb(255, 255, 255), 0.32);
    }

    private static Color darker(Color c, double k) {
        return new Color((int) (c.getRed() * (1 - k)), (int) (c.getGreen() * (1 - k)), (int) (c.getBlue() * (1 - k)));
    }

    private static Color brighter(Color c, double k) {
        return new Color((int) (c.getRed() + (255 - c.getRed()) * k), (int) (c.getGreen() + (255 - c.getGreen()) * k),
                (int) (c.getBlue() + (255 - c.getBlue()) * k));
    }
}
