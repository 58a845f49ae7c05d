package video.zapcut.ai;

import java.nio.file.Path;
import java.util.List;

/**
 * The product as the image models see it.
 *
 * @param photos      the user's photos, as uploaded (empty for a typographic ad)
 * @param cutout      the main photo with its plain background removed (ARGB PNG), or null
 * @param productName shown in typographic scenes and end cards
 */
public record ProductImages(List<Path> photos, Path cutout, String productName) {
    public boolean hasPhoto() { return cutout != null; }
}
