package video.zapcut.media.image;

import static video.zapcut.media.image.ImageFormat.ascii;
import static video.zapcut.media.image.ImageFormat.startsWith;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Names what a refused file actually contains, so the user learns "it is a PDF document" rather than
 * just "unsupported" and can fix the upload themselves.
 */
final class ContentDescriber {
    private ContentDescriber() {}

    /** A phrase that completes "its content is ...", e.g. "text" or "a PDF document". WebP is accepted now, so never described here. */
    static String describe(byte[] head) {
        if (startsWith(head, ascii("%PDF-"))) return "a PDF document";
        if (head.length >= 12 && Arrays.equals(head, 4, 8, ascii("ftyp"), 0, 4)) return "a HEIC/AVIF image or a video";
        if (startsWith(head, ascii("II*\0")) || startsWith(head, ascii("MM\0*"))) return "a TIFF image";
        if (startsWith(head, ascii("PK\3\4"))) return "a ZIP archive or office document";
        if (looksLikeText(head)) return "text";
        return "data of an unknown kind";
    }

    private static boolean looksLikeText(byte[] head) {
        // The sniffed head may end inside a multi-byte character; dropping up to 3 trailing bytes keeps
        // a valid UTF-8 text from being misjudged because of where we cut it.
        for (int cut = 0; cut <= Math.min(3, head.length - 1); cut++) {
            if (isControlFreeUtf8(Arrays.copyOf(head, head.length - cut))) return true;
        }
        return false;
    }

    private static boolean isControlFreeUtf8(byte[] bytes) {
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return decoded.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t' || c == '\f');
    }
}
