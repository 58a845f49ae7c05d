package video.zapcut.pipeline.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.ads.Ad;
import video.zapcut.ads.Order;
import video.zapcut.ads.StageOutputs.BibleOutput;
import video.zapcut.ads.StageOutputs.VoiceLine;
import video.zapcut.ads.StageOutputs.VoiceoverOutput;
import video.zapcut.agents.BriefFacts;
import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.Scene;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.VoiceModel;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Json;
import video.zapcut.pipeline.GenerationContext;
import video.zapcut.pipeline.Stage;
import video.zapcut.storage.LocalBlobStore;

/**
 * The voiceover stage's rounds, with a voice that speaks half a second a word: every line is asked of the
 * voice at once, a line that runs past its scene's room is shortened and asked again in the next round
 * (with the others that ran long), and one that cannot fit is dropped with the reason.
 */
class VoiceoverStageTest {
    @TempDir
    Path dir;
    final List<List<String>> rounds = new ArrayList<>();

    /** Writes an empty file per line; each word takes 0.5 s, from 0.1 s. */
    final VoiceModel halfSecondAWord = new VoiceModel() {
        @Override public String provider() { return "test"; }
        @Override public String model() { return "half-second"; }
        @Override public Speech speak(SpeechRequest request, Path outFile) { throw new AssertionError("lines are spoken a round at a time"); }
        @Override public List<Speech> speakAll(List<SpeechRequest> requests, List<Path> outFiles) {
            rounds.add(requests.stream().map(SpeechRequest::text).toList());
            List<Speech> out = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                List<SpokenWord> words = new ArrayList<>();
                double t = 0.1;
                for (String w : requests.get(i).tokens()) {
                    words.add(new SpokenWord(w, t, t + 0.45));
                    t += 0.5;
                }
                try {
                    java.nio.file.Files.write(outFiles.get(i), new byte[44]);
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
                out.add(new Speech(outFiles.get(i), t + 0.1, words));
            }
            return out;
        }
    };

    @Test
    void allLinesGoInOneRoundAndOnlyTheLongOnesAgain() {
        // Scene 1 (4 s, room 3.25 s) fits 6 words; scene 2 (6 s, room 5.25 s) fits 10; scene 3 (2 s, room 1.25 s) fits 2.
        Storyboard board = new Storyboard(List.of(
                scene(1, 4, "Meet Luna, your calm morning ritual, in every single bottle today."),
                scene(2, 6, "Slow-steeped for eighteen hours."),
                scene(3, 2, "Smooth, naturally sweet, never bitter, always ready."),
                scene(4, 8, ""),
                scene(5, 10, "Shop Luna now.")));

        VoiceoverOutput out = new VoiceoverStage(halfSecondAWord, null).run(context(board));

        assertThat(rounds).hasSize(2);
        assertThat(rounds.getFirst()).as("every spoken line at once; scene 4 breathes").hasSize(4);
        assertThat(rounds.get(1)).as("only the two that ran long, shortened").hasSize(2)
                .allSatisfy(line -> assertThat(line.split(" ").length).isLessThan(9));
        assertThat(out.lines()).extracting(VoiceLine::sceneIndex).containsExactly(1, 2, 3, 5);
        for (VoiceLine l : out.lines()) {
            double room = board.scenes().get(l.sceneIndex() - 1).durationSeconds() - 0.75;
            assertThat(l.spokenEnd()).as("scene %d", l.sceneIndex()).isLessThanOrEqualTo(room);
        }
        VoiceLine first = out.lines().getFirst();
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(first.asked()).isEqualTo("Meet Luna, your calm morning ritual, in every single bottle today.");
        assertThat(out.lines().get(1).attempts()).isEqualTo(1);
        assertThat(out.lines().get(1).asked()).as("said as asked").isNull();
        assertThat(out.dropped()).isEmpty();
    }

    @Test
    void aLineThatCannotFitIsDroppedWithTheReason() {
        Storyboard board = new Storyboard(List.of(scene(1, 4, "Meet Luna."), scene(2, 6, "Slow."), scene(3, 0.9, "Smooth, sweet, ready."),
                scene(4, 8, ""), scene(5, 10, "Shop now.")));

        VoiceoverOutput out = new VoiceoverStage(halfSecondAWord, null).run(context(board));

        assertThat(out.lines()).extracting(VoiceLine::sceneIndex).containsExactly(1, 2, 5);
        assertThat(out.dropped()).singleElement().asString().startsWith("scene 3:").contains("does not fit");
        assertThat(rounds).allSatisfy(r -> assertThat(r).isNotEmpty());
    }

    private GenerationContext context(Storyboard board) {
        UUID project = UUID.randomUUID();
        Order order = new Order(project, "Luna Cold Brew for busy people.", "Luna", null, 30, AspectRatio.LANDSCAPE, List.of(),
                List.of(), List.of(), null, null);
        Ad ad = new Ad(UUID.randomUUID(), UUID.randomUUID(), project, 1, "generating", order, null);
        CreativeBible bible = new CreativeBible("modern minimalist", "calm", List.of("#1E2A44", "#D9C7A7"), "soft light", "slow dolly",
                "slow", 4);
        BibleOutput bibleOutput = new BibleOutput(UUID.randomUUID(), "Luna", bible,
                new BriefFacts("Luna", "busy people", "calm energy", "Mornings", "Shop now"), "brief", List.of(), null, "local");
        return new GenerationContext(UUID.randomUUID(), ad, null, dir.resolve("work"), new LocalBlobStore(dir.resolve("blobs")),
                Map.of(Stage.STORYBOARD, Json.write(board), Stage.CREATIVE_BIBLE, Json.write(bibleOutput)));
    }

    private static Scene scene(int n, double seconds, String voiceover) {
        return new Scene(n, "Scene " + n, "The bottle, scene " + n, seconds, "setup", "slow push-in", "calm", List.of("event"), "")
                .withVoiceover(voiceover.isEmpty() ? null : voiceover);
    }
}
