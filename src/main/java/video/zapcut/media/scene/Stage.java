package video.zapcut.media.scene;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import video.zapcut.common.AspectRatio;

/**
 * The frame a composition is designed for, and the canvas actually being painted. Painters always work
 * in frame coordinates (0..frameW, 0..frameH); a camera plate simply has a canvas reaching past the frame
 * on every side, centred on it, so the same painter fills the extra room the camera moves into.
 */
record Stage(int frameW, int frameH, Rectangle2D canvas) {

    static Stage frame(AspectRatio aspect) {
        return new Stage(aspect.width(), aspect.height(), new Rectangle2D.Double(0, 0, aspect.width(), aspect.height()));
    }

    /** A canvas of {@code w x h} pixels centred on the frame. */
    static Stage centred(AspectRatio aspect, int w, int h) {
        return new Stage(aspect.width(), aspect.height(),
                new Rectangle2D.Double((aspect.width() - w) / 2.0, (aspect.height() - h) / 2.0, w, h));
    }

    int canvasW() { return (int) Math.round(canvas.getWidth()); }

    int canvasH() { return (int) Math.round(canvas.getHeight()); }

    double min() { return Math.min(frameW, frameH); }

    double max() { return Math.max(frameW, frameH); }

    /** Canvas bounds expanded generously, for fills that must cover everything even under a camera roll. */
    Rectangle2D bleed() {
        double m = max() * 0.5;
        return new Rectangle2D.Double(canvas.getX() - m, canvas.getY() - m, canvas.getWidth() + 2 * m, canvas.getHeight() + 2 * m);
    }

    BufferedImage newRgb() { return Raster.rgb(canvasW(), canvasH()); }

    BufferedImage newArgb() { return Raster.argb(canvasW(), canvasH()); }

    /** Graphics on an image of this canvas, translated so painters can use frame coordinates. */
    Graphics2D graphics(BufferedImage img) {
        Graphics2D g = Raster.quality(img);
        g.translate(-canvas.getX(), -canvas.getY());
        return g;
    }
}
