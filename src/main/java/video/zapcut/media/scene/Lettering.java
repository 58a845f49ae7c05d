package video.zapcut.media.scene;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import video.zapcut.common.Rgb;

/**
 * The product name as a physical object for ads without a product photo: heavy letters with a shallow
 * extruded side, a gradient face and a glossy top light. Because it comes out as an ordinary ARGB subject,
 * every composition (sweep, podium, table) stages it with shadow and reflection like a real product.
 */
final class Lettering {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private Lettering() {}

    static BufferedImage subject(String name, Palette p, double maxW, double maxH) {
        String text = name == null || name.isBlank() ? "New" : name.strip();
        Font font = Fonts.get(Fonts.Face.SANS_BOLD, 200f).deriveFont(Map.of(TextAttribute.TRACKING, -0.02f));
        List<String> lines = bestLines(text, font, maxW / maxH);
        double lineGap = 200 * 0.98;
        Area block = new Area();
        for (int i = 0; i < lines.size(); i++) {
            Shape s = new TextLayout(lines.get(i), font, FRC).getOutline(null);
            Rectangle2D b = s.getBounds2D();
            // Centre each line on x=0 so a two-line name reads as one balanced mark.
            block.add(new Area(AffineTransform.getTranslateInstance(-b.getCenterX(), i * lineGap).createTransformedShape(s)));
        }
        Rectangle2D b = block.getBounds2D();
        double depth = 0.035;
        double k = Math.min(maxW / b.getWidth(), maxH / (b.getHeight() * (1 + depth)));
        AffineTransform fit = new AffineTransform();
        fit.scale(k, k);
        fit.translate(-b.getX(), -b.getY());
        Shape face = fit.createTransformedShape(block);
        int w = (int) Math.ceil(b.getWidth() * k) + 4, h = (int) Math.ceil(b.getHeight() * k * (1 + depth)) + 4;

        // Monochrome depth: the side is a shade of the face, like a solid cut letter, not a coloured bevel.
        Rgb faceColor = p.light() ? Palette.shade(p.darkest(), 0.05) : Palette.tint(p.lightest(), 0.35);
        Rgb sideColor = p.light() ? Palette.shade(faceColor, 0.5) : Palette.shade(faceColor, 0.42);
        BufferedImage out = Raster.argb(w, h);
        Graphics2D g = Raster.quality(out);
        g.translate(2, 2);
        int steps = (int) Math.max(2, b.getHeight() * k * depth);
        for (int i = steps; i >= 1; i--) {
            double t = i / (double) steps;
            g.setColor(Palette.shade(sideColor, 0.25 * t).toColor());
            g.fill(AffineTransform.getTranslateInstance(0, i).createTransformedShape(face));
        }
        Rectangle2D fb = face.getBounds2D();
        g.setPaint(new LinearGradientPaint((float) fb.getX(), (float) fb.getY(), (float) fb.getX(), (float) fb.getMaxY(),
                new float[] {0f, 1f}, new Color[] {Palette.tint(faceColor, 0.12).toColor(), Palette.shade(faceColor, 0.08).toColor()}));
        g.fill(face);
        // Glossy top light: a white wash over the upper half of the face only.
        BufferedImage gloss = Raster.argb(w, h);
        Graphics2D gg = Raster.quality(gloss);
        gg.translate(2, 2);
        gg.setColor(Color.WHITE);
        gg.fill(face);
        gg.setComposite(AlphaComposite.SrcIn);
        gg.setPaint(new LinearGradientPaint((float) fb.getX(), (float) fb.getY(), (float) fb.getX(), (float) fb.getCenterY(),
                new float[] {0f, 1f}, new Color[] {new Color(255, 255, 255, 70), new Color(255, 255, 255, 0)}));
        gg.fill(fb);
        gg.dispose();
        g.translate(-2, -2);
        g.drawImage(gloss, 0, 0, null);
        g.dispose();
        Rectangle tight = Raster.alphaBounds(out, 4);
        return tight == null ? out : Raster.copy(out.getSubimage(tight.x, tight.y, tight.width, tight.height), BufferedImage.TYPE_INT_ARGB);
    }

    /** One line, or the two-line split whose block proportions best match the box it must fill. */
    static List<String> bestLines(String text, Font font, double boxAspect) {
        List<List<String>> options = new ArrayList<>();
        options.add(List.of(text));
        String[] words = text.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            options.add(List.of(String.join(" ", List.of(words).subList(0, i)), String.join(" ", List.of(words).subList(i, words.length))));
        }
        List<String> best = options.get(0);
        double bestErr = Double.MAX_VALUE;
        for (List<String> o : options) {
            double wMax = 0;
            for (String line : o) wMax = Math.max(wMax, new TextLayout(line, font, FRC).getBounds().getWidth());
            double aspect = wMax / (o.size() * font.getSize2D());
            double err = Math.abs(Math.log(aspect / boxAspect)) + (o.size() - 1) * 0.15;
            if (err < bestErr) {
                bestErr = err;
                best = o;
            }
        }
        return best;
    }
}
