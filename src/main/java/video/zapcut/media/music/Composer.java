package video.zapcut.media.music;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import video.zapcut.media.music.Score.Note;
import video.zapcut.media.music.Score.PadChord;

/** Writes the parts of the {@link Score} from the bar plan: pads and bass here, melody and drums delegated. */
final class Composer {
    /** Bottom of the pad's one-octave voicing window (G3): warm, below the melody, above the bass. */
    private static final int PAD_WINDOW_LOW = 55;
    /** Bass roots sit in A1..G#2 (55-104 Hz): deep, yet still audible on phone speakers via harmonics. */
    private static final int BASS_WINDOW_LOW = 33;

    private Composer() {}

    static Score compose(Arrangement arrangement, Mood mood, long seed) {
        return new Score(pads(arrangement, mood), bass(arrangement, mood),
                new MelodyWriter(arrangement, mood, seed).write(),
                new DrumPattern(arrangement, seed).write());
    }

    /** One pad chord per chord change, held until the next change; calm tracks sit the pad louder. */
    static List<PadChord> pads(Arrangement arrangement, Mood mood) {
        List<BarPlan> bars = arrangement.bars();
        double barSeconds = arrangement.grid().barSeconds();
        double baseCutoff = 800 + 3000 * Math.pow(mood.brightness(), 1.5); // ~1.3 kHz calm .. ~3.7 kHz bright
        List<PadChord> pads = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            BarPlan bar = bars.get(i);
            if (!bar.chordChanges()) continue;
            int held = 1;
            while (i + held < bars.size() && !bars.get(i + held).chordChanges()) held++;
            int[] voicing = bar.chord().closeVoicing(PAD_WINDOW_LOW);
            if (bar.finalBar()) voicing = withTopRoot(voicing, bar.chord().root()); // fuller, "home" ending
            double velocity = (0.9 - 0.3 * mood.drive()) * (bar.role() == SectionRole.SETUP ? 0.85 : 1.0);
            pads.add(new PadChord(bar.startSeconds(), held * barSeconds, voicing, velocity,
                    baseCutoff * bar.role().filterOpening()));
        }
        return pads;
    }

    private static int[] withTopRoot(int[] voicing, int rootPitchClass) {
        int[] out = Arrays.copyOf(voicing, voicing.length + 1);
        int top = voicing[voicing.length - 1];
        out[voicing.length] = top + 1 + Math.floorMod(rootPitchClass - top - 1, 12);
        return out;
    }

    /**
     * Chord roots. Low drive holds one long note per bar; medium plays half notes; high drive pumps
     * eighths, and the highest adds octave jumps on the off-beats.
     */
    static List<Note> bass(Arrangement arrangement, Mood mood) {
        double step = arrangement.stepSeconds();
        int steps = arrangement.stepsPerBar();
        List<Note> notes = new ArrayList<>();
        for (BarPlan bar : arrangement.bars()) {
            int root = BASS_WINDOW_LOW + Math.floorMod(bar.chord().root() - BASS_WINDOW_LOW, 12);
            double t0 = bar.startSeconds();
            int drive = bar.finalBar() ? 0 : bar.drive();
            double level = 0.45 + 0.55 * mood.drive(); // calm tracks: the pad leads, the bass supports
            if (drive <= 3) {
                notes.add(new Note(t0, steps * step, root, level, 0));
            } else if (drive <= 5) {
                for (int s = 0; s < steps; s += 8) notes.add(new Note(t0 + s * step, 7.5 * step, root, level, 0));
            } else if (drive == 6) {
                int[][] pattern = {{0, 6}, {6, 2}, {8, 6}, {14, 2}}; // dotted pop figure: long-short, long-short
                for (int[] p : pattern) {
                    int midi = p[0] == 14 ? root + 12 : root;
                    notes.add(new Note(t0 + p[0] * step, (p[1] - 0.3) * step, midi, p[0] % 8 == 0 ? level : level * 0.8, 0));
                }
            } else {
                for (int s = 0; s < steps; s += 2) {
                    boolean offBeat = s % 4 == 2;
                    int midi = drive >= 9 && offBeat ? root + 12 : root;
                    notes.add(new Note(t0 + s * step, 1.6 * step, midi, offBeat ? level * 0.8 : level, 0));
                }
            }
        }
        return notes;
    }
}
