package video.zapcut.media.scene;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.ProductCutout;

/**
 * Puts a product (or any subject image) into a set: fitting, the light falling on it, and the cues that
 * make it sit on a surface instead of floating on it: contact shadow, cast shadow, floor reflection and a
 * soft back-light halo. Shadows are painted as black with alpha so they work on any layer.
 */
final class ProductStaging {
    private ProductStaging() {}

    /**
     * The subject image for a cutout. A product without a plain background cannot be cut out, so it is
     * presented as a rounded photo card, which still stages (shadow, reflection) like an object would.
     */
    static BufferedImage subject(ProductCutout cutout) {
        BufferedImage img = cutout.image();
        if (cutout.plainBackground()) {
            Rectangle b = Raster.alphaBounds(img, 8);
            if (b != null && (b.width < img.getWidth() || b.height < img.getHeight())) {
                return Raster.copy(img.getSubimage(b.x, b.y, b.width, b.height), BufferedImage.TYPE_INT_ARGB);
            }
            return Raster.copy(img, BufferedImage.TYPE_INT_ARGB);
        }
        return card(img);
    }

    private static BufferedImage card(BufferedImage photo) {
        int w = photo.getWidth(), h = photo.getHeight();
        double r = Math.min(w, h) * 0.06;
        BufferedImage out = Raster.argb(w, h);
        Graphics2D g = Raster.quality(out);
        g.drawImage(photo, 0, 0, null);
        BufferedImage mask = Raster.argb(w, h);
        Graphics2D mg = Raster.quality(mask);
        mg.setColor(Color.WHITE);
        mg.fill(new RoundRectangle2D.Double(0, 0, w, h, 2 * r, 2 * r));
        mg.dispose();
        g.setComposite(AlphaComposite.DstIn);
        g.drawImage(mask, 0, 0, null);
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(new Color(255, 255, 255, 70));
        g.setStroke(new java.awt.BasicStroke((float) Math.max(1, Math.min(w, h) * 0.004)));
        g.draw(new RoundRectangle2D.Double(1, 1, w - 2, h - 2, 2 * r, 2 * r));
        g.dispose();
        return out;
    }

    /** Scales {@code subject} to fit inside {@code maxW x maxH}, keeping its proportions. */
    static BufferedImage fit(BufferedImage subject, double maxW, double maxH) {
        double k = Math.min(maxW / subject.getWidth(), maxH / subject.getHeight());
        return Raster.resize(subject, (int) Math.round(subject.getWidth() * k), (int) Math.round(subject.getHeight() * k));
    }

    /**
     * Lights the subject from direction {@code (lx, ly)} (unit vector pointing toward the light): a broad
     * highlight-to-shadow gradient across it and a thin rim on the edges that face the light. Product
     * photos are shot flat; this is what makes them belong to the set's light.
     */
    static BufferedImage lit(BufferedImage subject, double lx, double ly, Rgb rim, double strength) {
        int w = subject.getWidth(), h = subject.getHeight();
        BufferedImage out = Raster.copy(subject, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = Raster.quality(out);
        g.setComposite(AlphaComposite.SrcAtop);
        double cx = w / 2.0, cy = h / 2.0, reach = Math.hypot(w, h) / 2;
        Point2D near = new Point2D.Double(cx + lx * reach, cy + ly * reach);
        Point2D far = new Point2D.Double(cx - lx * reach, cy - ly * reach);
        g.setPaint(new LinearGradientPaint(near, far, new float[] {0f, 0.45f, 1f},
                new Color[] {new Color(255, 255, 255, (int) (60 * strength)), new Color(255, 255, 255, 0),
                        new Color(0, 0, 0, (int) (70 * strength))}));
        g.fillRect(0, 0, w, h);

        double off = Math.max(2, Math.min(w, h) * 0.012);
        BufferedImage rimMask = silhouette(subject, Color.WHITE);
        Graphics2D rg = rimMask.createGraphics();
        rg.setComposite(AlphaComposite.DstOut);
        rg.drawImage(subject, (int) Math.round(-lx * off), (int) Math.round(-ly * off), null);
        rg.dispose();
        BufferedImage rimSoft = tinted(Raster.blur(rimMask, off * 0.5), rim);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_ATOP, (float) Math.min(1, 0.85 * strength)));
        g.drawImage(rimSoft, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The subject's shape filled with one color. */
    static BufferedImage silhouette(BufferedImage subject, Color c) {
        BufferedImage s = Raster.copy(subject, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = s.createGraphics();
        g.setComposite(AlphaComposite.SrcIn);
        g.setColor(c);
        g.fillRect(0, 0, s.getWidth(), s.getHeight());
        g.dispose();
        return s;
    }

    private static BufferedImage tinted(BufferedImage alphaShape, Rgb c) {
        return silhouette(alphaShape, c.toColor());
    }

    /**
     * Width of what the subject stands on (its widest opaque run in the bottom rows): a bottle's base is
     * narrower than its shoulders, and a contact shadow wider than the base looks pasted on.
     */
    static double footprint(BufferedImage subject) {
        int w = subject.getWidth(), h = subject.getHeight();
        int rows = Math.max(1, h / 25);
        int best = 0;
        int[] row = new int[w];
        for (int y = h - rows; y < h; y++) {
            subject.getRGB(0, y, w, 1, row, 0, w);
            int min = w, max = -1;
            for (int x = 0; x < w; x++) {
                if ((row[x] >>> 24) > 96) {
                    min = Math.min(min, x);
                    max = x;
                }
            }
            best = Math.max(best, max - min + 1);
        }
        return best <= 0 ? w * 0.8 : best;
    }

    /** Tight dark core right under the base plus a wide faint ambient occlusion around it. */
    static void contactShadow(Graphics2D g, double cx, double baseY, double width, double strength) {
        Rgb black = new Rgb(0, 0, 0);
        LightShapes.glow(g, cx, baseY + width * 0.03, width * 1.05, width * 0.16, black, 0.30 * strength);
        LightShapes.glow(g, cx, baseY, width * 0.62, width * 0.055, black, 0.75 * strength);
    }

    /**
     * The subject's silhouette laid on the floor away from the light: sheared by {@code shear} (shadow
     * direction), squashed to {@code squash} of its height, and blurred more the further it falls.
     */
    static void castShadow(Graphics2D g, BufferedImage subject, double x, double baseY, double shear, double squash,
                           double opacity) {
        int w = subject.getWidth(), h = subject.getHeight();
        int pad = (int) (Math.max(w, h) * 0.12);
        BufferedImage sil = Raster.argb(w + 2 * pad, h + 2 * pad);
        Graphics2D sg = sil.createGraphics();
        sg.drawImage(silhouette(subject, new Color(0, 0, 0, 255)), pad, pad, null);
        sg.dispose();
        BufferedImage soft = Raster.blur(sil, Math.max(2, h * 0.025));
        AffineTransform old = g.getTransform();
        g.translate(x - pad, baseY);
        // Flip about the base line, squash, then shear so the shadow falls back and sideways.
        g.transform(new AffineTransform(1, 0, -shear * squash, -squash, 0, 0));
        g.translate(0, -(h + pad));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.drawImage(soft, 0, 0, null);
        g.setComposite(AlphaComposite.SrcOver);
        g.setTransform(old);
    }

    /** Mirror image on a glossy floor, fading out within {@code fade} of the subject's height. */
    static void reflection(Graphics2D g, BufferedImage subject, double x, double baseY, double opacity, double fade) {
        int w = subject.getWidth(), h = subject.getHeight();
        int rh = Math.max(1, (int) (h * fade));
        BufferedImage r = flippedBottom(subject, rh);
        Graphics2D mg = r.createGraphics();
        mg.setComposite(AlphaComposite.DstIn);
        mg.setPaint(new LinearGradientPaint(0, 0, 0, rh, new float[] {0f, 0.4f, 1f},
                new Color[] {new Color(0, 0, 0, (int) (255 * opacity)), new Color(0, 0, 0, (int) (255 * opacity * 0.35)),
                        new Color(0, 0, 0, 0)}));
        mg.fillRect(0, 0, w, rh);
        mg.dispose();
        g.drawImage(Raster.blur(r, Math.max(1, h * 0.006)), (int) Math.round(x), (int) Math.round(baseY), null);
    }

    /** The bottom {@code rh} rows of the subject, flipped vertically. */
    private static BufferedImage flippedBottom(BufferedImage subject, int rh) {
        int w = subject.getWidth(), h = subject.getHeight();
        BufferedImage r = Raster.argb(w, rh);
        int[] row = new int[w];
        for (int y = 0; y < rh && y < h; y++) {
            subject.getRGB(0, h - 1 - y, w, 1, row, 0, w);
            r.setRGB(0, y, w, 1, row, 0, w);
        }
        return r;
    }

    /** A soft coloured glow around the silhouette, drawn behind it: separates subject from backdrop. */
    static void halo(Graphics2D g, BufferedImage subject, double x, double y, Rgb c, double alpha, double sigma) {
        int pad = (int) Math.ceil(sigma * 3);
        BufferedImage sil = Raster.argb(subject.getWidth() + 2 * pad, subject.getHeight() + 2 * pad);
        Graphics2D sg = sil.createGraphics();
        sg.drawImage(silhouette(subject, c.toColor()), pad, pad, null);
        sg.dispose();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
        g.drawImage(Raster.blur(sil, sigma), (int) Math.round(x - pad), (int) Math.round(y - pad), null);
        g.setComposite(AlphaComposite.SrcOver);
    }
}
