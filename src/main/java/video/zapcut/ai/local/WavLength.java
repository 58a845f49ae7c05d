package video.zapcut.ai.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** The length of a PCM WAV file, read from its header. */
final class WavLength {
    private WavLength() {}

    static double seconds(Path wav) {
        try {
            AudioFileFormat f = AudioSystem.getAudioFileFormat(wav.toFile());
            return f.getFrameLength() / (double) f.getFormat().getFrameRate();
        } catch (UnsupportedAudioFileException e) {
            throw new IllegalStateException("not a WAV file: " + wav.getFileName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
