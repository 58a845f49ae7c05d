package video.zapcut.media.music;

import java.nio.file.Path;
import video.zapcut.common.MusicalGrid;

/**
 * Writes the ad's soundtrack, synthesised from scratch: a seeded chord loop on pads, a bass line,
 * a pentatonic hook and a drum kit whose density follows the energy level, arranged so it builds
 * towards the climax scene, thins out for the call to action and resolves on the tonic.
 *
 * <p>Pipeline: {@link Mood} (vibe words to sound choices) -> {@link Arrangement} (sections, chords,
 * intensity per bar) -> {@link Composer} ({@link Score} of timed notes) -> {@link Performer}
 * (voices into a bus) -> {@link Mixer} (reverb, saturation, fades, -3 dBFS peak) -> {@link WavWriter}.
 * Everything is derived from the spec and its seed, so equal specs give byte-identical files.
 */
public final class MusicSynthesizer {
    public static final int SAMPLE_RATE = 48_000;

    /**
     * Renders {@code spec} to a 48 kHz, 16-bit stereo PCM WAV of exactly {@link #frameCount} frames,
     * peaking at -3 dBFS. Creates missing parent directories; replaces an existing file.
     *
     * @throws video.zapcut.media.MediaException if the file cannot be written
     */
    public void render(MusicSpec spec, Path wavOut) {
        WavWriter.write(wavOut, synthesize(spec), SAMPLE_RATE);
    }

    /** Sample frames of the track for {@code grid}: round(targetSeconds * 48000). */
    public static int frameCount(MusicalGrid grid) {
        return (int) Math.round(grid.targetSeconds() * SAMPLE_RATE);
    }

    /**
     * The key the track for {@code spec} is in, e.g. "F# minor". The tonic comes from the seed, so
     * metadata that names the key should take it from here rather than choosing its own.
     */
    public static String keyOf(MusicSpec spec) {
        return Harmony.choose(spec.minor(), spec.seed()).keyName();
    }

    /** The finished track as interleaved 16-bit left/right samples. */
    short[] synthesize(MusicSpec spec) {
        Mood mood = Mood.from(spec.vibe(), spec.energyLevel());
        Arrangement arrangement = Arrangement.plan(spec, mood);
        Score score = Composer.compose(arrangement, mood, spec.seed());
        StereoBuffer bus = Performer.perform(score, mood, spec.seed(), frameCount(spec.grid()));
        return Mixer.master(bus, mood, spec.fadeInSeconds(), spec.fadeOutSeconds());
    }
}
