package video.zapcut.media.music;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import video.zapcut.media.MediaException;

/** Writes a canonical 44-byte-header PCM WAV: 16-bit little-endian, interleaved stereo. */
final class WavWriter {
    private static final int CHANNELS = 2;
    private static final int BYTES_PER_SAMPLE = 2;
    private static final int HEADER_BYTES = 44;

    private WavWriter() {}

    /** @param interleaved left, right, left, right, ... */
    static void write(Path target, short[] interleaved, int sampleRate) {
        long dataBytes = (long) interleaved.length * BYTES_PER_SAMPLE;
        if (dataBytes + HEADER_BYTES > Integer.MAX_VALUE) throw new MediaException("track too long for one WAV buffer");
        ByteBuffer bytes = ByteBuffer.allocate((int) (HEADER_BYTES + dataBytes)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(ascii("RIFF")).putInt((int) (dataBytes + HEADER_BYTES - 8)).put(ascii("WAVE"));
        bytes.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) CHANNELS).putInt(sampleRate)
                .putInt(sampleRate * CHANNELS * BYTES_PER_SAMPLE).putShort((short) (CHANNELS * BYTES_PER_SAMPLE))
                .putShort((short) (8 * BYTES_PER_SAMPLE));
        bytes.put(ascii("data")).putInt((int) dataBytes);
        bytes.asShortBuffer().put(interleaved);
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write(bytes.array());
            }
        } catch (IOException e) {
            throw new MediaException("could not write music to " + target + ": " + e.getMessage(), e);
        }
    }

    private static byte[] ascii(String tag) { return tag.getBytes(StandardCharsets.US_ASCII); }
}
