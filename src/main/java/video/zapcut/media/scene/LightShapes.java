package video.zapcut.media.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import video.zapcut.common.Rgb;

/**
 * Soft light the way a studio shapes it: Gaussian-falloff pools and spots, vignettes, out-of-focus bokeh
 * and window beams. All are gradients or blurred low-resolution shapes, never hard edges, because hard
 * light shapes are what make a render look like a test pattern.
 */
final class LightShapes {
    /** Stops approximating exp(-4x^2): a radial gradient with these reads as a real soft light falloff. */
    private static final float[] FALLOFF = {0f, 0.12f, 0.25f, 0.38f, 0.5f, 0.62f, 0.75f, 0.88f, 1f};

    private LightShapes() {}

    /** An elliptical pool of light of radii {@code rx, ry} centred at {@code (cx, cy)}. */
    static void glow(Graphics2D g, double cx, double cy, double rx, double ry, Rgb color, double alpha) {
        if (rx <= 0 || ry <= 0 || alpha <= 0) return;
        Color[] cs = new Color[FALLOFF.length];
        for (int i = 0; i < FALLOFF.length; i++) {
            double f = FALLOFF[i];
            cs[i] = Palette.color(color, alpha * (i == FALLOFF.length - 1 ? 0 : Math.exp(-4.0 * f * f)));
        }
        AffineTransform at = new AffineTransform();
        at.translate(cx, cy);
        at.scale(1, ry / rx);
        RadialGradientPaint p = new RadialGradientPaint(new Point2D.Double(0, 0), (float) rx, new Point2D.Double(0, 0), FALLOFF, cs,
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, at);
        g.setPaint(p);
        g.fill(new Rectangle2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
    }

    /** Darkens toward the canvas corners; draws the eye to the centre the way a lens and a set light do. */
    static void vignette(Graphics2D g, Stage s, Rgb edge, double strength, double cx, double cy) {
        float[] f = {0f, 0.5f, 0.8f, 1f};
        Color[] c = {Palette.color(edge, 0), Palette.color(edge, strength * 0.12), Palette.color(edge, strength * 0.55),
                Palette.color(edge, strength)};
        AffineTransform at = new AffineTransform();
        at.translate(cx, cy);
        at.scale(s.frameW() * 0.78, s.frameH() * 0.78);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), 1f, new Point2D.Double(0, 0), f, c,
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, at));
        g.fill(s.bleed());
    }

    /** Vertical gradient through {@code colors} at the given frame-y positions, filling the whole canvas. */
    static void verticalGradient(Graphics2D g, Stage s, double[] ys, Rgb[] colors) {
        gradient(g, s, ys, colors, true);
    }

    static void horizontalGradient(Graphics2D g, Stage s, double[] xs, Rgb[] colors) {
        gradient(g, s, xs, colors, false);
    }

    private static void gradient(Graphics2D g, Stage s, double[] at, Rgb[] colors, boolean vertical) {
        double a = at[0], b = at[at.length - 1];
        float[] f = new float[at.length];
        Color[] c = new Color[at.length];
        for (int i = 0; i < at.length; i++) {
            f[i] = (float) ((at[i] - a) / (b - a));
            if (i > 0 && f[i] <= f[i - 1]) f[i] = Math.min(1f, f[i - 1] + 1e-4f);
            c[i] = colors[i].toColor();
        }
        Point2D p0 = vertical ? new Point2D.Double(0, a) : new Point2D.Double(a, 0);
        Point2D p1 = vertical ? new Point2D.Double(0, b) : new Point2D.Double(b, 0);
        g.setPaint(new LinearGradientPaint(p0, p1, f, c));
        g.fill(s.bleed());
    }

    /**
     * Out-of-focus highlights: discs with a flat core and soft rim, like a fast lens renders distant
     * lights. Placed in {@code region} (frame coordinates) and kept faint so they add depth, not noise.
     */
    static void bokeh(Graphics2D g, SplittableRandom rnd, Palette p, int count, Rectangle2D region,
                      double minR, double maxR, double alpha) {
        for (int i = 0; i < count; i++) {
            double r = minR + (maxR - minR) * Math.pow(rnd.nextDouble(), 1.5);
            double x = region.getX() + rnd.nextDouble() * region.getWidth();
            double y = region.getY() + rnd.nextDouble() * region.getHeight();
            // Distant lights are warm and bright: lightest and accent tints, never the murky mid-tones.
            Rgb c = Palette.tint(i % 2 == 0 ? p.accent() : p.lightest(), 0.35 + 0.3 * rnd.nextDouble());
            double a = alpha * (0.45 + 0.55 * rnd.nextDouble());
            float[] f = {0f, 0.7f, 0.88f, 1f};
            Color[] cs = {Palette.color(c, a * 0.75), Palette.color(c, a * 0.85), Palette.color(c, a * 0.5), Palette.color(c, 0)};
            g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) r, f, cs));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    /**
     * Light through a four-pane window falling on a wall: parallelograms sheared by the sun angle,
     * drawn small, blurred and scaled up so their edges are as soft as real diffuse daylight.
     */
    static void windowBeams(Graphics2D g, Stage s, double x, double y, double paneW, double paneH, double shear,
                            Rgb color, double alpha) {
        int scale = 8;
        int w = Math.max(8, s.canvasW() / scale), h = Math.max(8, s.canvasH() / scale);
        BufferedImage small = Raster.argb(w, h);
        Graphics2D sg = Raster.quality(small);
        sg.scale(1.0 / scale, 1.0 / scale);
        sg.translate(-s.canvas().getX(), -s.canvas().getY());
        sg.setColor(Palette.color(color, alpha));
        double gap = paneW * 0.09;
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 2; col++) {
                double px = x + col * (paneW + gap) + row * (paneH + gap) * shear;
                double py = y + row * (paneH + gap);
                Path2D pane = new Path2D.Double();
                pane.moveTo(px, py);
                pane.lineTo(px + paneW, py);
                pane.lineTo(px + paneW + paneH * shear, py + paneH);
                pane.lineTo(px + paneH * shear, py + paneH);
                pane.closePath();
                sg.fill(pane);
            }
        }
        sg.dispose();
        BufferedImage soft = Raster.blur(small, Math.max(1.5, paneW * 0.05 / scale));
        g.drawImage(soft, (int) Math.round(s.canvas().getX()), (int) Math.round(s.canvas().getY()), s.canvasW(), s.canvasH(), null);
    }
}
