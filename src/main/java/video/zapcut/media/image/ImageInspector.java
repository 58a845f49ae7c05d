package video.zapcut.media.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.IIOException;
import javax.imageio.ImageReader;
import video.zapcut.media.image.InvalidImageException.Reason;

/**
 * Decides whether a file is a usable product photo, judging only its bytes: the name, extension and
 * any declared MIME type are ignored because uploads routinely lie about all three.
 *
 * <p>Checks run cheapest first, and the pixel budget is enforced from the header alone, before a pixel
 * buffer exists, so a tiny file declaring a huge canvas is refused instead of exhausting the heap.
 * Every refusal is an {@link InvalidImageException} whose message names the file by its display name.
 *
 * <p>Thread-safe: it holds only its limits and creates a fresh ImageIO reader per call.
 */
public final class ImageInspector {
    /**
     * The formats accepted, as people name them; every refusal of an unknown format says this, and the
     * studio's upload hint shows the same words (a test compares them). A literal, so annotations can use it.
     */
    public static final String SUPPORTED_FORMATS = "PNG, JPEG, WebP, GIF or BMP";

    private final ImageLimits limits;

    /** The MIME types of the accepted formats, in the order {@link #SUPPORTED_FORMATS} names them. */
    public static List<String> supportedMimeTypes() {
        return java.util.Arrays.stream(ImageFormat.values()).map(f -> f.mimeType).toList();
    }

    public ImageInspector(ImageLimits limits) { this.limits = Objects.requireNonNull(limits); }

    public ImageInspector() { this(ImageLimits.defaults()); }

    /**
     * Validates a file completely and describes it. This decodes the pixels and drops them: only a full
     * decode proves a file is not truncated, since a cut-off image still has a perfect header.
     */
    public InspectedImage inspect(Path file) { return decode(file).info(); }

    /** As {@link #inspect(Path)}, for bytes already in memory such as an upload. */
    public InspectedImage inspect(byte[] bytes, String displayName) { return decode(bytes, displayName).info(); }

    public DecodedImage decode(Path file) {
        String name = displayName(file);
        return decode(readFile(file, name), name);
    }

    public DecodedImage decode(byte[] bytes, String displayName) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(displayName, "displayName");
        checkByteSize(bytes.length, displayName);
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, ImageFormat.SNIFF_LENGTH));
        ImageFormat format = ImageFormat.sniff(head).orElseThrow(() -> new InvalidImageException(Reason.UNSUPPORTED_FORMAT,
                displayName + " is not a supported image (" + SUPPORTED_FORMATS + "): its content is "
                        + ContentDescriber.describe(head) + "."));

        if (format == ImageFormat.WEBP) {
            WebpContainer.problem(bytes).ifPresent(problem -> { throw damaged(displayName, new IIOException(problem)); });
        }
        ImageReader reader = format.newReader();
        try (ByteArrayImageInputStream input = new ByteArrayImageInputStream(bytes)) {
            reader.setInput(input, true, true);
            int width = readHeaderSize(reader, displayName, true);
            int height = readHeaderSize(reader, displayName, false);
            checkDimensions(width, height, displayName);
            BufferedImage image = readPixels(reader, width, height, displayName);
            return new DecodedImage(new InspectedImage(format.mimeType, format.id, width, height, bytes.length), image,
                    format.storedAsIs);
        } catch (IOException closeFailure) {
            // Closing an in-memory stream cannot really fail; reaching here means a bug, not bad input.
            throw new IllegalStateException(closeFailure);
        } finally {
            reader.dispose();
        }
    }

    /** The file's bytes, refused before reading when it is missing, unreadable or over the byte limit. */
    byte[] readFile(Path file, String name) {
        if (!Files.exists(file)) throw new InvalidImageException(Reason.MISSING, name + " could not be found.");
        if (Files.isDirectory(file)) throw new InvalidImageException(Reason.NOT_A_FILE, name + " is a folder, not an image file.");
        if (!Files.isRegularFile(file)) throw new InvalidImageException(Reason.NOT_A_FILE, name + " is not a regular file.");
        if (!Files.isReadable(file)) throw unreadable(name, null);
        try {
            // Checked before reading so an oversized file is refused without loading it into memory.
            checkByteSize(Files.size(file), name);
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidImageException(Reason.MISSING, name + " could not be found.", e);
        } catch (AccessDeniedException e) {
            throw unreadable(name, e);
        } catch (IOException e) {
            throw new InvalidImageException(Reason.UNREADABLE, name + " could not be read.", e);
        }
    }

    private void checkByteSize(long size, String name) {
        if (size == 0) throw new InvalidImageException(Reason.EMPTY, name + " is empty (0 bytes).");
        if (size > limits.maxBytes()) {
            throw new InvalidImageException(Reason.TOO_LARGE, name + " is " + humanBytes(size)
                    + ", larger than the " + humanBytes(limits.maxBytes()) + " limit for images.");
        }
    }

    private void checkDimensions(int width, int height, String name) {
        if (width <= 0 || height <= 0) {
            throw damaged(name, new IIOException("header declares " + width + "x" + height));
        }
        String size = name + " is " + width + " × " + height + " pixels";
        long pixels = (long) width * height;
        if (pixels > limits.maxPixels()) {
            throw new InvalidImageException(Reason.TOO_MANY_PIXELS, size + " (" + megapixels(pixels)
                    + " megapixels); images may have at most " + megapixels(limits.maxPixels()) + " megapixels.");
        }
        if (Math.max(width, height) > limits.maxSide()) {
            throw new InvalidImageException(Reason.TOO_MANY_PIXELS,
                    size + "; images may be at most " + limits.maxSide() + " pixels on a side.");
        }
    }

    private static int readHeaderSize(ImageReader reader, String name, boolean width) {
        try {
            return width ? reader.getWidth(0) : reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            // The JDK readers throw assorted unchecked exceptions on malformed headers, not only IOException.
            throw damaged(name, e);
        }
    }

    private static BufferedImage readPixels(ImageReader reader, int width, int height, String name) {
        // The JPEG reader returns a partly grey image for a truncated file and merely warns
        // ("Premature end of JPEG file"), so any warning counts as damage.
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image;
        try {
            image = reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
        if (!warnings.isEmpty()) throw damaged(name, new IIOException(String.join("; ", warnings)));
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            throw damaged(name, new IIOException("decoded size differs from the header's " + width + "x" + height));
        }
        return image;
    }

    private static InvalidImageException damaged(String name, Throwable cause) {
        return new InvalidImageException(Reason.DAMAGED, name + " is damaged or truncated and cannot be opened as an image.", cause);
    }

    private static InvalidImageException unreadable(String name, Throwable cause) {
        return new InvalidImageException(Reason.UNREADABLE, name + " cannot be read (permission denied).", cause);
    }

    static String displayName(Path file) {
        Path fileName = Objects.requireNonNull(file, "file").getFileName();
        return fileName != null ? fileName.toString() : file.toString();
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
        if (bytes < 1024 * 1024) return oneDecimal(bytes / 1024.0) + " KB";
        return oneDecimal(bytes / (1024.0 * 1024)) + " MB";
    }

    private static String megapixels(long pixels) { return oneDecimal(pixels / 1_000_000.0); }

    private static String oneDecimal(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
