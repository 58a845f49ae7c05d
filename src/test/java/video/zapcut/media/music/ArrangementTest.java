package video.zapcut.media.music;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import video.zapcut.common.MusicalGrid;

class ArrangementTest {

    private static Arrangement plan(MusicSpec spec) {
        return Arrangement.plan(spec, Mood.from(spec.vibe(), spec.energyLevel()));
    }

    private static List<Double> cutTimes(MusicalGrid grid, double... weights) {
        List<Double> starts = new ArrayList<>();
        double t = 0;
        for (double d : grid.split(weights)) {
            starts.add(t);
            t += d;
        }
        return starts;
    }

    @Test
    void everySceneCutIsABarLineWhereANewSectionStartsOnTheTonic() {
        MusicalGrid grid = MusicalGrid.forEnergy(6, 30);
        List<Double> cuts = cutTimes(grid, 2, 3, 1, 3, 2);
        Arrangement arrangement = plan(new MusicSpec(grid, false, 6, "", 4, 0.5, 1.0, cuts));

        for (int s = 0; s < cuts.size(); s++) {
            double cut = cuts.get(s);
            BarPlan bar = arrangement.bars().stream()
                    .filter(b -> Math.abs(b.startSeconds() - cut) < 1e-9).findFirst().orElseThrow();
            assertThat(bar.sectionIndex()).isEqualTo(s);
            assertThat(bar.barInSection()).isZero();
            assertThat(bar.chordChanges()).isTrue();
            if (!bar.finalBar()) assertThat(bar.chord().isTonic()).isTrue();
            if (bar.index() > 0) assertThat(arrangement.bars().get(bar.index() - 1).lastOfSection()).isTrue();
        }
        List<SectionRole> roles = arrangement.bars().stream().map(BarPlan::role).distinct().toList();
        assertThat(roles).containsExactly(SectionRole.SETUP, SectionRole.EXPLORATION, SectionRole.CLIMAX, SectionRole.CTA);
    }

    @Test
    void climaxDrivesHarderThanSetupAndCta() {
        MusicalGrid grid = MusicalGrid.forEnergy(5, 30);
        Arrangement arrangement = plan(new MusicSpec(grid, false, 5, "", 1, 0.5, 1.0, cutTimes(grid, 1, 1, 1, 1)));
        int setup = driveOf(arrangement, SectionRole.SETUP);
        int climax = driveOf(arrangement, SectionRole.CLIMAX);
        int cta = driveOf(arrangement, SectionRole.CTA);
        assertThat(climax).isGreaterThan(cta).isGreaterThan(setup);
    }

    private static int driveOf(Arrangement arrangement, SectionRole role) {
        return arrangement.bars().stream().filter(b -> b.role() == role).findFirst().orElseThrow().drive();
    }

    @Test
    void withoutCutsTheTrackStillGetsAllFourSections() {
        for (int seconds : new int[] {15, 30, 60}) {
            MusicalGrid grid = MusicalGrid.forEnergy(7, seconds);
            Arrangement arrangement = plan(new MusicSpec(grid, false, 7, "", 1, 0.5, 1.0));
            assertThat(arrangement.bars()).hasSize(grid.bars());
            assertThat(arrangement.bars().stream().map(BarPlan::role).distinct().toList())
                    .containsExactly(SectionRole.SETUP, SectionRole.EXPLORATION, SectionRole.CLIMAX, SectionRole.CTA);
        }
    }

    @Test
    void lastBarResolvesToTheTonicTriadAfterANonTonicChord() {
        for (long seed = 0; seed < 20; seed++) {
            for (boolean minor : new boolean[] {false, true}) {
                MusicalGrid grid = MusicalGrid.forEnergy((int) (seed % 10) + 1, 30);
                Arrangement arrangement = plan(new MusicSpec(grid, minor, 5, "luxurious", seed, 0.5, 1.0));
                List<BarPlan> bars = arrangement.bars();
                BarPlan last = bars.getLast();
                assertThat(last.finalBar()).isTrue();
                assertThat(last.chord().isTonic()).isTrue();
                assertThat(last.chord().root()).isEqualTo(arrangement.harmony().tonic());
                assertThat(last.chord().pitchClasses()).hasSize(3);
                assertThat(bars.get(bars.size() - 2).chord().isTonic()).isFalse();
            }
        }
    }

    @Test
    void chordsChangeEveryBarAtModerateTempoAndEveryTwoBarsWhenFast() {
        MusicalGrid moderate = MusicalGrid.forEnergy(4, 30);
        MusicalGrid fast = MusicalGrid.forEnergy(10, 30);
        assertThat(moderate.bpm()).isLessThan(140);
        assertThat(fast.bpm()).isGreaterThanOrEqualTo(140);

        Arrangement slow = plan(new MusicSpec(moderate, false, 4, "", 2, 0.5, 1.0));
        Arrangement quick = plan(new MusicSpec(fast, false, 10, "", 2, 0.5, 1.0));
        assertThat(slow.bars()).allMatch(BarPlan::chordChanges);
        for (BarPlan bar : quick.bars()) {
            boolean cadence = bar.index() >= quick.bars().size() - 2; // penultimate V, final I
            if (!cadence && bar.barInSection() % 2 == 1) assertThat(bar.chordChanges()).isFalse();
        }
    }

    @Test
    void keyAndProgressionComeFromTheSeed() {
        Set<Integer> tonics = new HashSet<>();
        Set<String> loops = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            Harmony harmony = Harmony.choose(false, seed);
            tonics.add(harmony.tonic());
            loops.add(harmony.loopDegree(1) + "-" + harmony.loopDegree(2) + "-" + harmony.loopDegree(3));
        }
        assertThat(tonics).hasSizeGreaterThan(6);
        assertThat(loops).hasSizeGreaterThan(1);
        assertThat(Harmony.choose(true, 7).tonic()).isEqualTo(Harmony.choose(true, 7).tonic());
    }

    @Test
    void reportsTheKeyItPlays() {
        MusicalGrid grid = MusicalGrid.forEnergy(5, 30);
        for (long seed = 0; seed < 12; seed++) {
            MusicSpec spec = new MusicSpec(grid, seed % 2 == 1, 5, "", seed, 0.5, 1.0);
            Arrangement arrangement = plan(spec);
            int tonic = arrangement.bars().getLast().chord().root();
            String[] names = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
            assertThat(MusicSynthesizer.keyOf(spec)).isEqualTo(names[tonic] + (spec.minor() ? " minor" : " major"));
        }
    }

    @Test
    void chordsAreDiatonic() {
        Harmony cMajor = new Harmony(0, false, new int[] {0, 4, 5, 3});
        assertThat(cMajor.chord(0, false).pitchClasses()).containsExactly(0, 4, 7);   // C
        assertThat(cMajor.chord(4, true).pitchClasses()).containsExactly(7, 11, 2, 5); // G7
        assertThat(cMajor.chord(5, false).pitchClasses()).containsExactly(9, 0, 4);   // Am
        Harmony aMinor = new Harmony(9, true, new int[] {0, 5, 2, 6});
        assertThat(aMinor.chord(0, false).pitchClasses()).containsExactly(9, 0, 4);   // Am
        assertThat(aMinor.chord(6, false).pitchClasses()).containsExactly(7, 11, 2);  // G
        assertThat(aMinor.pentatonicPitchClasses()).containsExactly(9, 0, 2, 4, 7);   // A C D E G
    }
}
