package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** Writes PNGs with the renderers' fast encoder (ImageIO's tries every row filter and is several times slower). */
public final class FastPng {
    private FastPng() {}

    public static void write(BufferedImage image, Path file) {
        Raster.writePng(image, file);
    }
}
