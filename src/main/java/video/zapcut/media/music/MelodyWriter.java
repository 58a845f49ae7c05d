package video.zapcut.media.music;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import video.zapcut.media.music.Score.Note;

/**
 * A one-bar motif from the pentatonic scale, repeated over the chords in four-bar phrases
 * (statement, repeat, lifted variation, answer), so the ear gets a hook it can recognise. Each
 * bar anchors the motif on a chord tone near the previous anchor: the motif follows the harmony
 * without jumping around.
 */
final class MelodyWriter {
    /** Rhythm templates as {onset, length} in sixteenth steps of a 16-step bar, by energy band. */
    private static final int[][][] CALM_RHYTHMS = {
        {{0, 8}, {8, 4}, {12, 4}},
        {{0, 6}, {6, 2}, {8, 8}},
        {{0, 12}, {12, 4}},
    };
    private static final int[][][] MEDIUM_RHYTHMS = {
        {{0, 4}, {4, 2}, {6, 6}, {12, 4}},
        {{0, 3}, {3, 3}, {6, 2}, {8, 8}},
        {{0, 2}, {2, 2}, {4, 4}, {8, 4}, {12, 4}},
    };
    private static final int[][][] DRIVING_RHYTHMS = {
        {{0, 2}, {2, 2}, {4, 2}, {6, 4}, {10, 2}, {12, 4}},
        {{0, 3}, {3, 3}, {6, 2}, {8, 2}, {10, 2}, {12, 4}},
        {{0, 2}, {3, 3}, {6, 2}, {8, 4}, {12, 2}, {14, 2}},
    };
    private static final int HALF_BAR = 8;

    private final Arrangement arrangement;
    private final int[] scaleNotes;   // pentatonic MIDI notes in the melody's range, ascending
    private final int[][] rhythm;
    private final int[] contour;      // pentatonic steps relative to the bar's anchor, per motif note
    private final double legato;
    private final SplittableRandom random;

    MelodyWriter(Arrangement arrangement, Mood mood, long seed) {
        this.arrangement = arrangement;
        this.random = new SplittableRandom(seed ^ 0x6D656C6F64790000L);
        int center = (int) Math.round(69 + 5 * mood.brightness());
        this.scaleNotes = pentatonicRange(arrangement.harmony(), center - 10, center + 12);
        int[][][] rhythms = mood.drive() < 0.25 ? CALM_RHYTHMS : mood.drive() < 0.6 ? MEDIUM_RHYTHMS : DRIVING_RHYTHMS;
        this.rhythm = rhythms[random.nextInt(rhythms.length)];
        this.contour = randomContour(rhythm.length, random);
        this.legato = switch (mood.lead()) {
            case SOFT -> 0.95;
            case BELL -> 0.9;
            case PLUCK -> 0.6;
        };
    }

    List<Note> write() {
        List<Note> notes = new ArrayList<>();
        double step = arrangement.stepSeconds();
        int anchor = nearestIndex(scaleNotes.length / 2);
        for (BarPlan bar : arrangement.bars()) {
            if (!bar.role().melody()) continue;
            anchor = anchorFor(bar.chord(), anchor);
            double t0 = bar.startSeconds();
            if (bar.finalBar()) {
                int tonic = nearestIndexOf(arrangement.harmony().tonic(), anchor);
                notes.add(new Note(t0, arrangement.stepsPerBar() * step, scaleNotes[tonic], 0.8, 0));
                continue;
            }
            boolean doubled = bar.role() == SectionRole.CLIMAX && bar.drive() >= 6;
            for (int[] n : phraseBar(bar.barInSection() % 4)) {
                int index = clamp(anchor + n[2], 0, scaleNotes.length - 1);
                double velocity = (n[0] == 0 ? 1.0 : 0.82) + 0.08 * random.nextDouble();
                double start = t0 + n[0] * step;
                double length = n[1] * step * legato;
                notes.add(new Note(start, length, scaleNotes[index], velocity, -0.1));
                if (doubled) notes.add(new Note(start, length, scaleNotes[index] + 12, velocity * 0.35, 0.35));
            }
        }
        return notes;
    }

    /** {onset, length, contour step} for bar {@code position} of a four-bar phrase. */
    private List<int[]> phraseBar(int position) {
        List<int[]> out = new ArrayList<>(rhythm.length + 1);
        for (int i = 0; i < rhythm.length; i++) {
            int onset = rhythm[i][0];
            int length = rhythm[i][1];
            int step = contour[i];
            if (position == 2 && onset >= HALF_BAR) step += 1; // lift the second half: tension
            if (position == 3) {                                   // answer: settle on the anchor
                if (onset >= HALF_BAR) break;
                length = Math.min(length, HALF_BAR - onset);
            }
            out.add(new int[] {onset, length, step});
        }
        if (position == 3) out.add(new int[] {HALF_BAR, HALF_BAR, 0});
        return out;
    }

    /** Small steps with a pull back to the anchor, like a singable tune. */
    private static int[] randomContour(int length, SplittableRandom random) {
        int[] steps = {-2, -1, -1, 1, 1, 2};
        int[] contour = new int[length];
        for (int i = 1; i < length; i++) {
            int next = contour[i - 1] + steps[random.nextInt(steps.length)];
            if (Math.abs(next) > 3) next = contour[i - 1] - Integer.signum(contour[i - 1]);
            contour[i] = next;
        }
        return contour;
    }

    /** The scale index of a chord tone near the previous anchor, drifting gently back to the middle. */
    private int anchorFor(Chord chord, int previous) {
        double target = 0.6 * previous + 0.4 * (scaleNotes.length / 2.0);
        int best = -1;
        for (int i = 0; i < scaleNotes.length; i++) {
            if (!chord.contains(scaleNotes[i])) continue;
            if (best < 0 || Math.abs(i - target) < Math.abs(best - target)) best = i;
        }
        return best >= 0 ? best : nearestIndex((int) Math.round(target));
    }

    /** The scale index nearest to {@code near} whose note has {@code pitchClass} (always in the scale: the tonic). */
    private int nearestIndexOf(int pitchClass, int near) {
        int best = near;
        for (int i = 0; i < scaleNotes.length; i++) {
            if (Math.floorMod(scaleNotes[i], 12) != pitchClass) continue;
            if (Math.floorMod(scaleNotes[best], 12) != pitchClass || Math.abs(i - near) < Math.abs(best - near)) best = i;
        }
        return best;
    }

    private int nearestIndex(int index) { return clamp(index, 0, scaleNotes.length - 1); }

    private static int[] pentatonicRange(Harmony harmony, int low, int high) {
        int[] pcs = harmony.pentatonicPitchClasses();
        List<Integer> notes = new ArrayList<>();
        for (int midi = low; midi <= high; midi++) {
            for (int pc : pcs) if (Math.floorMod(midi, 12) == pc) notes.add(midi);
        }
        return notes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int clamp(int v, int lo, int hi) { return Math.max(lo, Math.min(hi, v)); }
}
