package video.zapcut.media.music;

import java.util.ArrayList;
import java.util.List;
import video.zapcut.common.MusicalGrid;

/**
 * Lays the track out bar by bar: which section each bar belongs to, which chord it plays and how
 * intense it is. The chord loop restarts at every section so each scene opens on the tonic, and the
 * last bar always resolves to the tonic.
 */
final class Arrangement {
    /** From here a bar lasts 1.7 s or less: a chord per bar would rush the harmony, so chords hold two bars. */
    private static final int TWO_BARS_PER_CHORD_FROM_BPM = 140;
    /** Energy levels that must stay calm everywhere: even their climax gets at most a soft kick. */
    private static final int CALM_ENERGY = 3;
    private static final int HEARTBEAT_DRIVE = 3;

    private final MusicalGrid grid;
    private final Harmony harmony;
    private final List<BarPlan> bars;

    private Arrangement(MusicalGrid grid, Harmony harmony, List<BarPlan> bars) {
        this.grid = grid;
        this.harmony = harmony;
        this.bars = List.copyOf(bars);
    }

    static Arrangement plan(MusicSpec spec, Mood mood) {
        MusicalGrid grid = spec.grid();
        Harmony harmony = Harmony.choose(spec.minor(), spec.seed());
        List<Integer> firstBars = sectionFirstBars(spec);
        List<SectionRole> roles = SectionRole.forSectionCount(firstBars.size());
        int barsPerChord = grid.bpm() >= TWO_BARS_PER_CHORD_FROM_BPM ? 2 : 1;
        int total = grid.bars();

        List<BarPlan> plans = new ArrayList<>(total);
        int section = 0;
        Chord previous = null;
        for (int bar = 0; bar < total; bar++) {
            while (section + 1 < firstBars.size() && firstBars.get(section + 1) <= bar) section++;
            int first = firstBars.get(section);
            int next = section + 1 < firstBars.size() ? firstBars.get(section + 1) : total;
            boolean finalBar = bar == total - 1;

            int degree = harmony.loopDegree((bar - first) / barsPerChord);
            if (finalBar) degree = 0;
            else if (bar == total - 2 && degree == 0) degree = harmony.cadenceDegree();
            // The final chord is a plain triad: a seventh would leave the ending hanging.
            Chord chord = harmony.chord(degree, mood.lushChords() && !finalBar);

            SectionRole role = roles.get(section);
            int drive = Math.max(0, Math.min(11, spec.energyLevel() + role.driveOffset()));
            if (spec.energyLevel() <= CALM_ENERGY) drive = Math.min(drive, HEARTBEAT_DRIVE);
            boolean changes = previous == null || bar == first || previous.degree() != chord.degree()
                    || finalBar;
            plans.add(new BarPlan(bar, bar * grid.barSeconds(), section, role, bar - first, bar == next - 1,
                    finalBar, chord, changes, drive));
            previous = chord;
        }
        return new Arrangement(grid, harmony, plans);
    }

    /**
     * First bar of each section. Scene cuts from the spec win; without them (or with a single scene)
     * the track gets its own setup / exploration / climax / CTA shape in proportions 1:2:2:1.
     */
    static List<Integer> sectionFirstBars(MusicSpec spec) {
        int total = spec.grid().bars();
        List<Integer> firstBars = new ArrayList<>();
        firstBars.add(0);
        for (double start : spec.sectionStarts()) {
            int bar = (int) Math.round(start / spec.grid().barSeconds());
            if (bar > firstBars.getLast()) firstBars.add(bar);
        }
        if (firstBars.size() > 1) return firstBars;
        if (total < 4) {
            firstBars.clear();
            for (int bar = 0; bar < total; bar++) firstBars.add(bar); // roles for 1..3 sections fit
            return firstBars;
        }
        int setup = Math.max(1, (int) Math.round(total / 6.0));
        int cta = Math.max(1, (int) Math.round(total / 6.0));
        int climax = Math.max(1, (int) Math.round(total / 3.0));
        int exploration = total - setup - cta - climax;
        return List.of(0, setup, setup + exploration, setup + exploration + climax);
    }

    MusicalGrid grid() { return grid; }

    Harmony harmony() { return harmony; }

    List<BarPlan> bars() { return bars; }

    double beatSeconds() { return 60.0 / grid.bpm(); }

    /** Sixteenth notes per bar: the finest step any part is placed on. */
    int stepsPerBar() { return grid.beatsPerBar() * 4; }

    double stepSeconds() { return beatSeconds() / 4; }
}
