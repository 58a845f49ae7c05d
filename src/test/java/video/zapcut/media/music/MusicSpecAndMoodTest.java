package video.zapcut.media.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.common.MusicalGrid;

class MusicSpecAndMoodTest {
    private final MusicalGrid grid = new MusicalGrid(96, 4, 12, 30); // 2.5 s bars

    @Test
    void sectionStartsMustSitOnBarLines() {
        assertThat(grid.barSeconds()).isEqualTo(2.5);
        assertThatThrownBy(() -> new MusicSpec(grid, false, 5, "", 1, 0, 0, List.of(0.0, 3.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bar line");
        assertThatThrownBy(() -> new MusicSpec(grid, false, 5, "", 1, 0, 0, List.of(30.0)))
                .isInstanceOf(IllegalArgumentException.class);
        MusicSpec ok = new MusicSpec(grid, false, 5, "", 1, 0, 0, List.of(10.0, 0.0, 5.0, 10.0005));
        assertThat(ok.sectionStarts()).containsExactly(0.0, 5.0, 10.0, 10.0005);
        assertThat(Arrangement.sectionFirstBars(ok)).containsExactly(0, 2, 4);
    }

    @Test
    void rejectsFadesLongerThanTheTrackAndClampsEnergy() {
        assertThatThrownBy(() -> new MusicSpec(grid, false, 5, "", 1, 20, 15))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MusicSpec(grid, false, 14, null, 1, 0, 0).energyLevel()).isEqualTo(10);
        assertThat(new MusicSpec(grid, false, 0, null, 1, 0, 0).vibe()).isEmpty();
    }

    @Test
    void vibeWordsShapeTheSound() {
        Mood calm = Mood.from("calm and serene", 5);
        Mood bold = Mood.from("bold and energetic", 5);
        Mood luxury = Mood.from("Luxurious, elegant", 5);

        assertThat(calm.drive()).isLessThan(bold.drive());
        assertThat(calm.padAttackSeconds()).isGreaterThan(bold.padAttackSeconds());
        assertThat(calm.brightness()).isLessThan(bold.brightness());
        assertThat(calm.reverbMix()).isGreaterThan(bold.reverbMix());
        assertThat(calm.lead()).isEqualTo(Mood.LeadTimbre.SOFT);
        assertThat(bold.lead()).isEqualTo(Mood.LeadTimbre.PLUCK);
        assertThat(luxury.lead()).isEqualTo(Mood.LeadTimbre.BELL);
        assertThat(luxury.lushChords()).isTrue();
        assertThat(Mood.from("", 1).drive()).isZero();
        assertThat(Mood.from("", 10).drive()).isEqualTo(1.0);
    }
}
