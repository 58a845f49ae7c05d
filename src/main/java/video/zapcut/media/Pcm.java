package video.zapcut.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Audio as samples in memory: any file FFmpeg reads, decoded to 32-bit float at 48 kHz, and float WAV
 * files written back. For mixing a few seconds to a minute of sound, sample by sample, where FFmpeg's
 * mixing filters would rescale inputs as they come and go.
 */
final class Pcm {
    static final int RATE = 48_000;

    private Pcm() {}

    /** The file's audio as {@code channels} interleaved float channels at 48 kHz. */
    static float[] read(Ffmpeg ffmpeg, Path file, int channels, Path scratch) {
        Path raw = scratch.resolve(file.getFileName() + "." + channels + "ch.f32");
        ffmpeg.run(List.of("-y", "-i", file.toString(), "-map", "0:a:0", "-ac", String.valueOf(channels), "-ar", String.valueOf(RATE),
                "-f", "f32le", "-c:a", "pcm_f32le", raw.toString()));
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
            float[] out = new float[bytes.remaining() / 4];
            bytes.asFloatBuffer().get(out);
            return out;
        } catch (IOException e) {
            throw new MediaException("cannot read decoded audio of " + file.getFileName(), e);
        } finally {
            try {
                Files.deleteIfExists(raw);
            } catch (IOException ignored) {
                // scratch
            }
        }
    }

    /** Writes interleaved float samples as a 48 kHz IEEE-float WAV (no clipping: a limiter comes after). */
    static void writeFloatWav(Path target, float[] interleaved, int channels) {
        long dataBytes = (long) interleaved.length * 4;
        if (dataBytes + 44 > Integer.MAX_VALUE) throw new MediaException("audio too long for one WAV buffer");
        ByteBuffer b = ByteBuffer.allocate((int) (44 + dataBytes)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt((int) (dataBytes + 36)).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 3).putShort((short) channels).putInt(RATE)
                .putInt(RATE * channels * 4).putShort((short) (channels * 4)).putShort((short) 32);
        b.put(ascii("data")).putInt((int) dataBytes);
        b.asFloatBuffer().put(interleaved);
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(b.array());
        } catch (IOException e) {
            throw new MediaException("cannot write " + target, e);
        }
    }

    private static byte[] ascii(String tag) { return tag.getBytes(StandardCharsets.US_ASCII); }
}
