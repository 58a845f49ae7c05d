package video.zapcut.media.image;

import static video.zapcut.media.image.ImageFormat.ascii;
import static video.zapcut.media.image.ImageFormat.startsWith;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The RIFF container around a WebP's image data. Its sizes are checked before decoding because
 * TwelveMonkeys' lossless decoder does not notice a file cut short: it returns an image (partly
 * made up) without an error or a warning. The container says how long the file and each chunk
 * must be, so a cut is found here instead.
 */
final class WebpContainer {
    private static final int HEADER = 12;
    private static final int CHUNK_HEADER = 8;
    /** The chunks that hold a picture: lossy, lossless, or an animation's frames. */
    private static final Set<String> IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "ANMF");

    private WebpContainer() {}

    static boolean isWebp(byte[] head) {
        return startsWith(head, ascii("RIFF")) && head.length >= HEADER && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4);
    }

    /** What is wrong with the container, or empty when its chunks fit the file and one of them holds a picture. */
    static Optional<String> problem(byte[] bytes) {
        long declared = uint32(bytes, 4) + 8;
        if (declared > bytes.length) {
            return Optional.of("the file is " + bytes.length + " bytes but its header declares " + declared);
        }
        boolean picture = false;
        long at = HEADER;
        while (at < declared) {
            if (at + CHUNK_HEADER > declared) return Optional.of("a chunk header is cut off at byte " + at);
            String kind = new String(bytes, (int) at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = uint32(bytes, (int) at + 4);
            long end = at + CHUNK_HEADER + size;
            if (end > declared) return Optional.of("chunk " + kind.strip() + " needs " + size + " bytes; the file ends before");
            picture |= IMAGE_CHUNKS.contains(kind);
            at = end + (size & 1);   // chunks are padded to an even length
        }
        return picture ? Optional.empty() : Optional.of("it holds no image data");
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
