package video.zapcut.media.image;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The encodings we accept, recognised by their leading bytes. The JDK decodes all but WebP, which
 * TwelveMonkeys' reader decodes; a WebP is kept as a PNG of its pixels ({@link PhotoIntake}), since
 * not every reader downstream knows WebP.
 */
enum ImageFormat {
    PNG("png", "image/png", true),
    JPEG("jpeg", "image/jpeg", true),
    WEBP("webp", "image/webp", false),
    GIF("gif", "image/gif", true),
    BMP("bmp", "image/bmp", true);

    /** Enough leading bytes to recognise every format here and to describe common impostors. */
    static final int SNIFF_LENGTH = 512;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * Sizes of the DIB headers that follow a BMP's "BM". Two bytes alone are too weak a signature
     * (any text starting "BM..." would pass), so the header size must be one that really exists.
     */
    private static final int[] BMP_INFO_HEADER_SIZES = {12, 16, 40, 52, 56, 64, 108, 124};

    final String id;
    final String mimeType;
    /** Whether the file is stored as uploaded; otherwise it is stored as a PNG of its pixels. */
    final boolean storedAsIs;

    ImageFormat(String id, String mimeType, boolean storedAsIs) {
        this.id = id;
        this.mimeType = mimeType;
        this.storedAsIs = storedAsIs;
    }

    /**
     * A fresh reader. WebP's is made from its provider directly rather than looked up in ImageIO's
     * registry, which finds plugins only on the class loader that first touched it.
     */
    ImageReader newReader() {
        if (this == WEBP) {
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the WebP reader", e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(id);
        if (!readers.hasNext()) throw new IllegalStateException("this JDK has no ImageIO reader for " + id);
        return readers.next();
    }

    static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, PNG_SIGNATURE)) return Optional.of(PNG);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (WebpContainer.isWebp(head)) return Optional.of(WEBP);
        if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) return Optional.of(GIF);
        if (isBmp(head)) return Optional.of(BMP);
        return Optional.empty();
    }

    private static boolean isBmp(byte[] head) {
        if (head.length < 18 || head[0] != 'B' || head[1] != 'M') return false;
        int infoSize = (head[14] & 0xFF) | (head[15] & 0xFF) << 8 | (head[16] & 0xFF) << 16 | (head[17] & 0xFF) << 24;
        return Arrays.stream(BMP_INFO_HEADER_SIZES).anyMatch(size -> size == infoSize);
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }
}
