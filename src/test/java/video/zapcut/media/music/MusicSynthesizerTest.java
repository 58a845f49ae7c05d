package video.zapcut.media.music;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import video.zapcut.common.MusicalGrid;

class MusicSynthesizerTest {
    @TempDir
    static Path dir;

    private static final MusicSynthesizer SYNTH = new MusicSynthesizer();
    /** A typical 30 s mid-energy spot, shared by the level and fade checks. */
    private static Wav typical;

    @BeforeAll
    static void renderTypical() throws IOException {
        typical = render(new MusicSpec(MusicalGrid.forEnergy(6, 30), false, 6, "warm and confident", 11, 0.5, 1.5), "typical");
    }

    private static Wav render(MusicSpec spec, String name) throws IOException {
        Path file = dir.resolve(name + ".wav");
        SYNTH.render(spec, file);
        return Wav.read(file);
    }

    @ParameterizedTest
    @CsvSource({"2, 15", "7, 30", "10, 60"})
    void writes48kHzStereo16BitWithExactLength(int energy, int seconds) throws IOException {
        MusicalGrid grid = MusicalGrid.forEnergy(energy, seconds);
        Wav wav = render(new MusicSpec(grid, energy % 2 == 0, energy, "", 3, 0.3, 1.0), "length" + seconds);

        assertThat(wav.sampleRate()).isEqualTo(48_000);
        assertThat(wav.channels()).isEqualTo(2);
        assertThat(wav.bitsPerSample()).isEqualTo(16);
        assertThat(wav.frames()).isEqualTo(seconds * 48_000).isEqualTo(MusicSynthesizer.frameCount(grid));
    }

    @Test
    void isClearlyAudibleButNeverClips() {
        double rmsDb = 20 * Math.log10(typical.rms(0, typical.seconds()));
        assertThat(rmsDb).as("RMS dBFS").isGreaterThan(-25);
        assertThat(typical.peak()).as("peak normalised to -3 dBFS").isBetween(0.68, 0.72);
        long nearFullScale = 0;
        for (int i = 0; i < typical.frames(); i++) {
            if (Math.abs(typical.left()[i]) > 0.95 || Math.abs(typical.right()[i]) > 0.95) nearFullScale++;
        }
        assertThat(nearFullScale).isZero();
    }

    @Test
    void hasStereoWidth() {
        double sum = 0, diff = 0;
        for (int i = 0; i < typical.frames(); i++) {
            double l = typical.left()[i], r = typical.right()[i];
            sum += (l + r) * (l + r);
            diff += (l - r) * (l - r);
        }
        assertThat(diff / sum).as("side/mid energy").isBetween(0.01, 0.5);
    }

    @Test
    void fadesInAndOut() {
        double middle = typical.rms(14, 16);
        assertThat(typical.rms(0, 0.05)).isLessThan(middle * 0.1);
        double end = typical.seconds();
        assertThat(typical.rms(end - 0.05, end)).isLessThan(middle * 0.01);
        assertThat(typical.left()[typical.frames() - 1]).isZero();
    }

    @Test
    void sameSpecGivesSameBytesAndOtherSeedDiffers() throws IOException {
        MusicSpec spec = new MusicSpec(MusicalGrid.forEnergy(8, 15), true, 8, "bold", 99, 0.2, 1.0);
        Path a = dir.resolve("a.wav"), b = dir.resolve("b.wav"), c = dir.resolve("c.wav");
        SYNTH.render(spec, a);
        SYNTH.render(spec, b);
        SYNTH.render(new MusicSpec(spec.grid(), true, 8, "bold", 100, 0.2, 1.0), c);

        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
    }

    @Test
    void highEnergyHasMoreTransientsAndTrebleThanLowEnergy() throws IOException {
        Wav calm = render(new MusicSpec(MusicalGrid.forEnergy(2, 15), false, 2, "", 5, 0.3, 1.0), "calm");
        Wav driving = render(new MusicSpec(MusicalGrid.forEnergy(9, 15), false, 9, "", 5, 0.3, 1.0), "driving");

        assertThat(meanOnset(driving)).isGreaterThan(3 * meanOnset(calm));
        assertThat(driving.highFrequencyShare(1, 14)).isGreaterThan(2 * calm.highFrequencyShare(1, 14));
    }

    private static double meanOnset(Wav wav) {
        double sum = 0;
        for (double o : wav.onsetStrength(240)) sum += o;
        return sum / wav.seconds();
    }

    @Test
    void percussiveOnsetsLandOnTheBeatGrid() throws IOException {
        MusicalGrid grid = MusicalGrid.forEnergy(8, 15);
        Wav wav = render(new MusicSpec(grid, false, 8, "energetic", 21, 0.2, 1.0), "grid");
        int hop = 120; // 2.5 ms
        double[] onset = wav.onsetStrength(hop);
        double hopSeconds = hop / 48_000.0;
        double beat = 60.0 / grid.bpm();

        // Strength on the beats vs a thirty-second note later, where no part ever starts a note.
        double onBeat = 0, offGrid = 0;
        int beats = (int) (14 / beat);
        for (int k = 1; k < beats; k++) {
            onBeat += windowMax(onset, k * beat, hopSeconds);
            offGrid += windowMax(onset, k * beat + beat / 8, hopSeconds);
        }
        assertThat(onBeat).isGreaterThan(4 * offGrid);

        // The clearest onsets (about one per beat) all sit on the sixteenth-note grid, within 10 ms.
        double sixteenth = beat / 4;
        List<Integer> peaks = strongestPeaks(onset, beats);
        for (int h : peaks) {
            double t = h * hopSeconds;
            double offset = Math.abs(t - Math.round(t / sixteenth) * sixteenth);
            assertThat(offset).as("onset at %.3f s", t).isLessThan(0.010);
        }
    }

    /** Largest onset value within +-2 hops of {@code seconds} (the onset lands in the hop after the hit). */
    private static double windowMax(double[] onset, double seconds, double hopSeconds) {
        int center = (int) Math.round(seconds / hopSeconds);
        double max = 0;
        for (int h = center - 2; h <= center + 2; h++) if (h >= 0 && h < onset.length) max = Math.max(max, onset[h]);
        return max;
    }

    /**
     * Indices of the {@code count} largest peaks, at least 30 ms apart. A peak must be a maximum of
     * the original curve within +-2 hops, so the decaying shoulder of a big onset never counts.
     */
    private static List<Integer> strongestPeaks(double[] onset, int count) {
        double[] candidates = new double[onset.length];
        for (int h = 2; h < onset.length - 2; h++) {
            boolean localMax = true;
            for (int k = h - 2; k <= h + 2; k++) if (onset[k] > onset[h]) localMax = false;
            if (localMax) candidates[h] = onset[h];
        }
        List<Integer> peaks = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int best = 0;
            for (int h = 1; h < candidates.length; h++) if (candidates[h] > candidates[best]) best = h;
            peaks.add(best);
            for (int h = Math.max(0, best - 12); h < Math.min(candidates.length, best + 12); h++) candidates[h] = 0;
        }
        return peaks;
    }

    @Test
    void arrangementChangesAtSceneCuts() throws IOException {
        MusicalGrid grid = MusicalGrid.forEnergy(5, 30);
        List<Double> durations = grid.split(new double[] {1, 1.5, 1.5, 1});
        List<Double> starts = new ArrayList<>();
        double t = 0;
        for (double d : durations) {
            starts.add(t);
            t += d;
        }
        Wav wav = render(new MusicSpec(grid, false, 5, "", 8, 0.3, 1.0, starts), "scenes");

        // Energy 5: the setup stays drum-free, the climax brings in the beat.
        double setupTreble = wav.highFrequencyShare(starts.get(0) + 0.5, starts.get(1));
        double climaxTreble = wav.highFrequencyShare(starts.get(2), starts.get(3));
        assertThat(climaxTreble).isGreaterThan(3 * setupTreble);
    }

    @Test
    void lastBarSoundsTheTonicTriad() throws IOException {
        MusicalGrid grid = MusicalGrid.forEnergy(3, 15);
        MusicSpec spec = new MusicSpec(grid, false, 3, "calm", 31, 0.5, 1.0);
        Wav wav = render(spec, "ending");
        int tonic = Harmony.choose(false, 31).tonic();
        double lastBar = grid.targetSeconds() - grid.barSeconds();

        double[] chroma = wav.chroma(lastBar + 0.5, grid.targetSeconds() - 1.0);
        List<Integer> strongest = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int best = -1;
            for (int pc = 0; pc < 12; pc++) if (!strongest.contains(pc) && (best < 0 || chroma[pc] > chroma[best])) best = pc;
            strongest.add(best);
        }
        assertThat(strongest).containsExactlyInAnyOrder(tonic, (tonic + 4) % 12, (tonic + 7) % 12);
    }
}
