package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * PNGs with the renderers' fast codec: writing, ImageIO's encoder tries every row filter and is several
 * times slower; reading, 8-bit RGB/RGBA files decode straight to int pixels (others go through ImageIO).
 */
public final class FastPng {
    private FastPng() {}

    public static void write(BufferedImage image, Path file) {
        Raster.writePng(image, file);
    }

    /** The image as INT_RGB or INT_ARGB; throws {@link video.zapcut.media.MediaException} when it cannot be read. */
    public static BufferedImage read(Path file) {
        return Raster.read(file);
    }
}
