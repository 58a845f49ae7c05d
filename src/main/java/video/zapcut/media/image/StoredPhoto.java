package video.zapcut.media.image;

/**
 * A product photo as Zapcut keeps it.
 *
 * @param bytes          the file to store: the upload itself, or a PNG of its pixels
 * @param info           what {@code bytes} are (format, MIME type, size), which is what the asset records
 * @param receivedFormat the format that was received, e.g. {@code webp} when {@code bytes} are its PNG
 */
public record StoredPhoto(byte[] bytes, InspectedImage info, String receivedFormat) {
    /** Whether the stored file is a conversion rather than the file received. */
    public boolean converted() { return !receivedFormat.equals(info.format()); }
}
