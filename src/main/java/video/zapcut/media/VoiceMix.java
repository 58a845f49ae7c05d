package video.zapcut.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import video.zapcut.common.Background;

/**
 * The ad's soundtrack with a voice: the voiceover lines placed on the timeline (the voice stem, brought
 * to {@value #VOICE_LUFS} LUFS), the music ducked under them, and the sum mastered to the ad's loudness
 * target (-14 LUFS, true peak below -1 dBTP) by {@link AudioMaster}.
 *
 * <p>The duck is keyed by the voice itself: each line's spoken stretch (from its first word's onset to
 * its last word's end, which the voice engine reports) lowers the music with short ramps, by as much as
 * that stretch needs for the voice to sit at least {@value #MARGIN_DB} dB above the music there, and
 * never less than {@value #MIN_DUCK_DB} dB. Computed per stretch from both levels, so a loud passage of
 * music is pushed further down than a quiet one, where a fixed compressor would let it through.
 */
public final class VoiceMix {
    public static final double VOICE_LUFS = -16.0;
    /** The voice's lead over the music while it speaks, aimed for (the limiter after may take a fraction of a dB). */
    public static final double MARGIN_DB = 13.0;
    static final double MIN_DUCK_DB = 8.0;
    static final double MAX_DUCK_DB = 35.0;
    static final double RAMP_SECONDS = 0.18;
    /** The duck starts this long before the first word and ends this long after the last. */
    static final double PRE_ROLL = 0.12, POST_ROLL = 0.2;
    private final Ffmpeg ffmpeg;
    private final LoudnessMeter meter;
    private final AudioMaster master;

    public VoiceMix(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
        this.meter = new LoudnessMeter(ffmpeg);
        this.master = new AudioMaster(ffmpeg);
    }

    /**
     * One line: its file, where the file starts on the ad's timeline, and where in the file the speech
     * starts and ends (seconds).
     */
    public record Line(Path file, double atSeconds, double speechStart, double speechEnd) {}

    /**
     * What was mixed: the mastered soundtrack, the voice stem alone (mono, as placed and leveled) and the
     * ducked music alone (stereo), both before mastering, for checks; the soundtrack's loudness, and the
     * smallest lead of the voice over the ducked music across the spoken stretches (dB, RMS).
     */
    public record Mixed(Path soundtrack, Path voiceStem, Path musicBed, Loudness loudness, double voiceLeadDb) {}

    /**
     * A mix running on a thread of its own (decoding, ducking and mastering a whole soundtrack takes about
     * a second), so the pictures can be composed meanwhile: where its soundtrack will be, and the mix.
     */
    public record Mixing(Path soundtrack, FutureTask<Mixed> task) {
        /** Completes once {@link #soundtrack} is written (or the mix failed). */
        public Future<?> ready() { return task; }

        /** The finished mix; its failure is rethrown here. */
        public Mixed result() { return PiecewiseComposition.await(task); }

        /** Stops the mix if it still runs (a no-op once it is done). */
        public void cancel() { task.cancel(true); }
    }

    /** As {@link #mix}, on a thread of its own. */
    public Mixing mixInBackground(Path music, List<Line> lines, double seconds, Path dir, double targetLufs) {
        FutureTask<Mixed> task = Background.start("voice-mix", () -> mix(music, lines, seconds, dir, targetLufs));
        return new Mixing(soundtrackIn(dir), task);
    }

    private static Path soundtrackIn(Path dir) { return dir.resolve("soundtrack.wav"); }

    public Mixed mix(Path music, List<Line> lines, double seconds, Path dir, double targetLufs) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new MediaException("cannot create " + dir, e);
        }
        int total = (int) Math.round(seconds * Pcm.RATE);
        float[] voice = new float[total];
        List<int[]> stretches = new ArrayList<>();
        for (Line l : lines) {
            float[] samples = Pcm.read(ffmpeg, l.file(), 1, dir);
            int at = (int) Math.round(l.atSeconds() * Pcm.RATE);
            for (int i = 0; i < samples.length && at + i < total; i++) if (at + i >= 0) voice[at + i] += samples[i];
            int from = (int) Math.round((l.atSeconds() + l.speechStart() - PRE_ROLL) * Pcm.RATE);
            int to = (int) Math.round((l.atSeconds() + l.speechEnd() + POST_ROLL) * Pcm.RATE);
            stretches.add(new int[] {Math.max(0, from), Math.min(total, to)});
        }
        Path stem = dir.resolve("voice.wav");
        Pcm.writeFloatWav(stem, voice, 1);
        Loudness v = meter.measure(stem);
        if (Double.isInfinite(v.integratedLufs())) throw new MediaException("the voiceover is silent");
        scale(voice, Math.pow(10, (VOICE_LUFS - v.integratedLufs()) / 20));
        Pcm.writeFloatWav(stem, voice, 1);

        float[] bed = fit(Pcm.read(ffmpeg, music, 2, dir), 2 * total);
        double[] voiceDb = new double[stretches.size()];
        double[] duck = new double[stretches.size()];
        for (int k = 0; k < stretches.size(); k++) {
            int[] s = stretches.get(k);
            voiceDb[k] = db(rms(voice, s[0], s[1], 1));
            double lead = voiceDb[k] - db(rms(bed, s[0], s[1], 2));
            duck[k] = Math.min(MAX_DUCK_DB, Math.max(MIN_DUCK_DB, MARGIN_DB - lead));
        }
        float[] gain = envelope(total, stretches, duck);
        float[] mixed = new float[2 * total];
        float[] ducked = new float[2 * total];
        for (int i = 0; i < total; i++) {
            ducked[2 * i] = bed[2 * i] * gain[i];
            ducked[2 * i + 1] = bed[2 * i + 1] * gain[i];
            mixed[2 * i] = ducked[2 * i] + voice[i];
            mixed[2 * i + 1] = ducked[2 * i + 1] + voice[i];
        }
        Path bedFile = dir.resolve("music-ducked.wav");
        Pcm.writeFloatWav(bedFile, ducked, 2);
        double leadDb = Double.POSITIVE_INFINITY;
        for (int k = 0; k < stretches.size(); k++) {
            int[] s = stretches.get(k);
            leadDb = Math.min(leadDb, voiceDb[k] - db(rms(ducked, s[0], s[1], 2)));
        }
        Path sum = dir.resolve("mix.wav");
        Pcm.writeFloatWav(sum, mixed, 2);
        Path out = soundtrackIn(dir);
        Loudness loudness = master.master(sum, out, targetLufs);
        return new Mixed(out, stem, bedFile, loudness, stretches.isEmpty() ? Double.NaN : leadDb);
    }

    /** The music's gain per sample: 1 outside the stretches, each stretch's duck inside, ramped in and out. */
    static float[] envelope(int total, List<int[]> stretches, double[] duckDb) {
        double[] db = new double[total];
        int ramp = (int) Math.round(RAMP_SECONDS * Pcm.RATE);
        for (int k = 0; k < stretches.size(); k++) {
            int[] s = stretches.get(k);
            for (int i = Math.max(0, s[0] - ramp); i < Math.min(total, s[1] + ramp); i++) {
                double depth;
                if (i < s[0]) depth = duckDb[k] * (i - (s[0] - ramp)) / (double) ramp;
                else if (i >= s[1]) depth = duckDb[k] * (s[1] + ramp - i) / (double) ramp;
                else depth = duckDb[k];
                db[i] = Math.max(db[i], depth);
            }
        }
        float[] gain = new float[total];
        for (int i = 0; i < total; i++) gain[i] = (float) Math.pow(10, -db[i] / 20);
        return gain;
    }

    private static float[] fit(float[] samples, int length) {
        if (samples.length == length) return samples;
        float[] out = new float[length];
        System.arraycopy(samples, 0, out, 0, Math.min(length, samples.length));
        return out;
    }

    private static void scale(float[] s, double g) {
        for (int i = 0; i < s.length; i++) s[i] = (float) (s[i] * g);
    }

    /** RMS over samples [from, to) of a stream with {@code channels} interleaved channels, channels averaged. */
    static double rms(float[] s, int from, int to, int channels) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double v = 0;
            for (int c = 0; c < channels; c++) v += s[channels * i + c];
            v /= channels;
            sum += v * v;
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    static double db(double rms) { return 20 * Math.log10(Math.max(rms, 1e-9)); }
}
