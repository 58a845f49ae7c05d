package video.zapcut.media.music;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.common.MusicalGrid;
import video.zapcut.media.music.Score.Drum;
import video.zapcut.media.music.Score.DrumHit;
import video.zapcut.media.music.Score.Note;

class ComposerTest {

    private record Composed(Arrangement arrangement, Score score) {}

    private static Composed compose(int energy, String vibe, long seed, boolean minor) {
        MusicSpec spec = new MusicSpec(MusicalGrid.forEnergy(energy, 30), minor, energy, vibe, seed, 0.5, 1.0);
        Mood mood = Mood.from(vibe, energy);
        Arrangement arrangement = Arrangement.plan(spec, mood);
        return new Composed(arrangement, Composer.compose(arrangement, mood, seed));
    }

    private static BarPlan barAt(Arrangement arrangement, double seconds) {
        int index = (int) Math.floor(seconds / arrangement.grid().barSeconds() + 1e-9);
        return arrangement.bars().get(Math.min(index, arrangement.bars().size() - 1));
    }

    @Test
    void melodyStaysOnThePentatonicScale() {
        for (long seed = 0; seed < 10; seed++) {
            Composed c = compose(3 + (int) seed % 7, "", seed, seed % 2 == 0);
            int[] scale = c.arrangement().harmony().pentatonicPitchClasses();
            assertThat(c.score().lead()).isNotEmpty();
            for (Note note : c.score().lead()) {
                assertThat(scale).contains(Math.floorMod(note.midi(), 12));
            }
        }
    }

    @Test
    void melodyRepeatsItsMotifAndEndsOnTheTonic() {
        Composed c = compose(6, "", 3, false);
        Arrangement a = c.arrangement();
        // The rhythm of the first bar of every four-bar phrase is the same motif.
        List<String> phraseOpenings = a.bars().stream()
                .filter(b -> b.role().melody() && !b.finalBar() && b.barInSection() % 4 == 0)
                .map(b -> rhythmOf(c.score().lead(), b, a))
                .distinct().toList();
        assertThat(phraseOpenings).hasSize(1);
        Note last = c.score().lead().getLast();
        assertThat(Math.floorMod(last.midi(), 12)).isEqualTo(a.harmony().tonic());
    }

    private static String rhythmOf(List<Note> notes, BarPlan bar, Arrangement a) {
        double start = bar.startSeconds(), end = start + a.grid().barSeconds();
        return notes.stream().filter(n -> n.startSeconds() >= start - 1e-9 && n.startSeconds() < end - 1e-9)
                .map(n -> String.valueOf(Math.round((n.startSeconds() - start) / a.stepSeconds())))
                .distinct() // the climax doubles the hook an octave up
                .reduce("", (x, y) -> x + "," + y);
    }

    @Test
    void bassPlaysTheRootOfEachBarsChordInALowRegister() {
        Composed c = compose(9, "", 5, true);
        for (Note note : c.score().bass()) {
            BarPlan bar = barAt(c.arrangement(), note.startSeconds());
            assertThat(Math.floorMod(note.midi(), 12)).isEqualTo(bar.chord().root());
            assertThat(note.midi()).isBetween(33, 57);
        }
    }

    @Test
    void padsHoldEveryChordAndRingToTheEnd() {
        Composed c = compose(4, "calm", 8, false);
        List<Score.PadChord> pads = c.score().pads();
        double end = 0;
        for (Score.PadChord pad : pads) {
            assertThat(pad.startSeconds()).isCloseTo(end, org.assertj.core.data.Offset.offset(1e-9)); // no gaps
            end = pad.startSeconds() + pad.durationSeconds();
            assertThat(pad.midis()).isSorted();
        }
        assertThat(end).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-9));
        Score.PadChord last = pads.getLast();
        int tonic = c.arrangement().harmony().tonic();
        assertThat(Arrays.stream(last.midis()).map(m -> Math.floorMod(m, 12))).contains(tonic);
    }

    @Test
    void drumDensityFollowsEnergy() {
        int bars = 0;
        for (int energy = 1; energy <= 3; energy++) {
            Composed calm = compose(energy, "", 1, false);
            bars = calm.arrangement().bars().size();
            assertThat(calm.score().drums()).as("energy %d", energy).hasSizeLessThanOrEqualTo(bars);
            assertThat(calm.score().drums()).noneMatch(h -> h.drum() == Drum.SNARE || h.drum() == Drum.OPEN_HAT);
        }
        Composed light = compose(5, "", 1, false);
        Composed full = compose(9, "", 1, false);
        assertThat(light.score().drums()).anyMatch(h -> h.drum() == Drum.CLOSED_HAT);
        assertThat(perBar(full)).isGreaterThan(2 * perBar(light));
        // A full beat has the backbeat: snare on beats 2 and 4 of the climax bars.
        Arrangement a = full.arrangement();
        BarPlan climax = a.bars().stream().filter(b -> b.role() == SectionRole.CLIMAX && !b.lastOfSection())
                .findFirst().orElseThrow();
        double beat = a.beatSeconds();
        for (int b : new int[] {1, 3}) {
            double t = climax.startSeconds() + b * beat;
            assertThat(full.score().drums()).anyMatch(h -> h.drum() == Drum.SNARE && Math.abs(h.timeSeconds() - t) < 1e-9);
        }
    }

    private static double perBar(Composed c) {
        return c.score().drums().size() / (double) c.arrangement().bars().size();
    }

    @Test
    void everyEventStartsOnTheSixteenthGrid() {
        Composed c = compose(10, "bold", 12, false);
        double step = c.arrangement().stepSeconds();
        for (DrumHit hit : c.score().drums()) assertOnGrid(hit.timeSeconds(), step);
        for (Note note : c.score().bass()) assertOnGrid(note.startSeconds(), step);
        for (Note note : c.score().lead()) assertOnGrid(note.startSeconds(), step);
    }

    private static void assertOnGrid(double seconds, double step) {
        double steps = seconds / step;
        assertThat(Math.abs(steps - Math.round(steps))).isLessThan(1e-6);
    }
}
