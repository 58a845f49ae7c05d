package video.zapcut.media.scene;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * A rendered text overlay: a tight ARGB image and where its top-left corner goes on the frame.
 */
public record OverlayImage(BufferedImage image, int x, int y) {
    /** Where the overlay lands, in frame pixels. */
    public Rectangle bounds() { return new Rectangle(x, y, image.getWidth(), image.getHeight()); }
}
