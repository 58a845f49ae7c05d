package video.zapcut.ai.vendors;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A speech vendor's audio as a WAV file whose header tells the truth, and its length in seconds.
 *
 * <p>Vendors that stream WAV write the header before they know the length: OpenAI's
 * {@code /audio/speech} puts {@code 0xFFFFFFFF} in the RIFF and data sizes, which strict readers
 * (Java's, ffmpeg's with a warning) take as a 24-hour file. {@link #of} rebuilds the header from the
 * bytes actually received; {@link #ofPcm16} wraps raw PCM (ElevenLabs' {@code pcm_*} formats) in one.
 */
public record Wav(byte[] bytes, int sampleRate, int channels, double seconds) {
    private static final int CANONICAL_HEADER = 44;

    /** Raw signed 16-bit little-endian PCM, interleaved, as a WAV file. */
    public static Wav ofPcm16(byte[] pcm, int sampleRate, int channels) {
        int blockAlign = 2 * channels;
        if (pcm.length % blockAlign != 0) {
            throw new IllegalArgumentException("not 16-bit PCM: " + pcm.length + " bytes is not a whole number of "
                    + channels + "-channel frames");
        }
        ByteBuffer b = ByteBuffer.allocate(CANONICAL_HEADER + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(CANONICAL_HEADER - 8 + pcm.length).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) 16);
        b.put(ascii("data")).putInt(pcm.length).put(pcm);
        return new Wav(b.array(), sampleRate, channels, pcm.length / (double) (sampleRate * blockAlign));
    }

    /**
     * A WAV file as received, with its RIFF and data sizes set to what is there. Only the format and
     * data chunks are kept (metadata chunks are of no use to a voiceover).
     *
     * @throws IllegalArgumentException when the bytes are not a RIFF/WAVE file with a format and a data chunk
     */
    public static Wav of(byte[] file) {
        if (file.length < 12 || !tag(file, 0, "RIFF") || !tag(file, 8, "WAVE")) {
            throw new IllegalArgumentException("not a RIFF/WAVE file (" + file.length + " bytes"
                    + (file.length >= 4 ? ", starting " + printable(file) : "") + ")");
        }
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        byte[] fmt = null;
        int pos = 12;
        while (pos + 8 <= file.length) {
            long size = Integer.toUnsignedLong(in.getInt(pos + 4));
            int body = pos + 8;
            if (tag(file, pos, "data")) {
                if (fmt == null) throw new IllegalArgumentException("WAV data before its format chunk");
                return rebuilt(fmt, file, body, (int) Math.min(size, file.length - body));
            }
            if (size > file.length - body) throw new IllegalArgumentException("WAV chunk runs past the end of the file");
            if (tag(file, pos, "fmt ")) fmt = Arrays.copyOfRange(file, body, body + (int) size);
            pos = body + (int) size + (int) (size & 1); // chunks are padded to an even length
        }
        throw new IllegalArgumentException(fmt == null ? "WAV without a format chunk" : "WAV without a data chunk");
    }

    private static Wav rebuilt(byte[] fmt, byte[] file, int dataStart, int available) {
        if (fmt.length < 16) throw new IllegalArgumentException("WAV format chunk too short");
        ByteBuffer f = ByteBuffer.wrap(fmt).order(ByteOrder.LITTLE_ENDIAN);
        int channels = Short.toUnsignedInt(f.getShort(2)), rate = f.getInt(4), byteRate = f.getInt(8);
        int blockAlign = Short.toUnsignedInt(f.getShort(12));
        if (channels == 0 || rate <= 0 || byteRate <= 0 || blockAlign == 0) {
            throw new IllegalArgumentException("WAV format chunk without a rate or channels");
        }
        int data = available - available % blockAlign; // a frame cut off by the stream's end is dropped
        ByteArrayOutputStream out = new ByteArrayOutputStream(12 + 8 + fmt.length + 1 + 8 + data);
        ByteBuffer head = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        int fmtPadded = fmt.length + (fmt.length & 1);
        head.put(ascii("RIFF")).putInt(4 + 8 + fmtPadded + 8 + data).put(ascii("WAVE")).put(ascii("fmt ")).putInt(fmt.length);
        out.writeBytes(head.array());
        out.writeBytes(fmt);
        if ((fmt.length & 1) == 1) out.write(0);
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put(ascii("data")).putInt(data).array());
        out.write(file, dataStart, data);
        return new Wav(out.toByteArray(), rate, channels, data / (double) byteRate);
    }

    /** Writes the file to {@code out}, creating its folder. */
    public void writeTo(java.nio.file.Path out) {
        try {
            java.nio.file.Path parent = out.toAbsolutePath().getParent();
            if (parent != null) java.nio.file.Files.createDirectories(parent);
            java.nio.file.Files.write(out, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean tag(byte[] b, int at, String tag) {
        return Arrays.equals(b, at, at + 4, ascii(tag), 0, 4);
    }

    /** The first bytes, for an error message: "<html" says more than a byte count. */
    private static String printable(byte[] b) {
        StringBuilder s = new StringBuilder("'");
        for (int i = 0; i < Math.min(8, b.length); i++) s.append(b[i] >= 0x20 && b[i] < 0x7f ? (char) b[i] : '.');
        return s.append("'").toString();
    }

    private static byte[] ascii(String tag) { return tag.getBytes(StandardCharsets.US_ASCII); }
}
