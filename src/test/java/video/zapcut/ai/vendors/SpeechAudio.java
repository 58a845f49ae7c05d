package video.zapcut.ai.vendors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Speech vendors' audio for tests, and Java Sound (a reader independent of {@link Wav}) to check what was written. */
public final class SpeechAudio {
    private SpeechAudio() {}

    /** Signed 16-bit little-endian mono: a quiet 220 Hz tone, so the samples are not all zero. */
    public static byte[] pcm(double seconds, int rate) {
        int samples = (int) Math.round(seconds * rate);
        ByteBuffer b = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) b.putShort((short) (3000 * Math.sin(2 * Math.PI * 220 * i / rate)));
        return b.array();
    }

    /** A WAV as OpenAI streams it: the RIFF and data sizes are 0xFFFFFFFF, the length unknown when the header left. */
    public static byte[] streamedWav(double seconds, int rate) {
        byte[] pcm = pcm(seconds, rate);
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(-1).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16);
        b.put(ascii("data")).putInt(-1).put(pcm);
        return b.array();
    }

    /** What Java Sound reads in a WAV file. */
    public record Read(AudioFormat format, long frames) {
        public double seconds() { return frames / (double) format.getSampleRate(); }
    }

    public static Read read(Path wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return new Read(in.getFormat(), in.getFrameLength());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnsupportedAudioFileException e) {
            throw new AssertionError(wav + " is not a WAV Java Sound can read", e);
        }
    }

    static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }
}
