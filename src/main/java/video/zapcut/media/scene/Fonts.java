package video.zapcut.media.scene;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import video.zapcut.media.MediaException;

/**
 * The DejaVu faces bundled on the classpath (jasperreports-fonts). System fonts differ per machine and a
 * headless server may have none, so lettering always comes from these files.
 */
final class Fonts {
    private static final String BASE = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<String, Font> CACHE = new ConcurrentHashMap<>();

    enum Face {
        SANS_BOLD("DejaVuSans-Bold.ttf"), SANS("DejaVuSans.ttf"), CONDENSED_BOLD("DejaVuSansCondensed-Bold.ttf"),
        SERIF_BOLD("DejaVuSerif-Bold.ttf");

        final String file;

        Face(String file) { this.file = file; }
    }

    private Fonts() {}

    static Font get(Face face, float size) {
        Font base = CACHE.computeIfAbsent(face.file, Fonts::load);
        return base.deriveFont(size);
    }

    private static Font load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(BASE + file)) {
            if (in == null) throw new MediaException("font " + file + " not on the classpath (jasperreports-fonts missing?)");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new MediaException("cannot load font " + file + ": " + e.getMessage(), e);
        }
    }
}
