package video.zapcut.media.scene;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * A macro close-up: the product's most textured region scaled up and held in focus, the rest of the
 * product falling off into blur, in front of a defocused studio sweep (shallow depth of field).
 */
final class DetailCloseUp implements Composition {
    private static final double[] KEY = {-0.7, -0.7};
    private final SetDesign d;

    DetailCloseUp(SetDesign design) { this.d = design; }

    @Override
    public double[] keyLight() { return KEY; }

    @Override
    public void paintSet(Graphics2D g, Stage s) {
        // The set is the hero sweep seen through a long lens wide open: same light, no detail left.
        BufferedImage sharp = Raster.rgb(s.canvasW(), s.canvasH());
        Graphics2D sg = s.graphics(sharp);
        new StudioSweep(d.withSlot(new SetDesign.Slot(0.5, 0.9, 0.5, 0.5))).paintSet(sg, s);
        sg.dispose();
        BufferedImage soft = Raster.blur(sharp, s.max() * 0.02);
        g.drawImage(soft, (int) Math.round(s.canvas().getX()), (int) Math.round(s.canvas().getY()), null);
    }

    @Override
    public void paintSubject(Graphics2D g, Stage s) {
        double w = s.frameW(), h = s.frameH();
        BufferedImage subject = ProductStaging.lit(d.subject(), KEY[0], KEY[1], Palette.tint(d.palette().dominant(), 0.7), 0.8);
        Rectangle win = DetailFinder.find(subject, 0.5, w / h);
        // Upscaling a photo more than ~3.5x only shows its pixels: a small photo gets a looser close-up.
        double k = Math.min(3.5, Math.min(0.62 * w / win.width, 0.62 * h / win.height));
        double fx = win.x + win.width / 2.0, fy = win.y + win.height / 2.0;
        double ox = d.slot().cx() * w - fx * k, oy = 0.5 * h - fy * k;
        // Only the part of the product that lands on the canvas is scaled up: a 3x product is huge.
        Rectangle visible = new Rectangle((int) Math.floor((s.canvas().getX() - ox) / k) - 4,
                (int) Math.floor((s.canvas().getY() - oy) / k) - 4,
                (int) Math.ceil(s.canvas().getWidth() / k) + 8, (int) Math.ceil(s.canvas().getHeight() / k) + 8)
                .intersection(new Rectangle(0, 0, subject.getWidth(), subject.getHeight()));
        if (visible.isEmpty()) return;
        BufferedImage part = subject.getSubimage(visible.x, visible.y, visible.width, visible.height);
        BufferedImage big = Raster.resize(part, (int) Math.round(visible.width * k), (int) Math.round(visible.height * k));
        double x = ox + visible.x * k, y = oy + visible.y * k;
        BufferedImage focused = depthOfField(big, (fx - visible.x) * k, (fy - visible.y) * k, 0.36 * Math.min(w, h), s.max() * 0.012);
        ProductStaging.halo(g, big, x, y, Palette.tint(d.palette().dominant(), 0.7), 0.22, s.min() * 0.04);
        g.drawImage(focused, (int) Math.round(x), (int) Math.round(y), null);
    }

    /**
     * Blends a sharp and a blurred copy by distance from the focus point: sharp inside {@code radius},
     * fully blurred beyond about twice that, like a macro lens's thin focal plane.
     */
    static BufferedImage depthOfField(BufferedImage img, double fx, double fy, double radius, double sigma) {
        BufferedImage blurred = Raster.blur(img, sigma);
        int w = img.getWidth(), h = img.getHeight();
        BufferedImage out = Raster.argb(w, h);
        int[] a = img.getRGB(0, 0, w, h, null, 0, w);
        int[] b = blurred.getRGB(0, 0, w, h, null, 0, w);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dist = Math.hypot(x - fx, (y - fy) * 1.15) / radius;
                double m = smooth((dist - 0.7) / 1.1);
                int i = y * w + x;
                a[i] = mixPremultiplied(a[i], b[i], m);
            }
        }
        out.setRGB(0, 0, w, h, a, 0, w);
        return out;
    }

    private static double smooth(double t) {
        t = Math.max(0, Math.min(1, t));
        return t * t * (3 - 2 * t);
    }

    /** Mixes two straight-alpha ARGB pixels in premultiplied space so blurred edges keep their colour. */
    private static int mixPremultiplied(int p, int q, double m) {
        double ap = (p >>> 24) / 255.0, aq = (q >>> 24) / 255.0;
        double a = ap * (1 - m) + aq * m;
        if (a <= 0.0005) return 0;
        int r = Raster.clamp((((p >> 16) & 0xff) * ap * (1 - m) + ((q >> 16) & 0xff) * aq * m) / a);
        int g = Raster.clamp((((p >> 8) & 0xff) * ap * (1 - m) + ((q >> 8) & 0xff) * aq * m) / a);
        int bl = Raster.clamp(((p & 0xff) * ap * (1 - m) + (q & 0xff) * aq * m) / a);
        return (Raster.clamp(a * 255) << 24) | (r << 16) | (g << 8) | bl;
    }
}
