package video.zapcut.media.scene;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Remembers where the visible pixels of the transparent layers are (layers.properties), so the clip
 * renderer does not have to decode two large ARGB PNGs just to find them. Each entry carries the PNG's
 * byte length; if the file was replaced since, the entry is ignored and the bounds are measured again.
 */
final class LayerBounds {
    static final String FILE = "layers.properties";
    /**
     * Pixels at or below this alpha (under 1% opacity) are left out: soft glows have long faint tails,
     * and cropping them away shrinks the area FFmpeg blends on every frame at no visible cost.
     */
    static final int VISIBLE_ALPHA = 2;

    private LayerBounds() {}

    static void write(Path dir, Path png, Rectangle bounds) {
        Path file = dir.resolve(FILE);
        Properties p = load(file);
        String key = png.getFileName().toString();
        try {
            p.setProperty(key + ".bytes", Long.toString(Files.size(png)));
            p.setProperty(key + ".bounds", bounds == null ? "empty"
                    : bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height);
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "visible bounds of the transparent layers, to skip decoding them");
            }
        } catch (IOException e) {
            throw new video.zapcut.media.MediaException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Visible bounds of {@code png}; null when it is fully transparent. */
    static Rectangle of(Path png) {
        Properties p = load(png.toAbsolutePath().resolveSibling(FILE));
        String key = png.getFileName().toString();
        try {
            String bytes = p.getProperty(key + ".bytes"), bounds = p.getProperty(key + ".bounds");
            if (bytes != null && bounds != null && Long.parseLong(bytes) == Files.size(png)) {
                if (bounds.equals("empty")) return null;
                String[] v = bounds.split(",");
                return new Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]), Integer.parseInt(v[3]));
            }
        } catch (IOException | RuntimeException e) {
            // Stale or damaged cache: measure instead.
        }
        BufferedImage img = Raster.read(png);
        return Raster.alphaBounds(img, VISIBLE_ALPHA);
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                // Start afresh; the cache only saves time.
            }
        }
        return p;
    }
}
