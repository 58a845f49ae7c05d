package video.zapcut.media.scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import video.zapcut.common.Rgb;

/**
 * The classic product hero: a seamless paper sweep in the brand's dominant colour, a soft spot behind the
 * product, a pool of light on the floor, a glossy floor reflection and a contact shadow.
 */
final class StudioSweep implements Composition {
    private static final double[] KEY = {-0.55, -0.83};
    private final SetDesign d;

    StudioSweep(SetDesign design) { this.d = design; }

    @Override
    public double[] keyLight() { return KEY; }

    @Override
    public void paintSet(Graphics2D g, Stage s) {
        Palette p = d.palette();
        Rgb dom = p.dominant();
        double w = s.frameW(), h = s.frameH();
        double cx = d.slot().cx() * w, base = d.slot().baseY() * h;
        double horizon = base - 0.09 * h;
        boolean light = p.light();
        Rgb top = light ? Palette.shade(dom, 0.14) : Palette.shade(dom, 0.45);
        Rgb wall = light ? Palette.tint(dom, 0.2) : Palette.shade(dom, 0.1);
        Rgb hz = light ? Palette.tint(dom, 0.45) : Palette.tint(dom, 0.16);
        Rgb floor = light ? Palette.tint(dom, 0.22) : dom;
        Rgb front = light ? Palette.shade(dom, 0.08) : Palette.shade(dom, 0.4);
        var old = g.getTransform();
        Composition.roll(g, s, d.rollDegrees());
        LightShapes.verticalGradient(g, s, new double[] {-0.1 * h, horizon - 0.3 * h, horizon, base + 0.06 * h, 1.12 * h},
                new Rgb[] {top, wall, hz, floor, front});
        double boost = d.lightBoost();
        // Spot behind the product: what separates a studio shot from a flat backdrop.
        LightShapes.glow(g, cx, horizon - 0.16 * h, 0.42 * s.max(), 0.5 * h, Palette.tint(dom, 0.65), 0.55 * boost);
        LightShapes.glow(g, cx, base + 0.015 * h, 0.3 * w + 0.1 * s.min(), 0.075 * h, Palette.tint(dom, 0.6), 0.5 * boost);
        // A faint accent kicker from the side adds colour depth without fighting the product.
        LightShapes.glow(g, cx + 0.42 * w, horizon - 0.35 * h, 0.35 * s.max(), 0.35 * s.max(), Palette.tint(p.accent(), 0.2),
                0.16);
        SplittableRandom rnd = new SplittableRandom(d.seed());
        LightShapes.bokeh(g, rnd, p, 7, new Rectangle2D.Double(-0.05 * w, -0.05 * h, 1.1 * w, horizon - 0.1 * h),
                0.025 * s.min(), 0.07 * s.min(), light ? 0.14 : 0.11);
        if (d.typographic()) paintShapes(g, s, cx, base);
        LightShapes.vignette(g, s, Palette.shade(p.darkest(), 0.35), light ? 0.3 : 0.55, cx, horizon - 0.05 * h);
        g.setTransform(old);
    }

    /** Geometry that frames the lettering: a large soft disc like a low sun and a thin offset ring. */
    private void paintShapes(Graphics2D g, Stage s, double cx, double base) {
        Palette p = d.palette();
        // Centred on the lettering's middle, so it frames the name and stays out of the text zones.
        double r = Math.min(0.34 * s.min(), 0.5 * d.slot().maxW() * s.frameW());
        double cy = base - 0.55 * d.slot().maxH() * s.frameH();
        Rgb disc = Palette.tint(p.accent(), 0.15);
        g.setPaint(new LinearGradientPaint((float) cx, (float) (cy - r), (float) cx, (float) (cy + r), new float[] {0f, 1f},
                new Color[] {Palette.color(Palette.tint(disc, 0.25), 0.85), Palette.color(disc, 0.25)}));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke((float) (s.min() * 0.004)));
        g.setColor(Palette.color(Palette.tint(p.secondary(), 0.4), 0.6));
        double r2 = r * 1.18;
        g.draw(new Ellipse2D.Double(cx - r2 + r * 0.22, cy - r2 - r * 0.1, 2 * r2, 2 * r2));
    }

    @Override
    public void paintSubject(Graphics2D g, Stage s) {
        var old = g.getTransform();
        Composition.roll(g, s, d.rollDegrees());
        double w = s.frameW(), h = s.frameH();
        BufferedImage fitted = ProductStaging.fit(d.subject(), d.slot().maxW() * w, d.slot().maxH() * h);
        Palette p = d.palette();
        BufferedImage lit = ProductStaging.lit(fitted, KEY[0], KEY[1], Palette.tint(p.dominant(), 0.7), 0.9);
        double x = d.slot().cx() * w - fitted.getWidth() / 2.0;
        double base = d.slot().baseY() * h;
        double y = base - fitted.getHeight();
        ProductStaging.halo(g, fitted, x, y, Palette.tint(p.dominant(), 0.75), 0.28 * d.lightBoost(), s.min() * 0.03);
        ProductStaging.reflection(g, lit, x, base, 0.24, 0.42);
        ProductStaging.contactShadow(g, x + fitted.getWidth() / 2.0, base, ProductStaging.footprint(fitted), 0.85);
        g.drawImage(lit, (int) Math.round(x), (int) Math.round(y), null);
        g.setTransform(old);
    }
}
