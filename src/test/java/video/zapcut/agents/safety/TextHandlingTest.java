package video.zapcut.agents.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.agents.safety.text.NormalizedText;
import video.zapcut.agents.safety.text.Sentence;
import video.zapcut.agents.safety.text.SentenceSplitter;
import video.zapcut.agents.safety.text.TextNormalizer;

class TextHandlingTest {

    @Test
    void normalizesCaseAccentsHyphensAndCompatibilityForms() {
        assertThat(TextNormalizer.normalize("Beyoncé’s  SPIDER-MAN — ﬁne!").text()).isEqualTo("beyonce's spider man fine");
        assertThat(TextNormalizer.normalize("Straße, Ærø").text()).isEqualTo("strasse aero");
    }

    @Test
    void mapsEveryNormalizedCharacterBackToTheOriginal() {
        String original = "Ａ naïve   Spider-Man!";
        NormalizedText n = TextNormalizer.normalize(original);
        int start = n.text().indexOf("spider man");
        int end = start + "spider man".length();

        assertThat(original.substring(n.originalStart(start), n.originalEnd(end))).isEqualTo("Spider-Man");
    }

    @Test
    void decodesLeetspeakOnlyInsideWords() {
        assertThat(TextNormalizer.deobfuscate("c0caine and h3r0in, k!ll").text()).isEqualTo("cocaine and heroin kill");
        assertThat(TextNormalizer.deobfuscate("Lose 10 pounds for $5 in 2024!").text()).isEqualTo("lose 10 pounds for $5 in 2024");
        assertThat(TextNormalizer.mayBeObfuscated("A plain sentence.")).isFalse();
    }

    @Test
    void joinsWordsSpelledOutLetterByLetter() {
        assertThat(TextNormalizer.deobfuscate("a g u n and c-o-c-a-i-n-e").text()).isEqualTo("a gun and cocaine");
    }

    @Test
    void splitsSentencesButNotAbbreviations() {
        List<Sentence> sentences = SentenceSplitter.split("Meet Dr. Smith vs. the rest! Really? Yes.\nScene two; a new line • bullet");

        assertThat(sentences).extracting(Sentence::original)
                .containsExactly("Meet Dr. Smith vs. the rest!", "Really?", "Yes.", "Scene two;", "a new line", "bullet");
        assertThat(sentences.get(1).offset()).isEqualTo("Meet Dr. Smith vs. the rest! ".length());
    }

    @Test
    void inflectsVerbReplacementsLikeTheWordTheyReplace() {
        assertThat(SafeRewriter.resolve("~greet", "stabbing")).isEqualTo("greeting");
        assertThat(SafeRewriter.resolve("~greet", "stabbed")).isEqualTo("greeted");
        assertThat(SafeRewriter.resolve("~greet", "punches")).isEqualTo("greets");
        assertThat(SafeRewriter.resolve("~support everyday wellness", "cures cancer")).isEqualTo("supports everyday wellness");
        assertThat(SafeRewriter.resolve("~charm", "seducing")).isEqualTo("charming");
        assertThat(SafeRewriter.resolve("the product", "a gun")).isEqualTo("the product");
    }
}
