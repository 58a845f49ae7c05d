package video.zapcut.media.image;

/**
 * What an accepted image turned out to be, judged from its content (never its name or declared type).
 *
 * @param mimeType  e.g. {@code image/png}
 * @param format    one of {@code png}, {@code jpeg}, {@code webp}, {@code gif}, {@code bmp}
 * @param width     pixels
 * @param height    pixels
 * @param sizeBytes size of the encoded file
 */
public record InspectedImage(String mimeType, String format, int width, int height, long sizeBytes) {}
