package video.zapcut.media.scene;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import video.zapcut.common.Rgb;

/**
 * The moving-light layer: a broad soft glow plus a slanted light-leak streak, both faint. Swept across
 * the frame during the shot it reads as light catching the lens and the set, which makes a still
 * composition feel filmed.
 */
final class LightLeak {
    private LightLeak() {}

    /**
     * @param s      stage of the light layer (centred on the frame, usually wider than it)
     * @param x, y   where the light sits at the start of the shot, in frame pixels
     * @param boost  1 normal; above 1 for a climax
     */
    static BufferedImage paint(Stage s, Palette p, double x, double y, double boost) {
        BufferedImage img = s.newArgb();
        Graphics2D g = s.graphics(img);
        Rgb warm = Palette.tint(p.lightest().mix(p.accent(), 0.25), 0.55);
        LightShapes.glow(g, x, y, 0.3 * s.max(), 0.42 * s.frameH() + 0.1 * s.frameW(), warm, 0.2 * boost);
        var old = g.getTransform();
        g.rotate(Math.toRadians(18), x, y);
        LightShapes.glow(g, x + 0.04 * s.frameW(), y + 0.1 * s.frameH(), 0.055 * s.max(), 0.75 * s.max(),
                Palette.tint(warm, 0.5), 0.16 * boost);
        g.setTransform(old);
        LightShapes.glow(g, x, y, 0.07 * s.min(), 0.07 * s.min(), Palette.tint(warm, 0.8), 0.14 * boost);
        g.dispose();
        return img;
    }
}
