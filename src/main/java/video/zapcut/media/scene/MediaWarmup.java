package video.zapcut.media.scene;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Readies the local renderers' one-time set-up (the bundled fonts, Java2D's loops for text, transformed
 * images and gradients, the PNG codecs) on a background thread while a one-shot command starts the
 * application on the other core: the first stages otherwise pay for it on the generation's critical path.
 * Nothing is written anywhere; a failure here only means the stages pay for it later.
 */
public final class MediaWarmup {
    private MediaWarmup() {}

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void startInBackground() {
        Thread.ofPlatform().name("media-warmup").daemon().priority(Thread.MIN_PRIORITY).start(MediaWarmup::run);
    }

    static void run() {
        try {
            BufferedImage canvas = Raster.rgb(64, 64);
            BufferedImage layer = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = Raster.quality(canvas);
            for (Fonts.Face face : Fonts.Face.values()) {
                g.setFont(Fonts.get(face, 12f));
                g.drawString("Zapcut", 2, 30);
            }
            g.setPaint(new java.awt.RadialGradientPaint(32, 32, 30, new float[] {0f, 1f},
                    new java.awt.Color[] {java.awt.Color.WHITE, java.awt.Color.BLACK}));
            g.fillRect(0, 0, 64, 64);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(layer, AffineTransform.getScaleInstance(1.03, 1.03), null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(canvas, "png", png);
            ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        } catch (IOException | RuntimeException | LinkageError e) {
            // Only a head start: the stages load whatever this did not.
        }
    }
}
