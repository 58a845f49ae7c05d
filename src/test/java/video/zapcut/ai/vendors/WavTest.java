package video.zapcut.ai.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAV headers that tell the truth, checked with Java Sound. */
class WavTest {
    @TempDir
    Path dir;

    @Test
    void rawPcmIsWrappedInAHeader() throws Exception {
        byte[] pcm = SpeechAudio.pcm(1.5, 44_100);
        Wav wav = Wav.ofPcm16(pcm, 44_100, 1);
        assertThat(wav.seconds()).isCloseTo(1.5, within(1e-9));
        assertThat(wav.bytes()).hasSize(44 + pcm.length);
        assertThat(Arrays.copyOfRange(wav.bytes(), 44, wav.bytes().length)).isEqualTo(pcm);
        SpeechAudio.Read read = SpeechAudio.read(Files.write(dir.resolve("a.wav"), wav.bytes()));
        assertThat(read.format().getSampleRate()).isEqualTo(44_100f);
        assertThat(read.format().getChannels()).isEqualTo(1);
        assertThat(read.format().getSampleSizeInBits()).isEqualTo(16);
        assertThat(read.format().isBigEndian()).isFalse();
        assertThat(read.frames()).isEqualTo(66_150);

        assertThatThrownBy(() -> Wav.ofPcm16(new byte[] {1, 2, 3}, 44_100, 1)).hasMessageContaining("not 16-bit PCM");
    }

    @Test
    void aStreamedHeadersPlaceholderSizesAreReplacedByTheRealOnes() throws Exception {
        byte[] streamed = SpeechAudio.streamedWav(2.5, 24_000);
        Wav wav = Wav.of(streamed);
        assertThat(wav.seconds()).isCloseTo(2.5, within(1e-9));
        assertThat(wav.sampleRate()).isEqualTo(24_000);
        ByteBuffer b = ByteBuffer.wrap(wav.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(4)).isEqualTo(wav.bytes().length - 8);
        assertThat(b.getInt(40)).isEqualTo(120_000);
        assertThat(SpeechAudio.read(Files.write(dir.resolve("s.wav"), wav.bytes())).frames()).isEqualTo(60_000);
    }

    @Test
    void otherChunksAreDroppedAndAFrameCutOffAtTheEndToo() {
        byte[] pcm = SpeechAudio.pcm(0.5, 16_000);
        ByteBuffer b = ByteBuffer.allocate(12 + 24 + 8 + 3 + 1 + 8 + pcm.length + 1).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(0).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000)
                .putShort((short) 2).putShort((short) 16);
        b.put(ascii("LIST")).putInt(3).put(new byte[] {'a', 'b', 'c', 0}); // odd-sized, padded
        b.put(ascii("data")).putInt(pcm.length + 1).put(pcm).put((byte) 7); // half a frame at the end
        Wav wav = Wav.of(b.array());
        assertThat(wav.seconds()).isCloseTo(0.5, within(1e-9));
        assertThat(wav.bytes()).hasSize(44 + pcm.length);
    }

    @Test
    void whatIsNotAWavSaysWhatItWas() {
        assertThatThrownBy(() -> Wav.of("<html><body>502 Bad Gateway".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a RIFF/WAVE file").hasMessageContaining("'<html><b'");
        assertThatThrownBy(() -> Wav.of(new byte[0])).hasMessageContaining("0 bytes");
        byte[] noData = Arrays.copyOf(SpeechAudio.streamedWav(0.1, 8000), 36);
        assertThatThrownBy(() -> Wav.of(noData)).hasMessageContaining("without a data chunk");
    }

    static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }
}
