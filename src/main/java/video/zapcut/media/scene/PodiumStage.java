package video.zapcut.media.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import video.zapcut.common.Rgb;

/**
 * The editorial angle: product on a cylindrical plinth off to a third of the frame, an arch behind it,
 * a hard-ish top light beam, slight camera roll. Uses the palette in rotated order so it contrasts with
 * the hero while staying on brand.
 */
final class PodiumStage implements Composition {
    private static final double[] KEY = {0.35, -0.94};
    private final SetDesign d;

    PodiumStage(SetDesign design) { this.d = design; }

    @Override
    public double[] keyLight() { return KEY; }

    private double plinthRadius(Stage s) { return Math.min(d.slot().maxW() * s.frameW() * 0.62, 0.2 * s.min() + 0.05 * s.frameW()); }

    @Override
    public void paintSet(Graphics2D g, Stage s) {
        Palette p = d.palette();
        double w = s.frameW(), h = s.frameH();
        double cx = d.slot().cx() * w, base = d.slot().baseY() * h;
        boolean light = p.light();
        Rgb back = p.dominant();
        var old = g.getTransform();
        Composition.roll(g, s, d.rollDegrees());
        double floorY = base + 0.17 * h;
        LightShapes.verticalGradient(g, s, new double[] {-0.1 * h, floorY - 0.01 * h, floorY, 1.1 * h},
                new Rgb[] {Palette.shade(back, light ? 0.2 : 0.5), Palette.tint(back, light ? 0.15 : 0.08),
                        Palette.shade(back, light ? 0.04 : 0.25), Palette.shade(back, light ? 0.2 : 0.55)});
        // The arch: a tall rounded doorway of the secondary colour framing the product.
        // The arch rises a little above the product, never into the top of frame where text may go.
        double aw = plinthRadius(s) * 2.5, top = Math.max(0.07 * h, base - (d.slot().maxH() + 0.1) * h);
        // On a dark set a light secondary would glow white under the beam; keep the arch a mid-tone.
        Rgb arch = light ? Palette.tint(p.secondary(), 0.1) : Palette.shade(p.secondary().mix(back, 0.6), 0.2);
        Area archShape = new Area(new RoundRectangle2D.Double(cx - aw / 2, top, aw, floorY - top + aw, aw, aw));
        archShape.intersect(new Area(new Rectangle2D.Double(cx - aw, top - 1, 2 * aw, floorY - top + 1)));
        g.setPaint(new LinearGradientPaint((float) (cx - aw / 2), 0f, (float) (cx + aw / 2), 0f, new float[] {0f, 1f},
                new Color[] {Palette.tint(arch, 0.12).toColor(), Palette.shade(arch, 0.22).toColor()}));
        g.fill(archShape);
        double boost = d.lightBoost();
        paintBeam(g, s, cx, top, floorY, boost);
        LightShapes.glow(g, cx, base - 0.25 * h, 0.35 * s.max(), 0.45 * h, Palette.tint(p.lightest(), 0.5), 0.2 * boost);
        SplittableRandom rnd = new SplittableRandom(d.seed() * 17 + 3);
        double farSide = cx < w / 2 ? 0.55 * w : -0.05 * w;
        LightShapes.bokeh(g, rnd, p, 6, new Rectangle2D.Double(farSide, 0, 0.5 * w, 0.55 * h), 0.02 * s.min(), 0.06 * s.min(), 0.15);
        paintPlinth(g, s, cx, base, floorY);
        LightShapes.vignette(g, s, Palette.shade(p.darkest(), 0.5), (light ? 0.35 : 0.6) * Math.min(1.4, boost), cx, base - 0.2 * h);
        g.setTransform(old);
    }

    /** A top light cone: the single hard-ish source that makes the climax feel staged and dramatic. */
    private void paintBeam(Graphics2D g, Stage s, double cx, double top, double floorY, double boost) {
        int scale = 6;
        BufferedImage small = Raster.argb(Math.max(4, s.canvasW() / scale), Math.max(4, s.canvasH() / scale));
        Graphics2D sg = Raster.quality(small);
        sg.scale(1.0 / scale, 1.0 / scale);
        sg.translate(-s.canvas().getX(), -s.canvas().getY());
        double spread = plinthRadius(s) * 1.6, shift = KEY[0] * (floorY - top) * 0.25;
        Path2D cone = new Path2D.Double();
        cone.moveTo(cx + shift - spread * 0.18, s.bleed().getY());
        cone.lineTo(cx + shift + spread * 0.18, s.bleed().getY());
        cone.lineTo(cx + spread, floorY);
        cone.lineTo(cx - spread, floorY);
        cone.closePath();
        Rgb c = Palette.tint(d.palette().lightest(), 0.8);
        sg.setPaint(new LinearGradientPaint(0f, (float) top, 0f, (float) floorY, new float[] {0f, 1f},
                new Color[] {Palette.color(c, 0.06 * boost), Palette.color(c, 0.2 * boost)}));
        sg.fill(cone);
        sg.dispose();
        BufferedImage soft = Raster.blur(small, Math.max(2, spread * 0.12 / scale));
        g.drawImage(soft, (int) Math.round(s.canvas().getX()), (int) Math.round(s.canvas().getY()), s.canvasW(), s.canvasH(), null);
    }

    private void paintPlinth(Graphics2D g, Stage s, double cx, double base, double floorY) {
        Palette p = d.palette();
        double r = plinthRadius(s), ry = r * 0.2;
        Rgb c = p.light() ? Palette.tint(p.lightest(), 0.2) : Palette.tint(p.accent(), 0.05);
        LightShapes.glow(g, cx, floorY, r * 1.5, ry * 1.6, new Rgb(0, 0, 0), 0.45);
        Area body = new Area(new Rectangle2D.Double(cx - r, base, 2 * r, floorY - base));
        body.add(new Area(new Ellipse2D.Double(cx - r, floorY - ry, 2 * r, 2 * ry)));
        g.setPaint(new LinearGradientPaint((float) (cx - r), 0f, (float) (cx + r), 0f, new float[] {0f, 0.3f, 0.75f, 1f},
                new Color[] {Palette.shade(c, 0.12).toColor(), Palette.tint(c, 0.25).toColor(), Palette.shade(c, 0.2).toColor(),
                        Palette.shade(c, 0.42).toColor()}));
        g.fill(body);
        g.setPaint(new LinearGradientPaint((float) (cx - r), (float) (base - ry), (float) (cx + r), (float) (base + ry),
                new float[] {0f, 1f}, new Color[] {Palette.tint(c, 0.45).toColor(), Palette.tint(c, 0.1).toColor()}));
        g.fill(new Ellipse2D.Double(cx - r, base - ry, 2 * r, 2 * ry));
    }

    @Override
    public void paintSubject(Graphics2D g, Stage s) {
        var old = g.getTransform();
        Composition.roll(g, s, d.rollDegrees());
        double w = s.frameW(), h = s.frameH();
        BufferedImage fitted = ProductStaging.fit(d.subject(), d.slot().maxW() * w, d.slot().maxH() * h);
        Palette p = d.palette();
        BufferedImage lit = ProductStaging.lit(fitted, KEY[0], KEY[1], Palette.tint(p.lightest(), 0.85), 1.0 * Math.min(1.3, d.lightBoost()));
        double x = d.slot().cx() * w - fitted.getWidth() / 2.0, base = d.slot().baseY() * h;
        ProductStaging.halo(g, fitted, x, base - fitted.getHeight(), Palette.tint(p.accent(), 0.5), 0.3 * d.lightBoost(), s.min() * 0.035);
        ProductStaging.contactShadow(g, x + fitted.getWidth() / 2.0, base, ProductStaging.footprint(fitted), 0.8);
        g.drawImage(lit, (int) Math.round(x), (int) Math.round(base - fitted.getHeight()), null);
        g.setTransform(old);
    }
}
