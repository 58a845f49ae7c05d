package video.zapcut.ai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.ai.VoiceModel;
import video.zapcut.testing.Ffprobe;

/** The offline voice, run for real: its words are the line's own, timed as Festival spoke them. */
class FestivalVoiceModelTest {
    @TempDir
    Path dir;
    final FestivalVoiceModel festival = new FestivalVoiceModel();

    @Test
    void everyWrittenWordGetsItsSpokenTimeInOrder() {
        String line = "Save 20% on 2 bottles — today only! Luna's cold-brew: 12oz/355ml.";
        VoiceModel.Speech s = festival.speak(new VoiceModel.SpeechRequest(line, null, null), dir.resolve("a.wav"));
        assertThat(s.words()).extracting(VoiceModel.SpokenWord::text).containsExactly(line.split(" "));
        double last = 0;
        for (VoiceModel.SpokenWord w : s.words()) {
            assertThat(w.start()).as(w.text()).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(w.end());
            last = w.end();
        }
        assertThat(s.words().get(1).end() - s.words().get(1).start()).as("'20%' is said: twenty percent").isGreaterThan(0.4);
        // The file is a real WAV of that length, as Debian's ffprobe reads it, with the words inside it.
        assertThat(Ffprobe.samples(s.file(), 1).length / 48000.0).isCloseTo(s.seconds(), org.assertj.core.api.Assertions.within(0.05));
        assertThat(s.words().getLast().end()).isLessThanOrEqualTo(s.seconds());
    }

    @Test
    void wordsAreWhereTheSoundIs() {
        VoiceModel.Speech s = festival.speak(new VoiceModel.SpeechRequest("Calm energy. For busy mornings.", null, null),
                dir.resolve("b.wav"));
        List<double[]> sound = Ffprobe.soundStretches(s.file(), 0.1);
        assertThat(sound).isNotEmpty();
        // The first word starts within 60 ms of the first sound, and the last ends within 100 ms of the last.
        assertThat(Math.abs(s.words().getFirst().start() - sound.getFirst()[0])).isLessThan(0.06);
        assertThat(Math.abs(s.words().getLast().end() - Math.min(sound.getLast()[1], s.seconds()))).isLessThan(0.1);
        // "For" follows the full stop's pause: it starts where sound comes back.
        double forStart = s.words().get(2).start();
        assertThat(sound).anyMatch(st -> Math.abs(st[0] - forStart) < 0.08);
    }

    @Test
    void quotesAndBackslashesReachFestivalAsText() {
        VoiceModel.Speech s = festival.speak(new VoiceModel.SpeechRequest("Say \"hello\" \\ now", null, null), dir.resolve("c.wav"));
        assertThat(s.words()).extracting(VoiceModel.SpokenWord::text).containsExactly("Say", "\"hello\"", "\\", "now");
    }

    @Test
    void manyLinesInOneRunAreSpokenAsEachAlone() {
        List<String> lines = List.of("Meet Luna.", "Cold brew, slow-steeped for 18 hours.", "Calm energy. For busy mornings.");
        List<VoiceModel.SpeechRequest> requests = lines.stream().map(l -> new VoiceModel.SpeechRequest(l, null, null)).toList();
        List<Path> files = List.of(dir.resolve("m1.wav"), dir.resolve("m2.wav"), dir.resolve("m3.wav"));

        List<VoiceModel.Speech> together = festival.speakAll(requests, files);

        assertThat(together).hasSize(3);
        for (int i = 0; i < lines.size(); i++) {
            VoiceModel.Speech alone = festival.speak(requests.get(i), dir.resolve("alone" + i + ".wav"));
            VoiceModel.Speech batch = together.get(i);
            assertThat(batch.file()).isEqualTo(files.get(i));
            assertThat(batch.words()).extracting(VoiceModel.SpokenWord::text).containsExactly(lines.get(i).split(" "));
            assertThat(batch.seconds()).as(lines.get(i)).isCloseTo(alone.seconds(), org.assertj.core.api.Assertions.within(0.01));
            for (int w = 0; w < batch.words().size(); w++) {
                assertThat(batch.words().get(w).start()).isCloseTo(alone.words().get(w).start(), org.assertj.core.api.Assertions.within(0.01));
                assertThat(batch.words().get(w).end()).isCloseTo(alone.words().get(w).end(), org.assertj.core.api.Assertions.within(0.01));
            }
            // Each file holds its own line, as Debian's ffprobe reads it.
            assertThat(Ffprobe.samples(batch.file(), 1).length / 48000.0).isCloseTo(batch.seconds(), org.assertj.core.api.Assertions.within(0.05));
        }
    }
}
