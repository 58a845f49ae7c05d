package video.zapcut.media.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import video.zapcut.common.Rgb;

/**
 * The product in a room: a tabletop in front of a wall, daylight through a window falling across the
 * wall, out-of-focus props and bokeh behind. Everything is built from the palette, stylised rather than
 * photoreal, which reads as art direction instead of a failed attempt at realism.
 */
final class LifestyleSet implements Composition {
    /** Daylight from the upper left, as in most interior photography (windows beside the set). */
    private static final double[] KEY = {-0.8, -0.6};
    private final SetDesign d;

    LifestyleSet(SetDesign design) { this.d = design; }

    @Override
    public double[] keyLight() { return KEY; }

    private double tableY(Stage s) { return (d.slot().baseY() - 0.11) * s.frameH(); }

    @Override
    public void paintSet(Graphics2D g, Stage s) {
        Palette p = d.palette();
        double w = s.frameW(), h = s.frameH();
        boolean light = p.light();
        Rgb wallBase = light ? Palette.tint(p.dominant(), 0.3) : Palette.shade(p.dominant(), 0.05);
        double tableY = tableY(s);
        var old = g.getTransform();
        Composition.roll(g, s, d.rollDegrees());
        LightShapes.horizontalGradient(g, s, new double[] {-0.1 * w, 0.35 * w, 1.1 * w},
                new Rgb[] {Palette.tint(wallBase, 0.18), wallBase, Palette.shade(wallBase, light ? 0.14 : 0.35)});
        // Window light on the wall behind the product.
        double pane = 0.13 * s.max();
        LightShapes.windowBeams(g, s, 0.08 * w, tableY - 0.78 * h, pane, pane * 1.15, 0.55,
                Palette.tint(p.lightest(), 0.75), light ? 0.55 : 0.3);
        LightShapes.glow(g, 0.18 * w, tableY - 0.35 * h, 0.45 * s.max(), 0.5 * h, Palette.tint(p.lightest(), 0.6), light ? 0.35 : 0.22);
        paintProps(g, s, tableY);
        SplittableRandom rnd = new SplittableRandom(d.seed() * 31 + 7);
        LightShapes.bokeh(g, rnd, p, 9, new Rectangle2D.Double(0.45 * w, -0.05 * h, 0.6 * w, tableY - 0.1 * h),
                0.02 * s.min(), 0.06 * s.min(), 0.16);
        paintTable(g, s, tableY);
        LightShapes.vignette(g, s, Palette.shade(p.darkest(), 0.4), light ? 0.28 : 0.5, 0.55 * w, 0.5 * h);
        g.setTransform(old);
    }

    /** A vase and a sphere on the table's far side, thrown out of focus: depth cues and a sense of place. */
    private void paintProps(Graphics2D g, Stage s, double tableY) {
        Palette p = d.palette();
        double w = s.frameW(), h = s.frameH(), m = s.min();
        double px = d.slot().cx() < 0.5 ? 0.82 * w : 0.16 * w;
        int scale = 4;
        BufferedImage small = Raster.argb(Math.max(4, s.canvasW() / scale), Math.max(4, s.canvasH() / scale));
        Graphics2D sg = Raster.quality(small);
        sg.scale(1.0 / scale, 1.0 / scale);
        sg.translate(-s.canvas().getX(), -s.canvas().getY());
        double vw = 0.13 * m, vh = 0.36 * m;
        Rgb vase = p.colors().size() > 2 ? p.get(2) : p.accent();
        sg.setPaint(new LinearGradientPaint((float) (px - vw / 2), 0f, (float) (px + vw / 2), 0f, new float[] {0f, 0.35f, 1f},
                new Color[] {Palette.tint(vase, 0.35).toColor(), vase.toColor(), Palette.shade(vase, 0.4).toColor()}));
        sg.fill(new RoundRectangle2D.Double(px - vw / 2, tableY - vh + 0.01 * h, vw, vh, vw * 0.9, vw * 0.9));
        double sr = 0.07 * m, sx = px + (px > w / 2 ? -0.11 * w : 0.11 * w);
        Rgb sphere = p.colors().size() > 3 ? p.get(3) : p.secondary();
        sg.setPaint(new java.awt.RadialGradientPaint((float) (sx - sr * 0.4), (float) (tableY - sr * 1.4), (float) (sr * 1.6),
                new float[] {0f, 1f}, new Color[] {Palette.tint(sphere, 0.4).toColor(), Palette.shade(sphere, 0.35).toColor()}));
        sg.fill(new Ellipse2D.Double(sx - sr, tableY - 2 * sr + 0.005 * h, 2 * sr, 2 * sr));
        sg.dispose();
        BufferedImage soft = Raster.blur(small, Math.max(2, m * 0.012 / scale));
        g.drawImage(soft, (int) Math.round(s.canvas().getX()), (int) Math.round(s.canvas().getY()), s.canvasW(), s.canvasH(), null);
    }

    /** A tabletop seen slightly from above: lit far edge, surface darkening toward the camera. */
    private void paintTable(Graphics2D g, Stage s, double tableY) {
        Palette p = d.palette();
        double h = s.frameH();
        Rgb top = p.light() ? Palette.tint(p.secondary(), 0.2) : Palette.shade(p.secondary(), 0.1);
        // Light lettering would vanish on a pale tabletop: give it a darker surface, like stone.
        if (d.typographic() && !p.light()) top = Palette.shade(p.secondary().mix(p.dominant(), 0.55), 0.1);
        Rectangle2D surface = new Rectangle2D.Double(s.bleed().getX(), tableY, s.bleed().getWidth(), s.bleed().getMaxY() - tableY);
        g.setPaint(new LinearGradientPaint(0f, (float) tableY, 0f, (float) (h * 1.1), new float[] {0f, 0.04f, 0.4f, 1f},
                new Color[] {Palette.tint(top, 0.45).toColor(), Palette.tint(top, 0.15).toColor(), top.toColor(),
                        Palette.shade(top, 0.35).toColor()}));
        g.fill(surface);
        // Sunlight reaching across the tabletop from the window side.
        LightShapes.glow(g, 0.3 * s.frameW(), tableY + 0.1 * h, 0.55 * s.frameW(), 0.12 * h, Palette.tint(p.lightest(), 0.7), 0.3);
        g.setColor(Palette.color(Palette.tint(top, 0.7), 0.7));
        g.fill(new Rectangle2D.Double(surface.getX(), tableY - 1, surface.getWidth(), Math.max(1.5, h * 0.0025)));
    }

    @Override
    public void paintSubject(Graphics2D g, Stage s) {
        var old = g.getTransform();
        Composition.roll(g, s, d.rollDegrees());
        double w = s.frameW(), h = s.frameH();
        BufferedImage fitted = ProductStaging.fit(d.subject(), d.slot().maxW() * w, d.slot().maxH() * h);
        BufferedImage lit = ProductStaging.lit(fitted, KEY[0], KEY[1], Palette.tint(d.palette().lightest(), 0.8), 1.0);
        double x = d.slot().cx() * w - fitted.getWidth() / 2.0, base = d.slot().baseY() * h;
        // The shadow lies on the tabletop only; past the far edge it would be floating in the air.
        var clip = g.getClip();
        g.clip(new Rectangle2D.Double(s.bleed().getX(), tableY(s), s.bleed().getWidth(), s.bleed().getMaxY() - tableY(s)));
        ProductStaging.castShadow(g, fitted, x, base, -1.6, -0.28, 0.32);
        g.setClip(clip);
        ProductStaging.reflection(g, lit, x, base, 0.12, 0.25);
        ProductStaging.contactShadow(g, x + fitted.getWidth() / 2.0, base, ProductStaging.footprint(fitted), 0.9);
        g.drawImage(lit, (int) Math.round(x), (int) Math.round(base - fitted.getHeight()), null);
        g.setTransform(old);
    }
}
