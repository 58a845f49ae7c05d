package video.zapcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionsTest {

    /** Words one after another, each {@code d} long, with {@code gap} between them. */
    private static List<Captions.Word> words(double from, double d, double gap, String... text) {
        List<Captions.Word> out = new ArrayList<>();
        double t = from;
        for (String w : text) {
            out.add(new Captions.Word(w, t, t + d));
            t += d + gap;
        }
        return out;
    }

    @Test
    void aLongStretchIsSplitIntoEvenCuesWithinTheLimits() {
        List<Captions.Cue> cues = Captions.cues(4, words(18.5, 0.3, 0.05, "Start", "every", "morning", "with", "a", "smooth,",
                "naturally", "sweet", "ritual."));
        assertThat(cues).extracting(Captions.Cue::text)
                .containsExactly("Start every morning", "with a smooth,", "naturally sweet ritual.");
        for (Captions.Cue c : cues) {
            assertThat(c.words()).hasSizeLessThanOrEqualTo(Captions.MAX_WORDS);
            assertThat(c.text().length()).isLessThanOrEqualTo(Captions.MAX_CHARS);
            assertThat(c.scene()).isEqualTo(4);
        }
    }

    @Test
    void cuesBreakAfterSentencesAndAtPausesAndSpanExactlyTheirWords() {
        List<Captions.Word> w = new ArrayList<>(words(1.0, 0.25, 0.02, "Luna", "Cold", "Brew."));
        w.addAll(words(2.5, 0.3, 0.02, "Shop", "now"));
        List<Captions.Cue> cues = Captions.cues(5, w);
        assertThat(cues).extracting(Captions.Cue::text).containsExactly("Luna Cold Brew.", "Shop now");
        assertThat(cues.get(0).start()).isEqualTo(1.0);
        assertThat(cues.get(0).end()).isEqualTo(w.get(2).end());
        assertThat(cues.get(1).start()).isEqualTo(2.5);

        List<Captions.Word> paused = new ArrayList<>(words(0, 0.2, 0.02, "calm", "energy"));
        paused.addAll(words(1.2, 0.2, 0.02, "daily"));
        assertThat(Captions.cues(1, paused)).extracting(Captions.Cue::text).containsExactly("calm energy", "daily");

        // A comma alone does not cut a short phrase; a long stretch is split after one when it can be.
        assertThat(Captions.cues(1, words(0, 0.3, 0.0, "Mornings,", "sorted."))).extracting(Captions.Cue::text)
                .containsExactly("Mornings, sorted.");
        assertThat(Captions.cues(1, words(0, 0.3, 0.0, "Bright,", "bold", "and", "made", "to", "last."))).extracting(Captions.Cue::text)
                .containsExactly("Bright, bold and", "made to last.");
    }

    @Test
    void anUnvoicedDashJoinsTheCueBeforeIt() {
        List<Captions.Word> w = new ArrayList<>(words(0, 0.3, 0.0, "Calm", "energy"));
        w.add(new Captions.Word("—", 0.6, 0.6));
        List<Captions.Cue> cues = Captions.cues(1, w);
        assertThat(cues).extracting(Captions.Cue::text).containsExactly("Calm energy —");
    }

    @Test
    void aSingleWordLongerThanACueStandsAlone() {
        List<Captions.Cue> cues = Captions.cues(1, words(0, 0.5, 0.02, "Supercalifragilisticexpialidocious", "indeed"));
        assertThat(cues).extracting(Captions.Cue::text).containsExactly("Supercalifragilisticexpialidocious", "indeed");
    }

    @Test
    void subRipAndWebVttCarryTheCuesAndTheWordTimes() {
        List<Captions.Cue> cues = Captions.cues(1, words(0.575, 0.25, 0.0, "Meet", "Luna", "<Cold>", "Brew."));
        assertThat(Captions.srt(cues)).isEqualTo("1\n00:00:00,575 --> 00:00:01,575\nMeet Luna <Cold> Brew.\n\n");
        assertThat(Captions.vtt(cues)).isEqualTo("WEBVTT\n\n1\n00:00:00.575 --> 00:00:01.575\n"
                + "Meet <00:00:00.825>Luna <00:00:01.075>&lt;Cold&gt; <00:00:01.325>Brew.\n\n");
        assertThat(Captions.time(3725.5, ',')).isEqualTo("01:02:05,500");
    }
}
