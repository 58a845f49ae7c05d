package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Turns a product photo someone hands us (an upload, a command-line file) into the file Zapcut keeps.
 * It is checked completely by the {@link ImageInspector} first. A format that not every reader
 * downstream decodes (WebP: the JDK's ImageIO cannot, and the pipeline, the palette and FFmpeg all read
 * the stored photo) is stored as a lossless PNG of its decoded pixels, transparency included, so the
 * rest of Zapcut only ever meets PNG, JPEG, GIF and BMP.
 */
public final class PhotoIntake {
    private final ImageInspector inspector;

    public PhotoIntake(ImageInspector inspector) { this.inspector = Objects.requireNonNull(inspector); }

    /** The media types a photo may be sent as (what the content check then confirms). */
    public static java.util.List<String> acceptedMediaTypes() {
        return java.util.Arrays.stream(ImageFormat.values()).map(f -> f.mimeType).toList();
    }

    /** Throws {@link InvalidImageException} (its message names the file {@code displayName}) when it is no usable photo. */
    public StoredPhoto accept(byte[] bytes, String displayName) { return storable(inspector.decode(bytes, displayName), bytes); }

    /** As {@link #accept(byte[], String)} for a file, named by its file name. */
    public StoredPhoto accept(Path file) {
        String name = ImageInspector.displayName(file);
        return accept(inspector.readFile(file, name), name);
    }

    private static StoredPhoto storable(DecodedImage decoded, byte[] original) {
        InspectedImage received = decoded.info();
        if (decoded.storableAsIs()) return new StoredPhoto(original, received, received.format());
        byte[] png = png(decoded.image());
        return new StoredPhoto(png, new InspectedImage("image/png", "png", received.width(), received.height(), png.length),
                received.format());
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) throw new IllegalStateException("no PNG writer for image type " + image.getType());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the photo as PNG", e);
        }
        return out.toByteArray();
    }
}
