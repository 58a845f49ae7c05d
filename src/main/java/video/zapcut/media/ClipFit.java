package video.zapcut.media;

import java.awt.Rectangle;

/**
 * How a clip of another size fills the ad's frame: scaled to cover it with its aspect kept, centred, the
 * overhang cropped. The one rule for the composition's filter and for carrying a place seen in the clip
 * (where the product is) onto the ad's frame.
 *
 * @param width  the ad's frame width
 * @param height the ad's frame height
 */
public record ClipFit(int width, int height) {

    /** The FFmpeg filters that fill the frame this way (crop centres by default). */
    String filter() {
        return "scale=" + width + ":" + height + ":force_original_aspect_ratio=increase,crop=" + width + ":" + height;
    }

    /** {@code inClip}, a rectangle in a clip (or a frame of it) of the given size, where the ad shows it, clipped to the frame. */
    public Rectangle toFrame(Rectangle inClip, int clipWidth, int clipHeight) {
        if (clipWidth <= 0 || clipHeight <= 0) throw new IllegalArgumentException("clip size must be positive");
        double s = Math.max((double) width / clipWidth, (double) height / clipHeight);
        double offX = (clipWidth * s - width) / 2, offY = (clipHeight * s - height) / 2;
        int x0 = clamp((int) Math.floor(inClip.x * s - offX), width), y0 = clamp((int) Math.floor(inClip.y * s - offY), height);
        int x1 = clamp((int) Math.ceil((inClip.x + inClip.width) * s - offX), width);
        int y1 = clamp((int) Math.ceil((inClip.y + inClip.height) * s - offY), height);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    private static int clamp(int v, int max) { return Math.max(0, Math.min(max, v)); }
}
