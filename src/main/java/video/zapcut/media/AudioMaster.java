package video.zapcut.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Brings a music track to a loudness target (default -14 LUFS integrated, true peak at most -1 dBTP)
 * by measuring, applying gain into a peak limiter, and measuring again to correct what the limiter
 * took away. Working on the track alone (seconds of audio, not the video) keeps this cheap, and lets
 * composition encode the audio in the same single pass as the picture.
 */
public final class AudioMaster {
    /** Limiter ceiling in sample peak; AAC encoding adds some inter-sample overshoot, so leave room below -1 dBTP. */
    private static final double CEILING_DB = -2.0;
    private final Ffmpeg ffmpeg;
    private final LoudnessMeter meter;

    public AudioMaster(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
        this.meter = new LoudnessMeter(ffmpeg);
    }

    /** Writes the mastered track to {@code out} (48 kHz stereo PCM WAV) and returns its measured loudness. */
    public Loudness master(Path in, Path out, double targetLufs) {
        Loudness before = meter.measure(in);
        if (Double.isInfinite(before.integratedLufs())) throw new MediaException("the music track is silent");
        double gain = targetLufs - before.integratedLufs();
        Path pass = out.resolveSibling(out.getFileName() + ".pass1.wav");
        try {
            apply(in, pass, gain);
            Loudness mid = meter.measure(pass);
            // The limiter lowers loudness where it acts; a second, smaller gain step recovers it.
            double correction = targetLufs - mid.integratedLufs();
            if (Math.abs(correction) > 0.2) {
                apply(in, out, gain + correction);
            } else {
                Files.move(pass, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return meter.measure(out);
        } catch (java.io.IOException e) {
            throw new MediaException("cannot write mastered audio " + out, e);
        } finally {
            try {
                Files.deleteIfExists(pass);
            } catch (java.io.IOException ignored) {
                // a leftover scratch file is harmless
            }
        }
    }

    private void apply(Path in, Path out, double gainDb) {
        String ceiling = String.format(Locale.ROOT, "%.4f", Math.pow(10, CEILING_DB / 20));
        String filter = String.format(Locale.ROOT, "volume=%.3fdB,alimiter=limit=%s:attack=5:release=60:level=false,aresample=48000",
                gainDb, ceiling);
        ffmpeg.run(List.of("-y", "-i", in.toString(), "-af", filter, "-ac", "2", "-c:a", "pcm_s16le", out.toString()));
    }
}
