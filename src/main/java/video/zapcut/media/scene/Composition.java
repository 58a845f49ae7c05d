package video.zapcut.media.scene;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * One way of arranging a product in a set. Set and subject are painted separately so a scene can put
 * them on different layers and move them at different speeds (parallax); a still reference paints both
 * onto one image.
 */
interface Composition {

    /** Paints everything behind the subject, covering the stage's whole canvas. */
    void paintSet(Graphics2D g, Stage s);

    /** Paints the subject with its shadow, reflection and glow; works on a transparent canvas. */
    void paintSubject(Graphics2D g, Stage s);

    /** Direction toward the key light as a unit vector in frame space (y down). */
    double[] keyLight();

    /** Set and subject on one opaque image of the stage's canvas. */
    default BufferedImage paintAll(Stage s) {
        BufferedImage img = s.newRgb();
        Graphics2D g = s.graphics(img);
        paintSet(g, s);
        paintSubject(g, s);
        g.dispose();
        return img;
    }

    /** Applies the design's camera roll about the frame centre. */
    static void roll(Graphics2D g, Stage s, double degrees) {
        if (degrees != 0) g.rotate(Math.toRadians(degrees), s.frameW() / 2.0, s.frameH() / 2.0);
    }
}
