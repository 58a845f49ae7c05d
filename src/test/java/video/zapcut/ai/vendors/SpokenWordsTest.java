package video.zapcut.ai.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import video.zapcut.ai.VoiceModel.SpeechRequest;
import video.zapcut.ai.VoiceModel.SpokenWord;

/** Recognised words mapped onto the written ones: same words, other spellings, splits, merges, gaps. */
class SpokenWordsTest {
    static SpokenWord w(String text, double start, double end) { return new SpokenWord(text, start, end); }

    static List<String> tokens(String line) { return new SpeechRequest(line, null, null).tokens(); }

    @Test
    void theSameWordsKeepTheirTimesAndTheWrittenSpelling() {
        List<SpokenWord> out = SpokenWords.align(tokens("Meet Luna, 12 hours of light."), List.of(
                w("Meet", 0.1, 0.3), w("Luna", 0.3, 0.7), w("12", 0.8, 1.1), w("hours", 1.1, 1.5), w("of", 1.5, 1.6),
                w("light", 1.62, 2.0)), 2.2);
        assertThat(out).containsExactly(w("Meet", 0.1, 0.3), w("Luna,", 0.3, 0.7), w("12", 0.8, 1.1), w("hours", 1.1, 1.5),
                w("of", 1.5, 1.6), w("light.", 1.62, 2.0));
    }

    @Test
    void aNumberHeardAsWordsIsPairedByPosition() {
        List<SpokenWord> out = SpokenWords.align(tokens("Only 12 left!"), List.of(
                w("only", 0.0, 0.3), w("twelve", 0.35, 0.8), w("left", 0.8, 1.1)), 1.3);
        assertThat(out).containsExactly(w("Only", 0.0, 0.3), w("12", 0.35, 0.8), w("left!", 0.8, 1.1));

        // A long number heard as several words takes all of them.
        out = SpokenWords.align(tokens("Just 1,250 dollars"), List.of(w("just", 0, 0.3), w("one", 0.3, 0.5),
                w("thousand", 0.5, 0.9), w("two", 0.9, 1.0), w("fifty", 1.0, 1.3), w("dollars", 1.3, 1.8)), 2);
        assertThat(out).containsExactly(w("Just", 0, 0.3), w("1,250", 0.3, 1.3), w("dollars", 1.3, 1.8));
    }

    @Test
    void aWordHeardInTwoPartsOrTwoWordsHeardAsOne() {
        List<SpokenWord> split = SpokenWords.align(tokens("Send an e-mail now"), List.of(w("send", 0, 0.2), w("an", 0.2, 0.3),
                w("e", 0.3, 0.4), w("mail", 0.4, 0.7), w("now", 0.7, 1.0)), 1);
        assertThat(split).containsExactly(w("Send", 0, 0.2), w("an", 0.2, 0.3), w("e-mail", 0.3, 0.7), w("now", 0.7, 1.0));

        // "any way" heard as "anyway": the two written words share its time by length.
        List<SpokenWord> merged = SpokenWords.align(tokens("any way you like"), List.of(w("anyway", 0.0, 0.6), w("you", 0.6, 0.8),
                w("like", 0.8, 1.1)), 1.1);
        assertThat(merged).containsExactly(w("any", 0.0, 0.3), w("way", 0.3, 0.6), w("you", 0.6, 0.8), w("like", 0.8, 1.1));
    }

    @Test
    void aMissingWordTakesTheSilenceBetweenItsNeighbours() {
        List<SpokenWord> out = SpokenWords.align(tokens("the bright red car"), List.of(w("the", 0.0, 0.2), w("red", 0.6, 0.8),
                w("car", 0.8, 1.1)), 1.2);
        assertThat(out).containsExactly(w("the", 0.0, 0.2), w("bright", 0.2, 0.6), w("red", 0.6, 0.8), w("car", 0.8, 1.1));
    }

    @Test
    void aMissingWordWithNoSilenceBorrowsItsNeighboursTime() {
        List<SpokenWord> out = SpokenWords.align(tokens("the red car"), List.of(w("the", 0.0, 0.3), w("car", 0.3, 0.6)), 0.6);
        // "the red car" share 0.0-0.6 by length (3, 3, 3 letters)
        assertThat(out).containsExactly(w("the", 0.0, 0.2), w("red", 0.2, 0.4), w("car", 0.4, 0.6));
    }

    @Test
    void unheardWordsAtEitherEndTakeTheAudioBeforeOrAfter() {
        List<SpokenWord> out = SpokenWords.align(tokens("Well, hello there friend"), List.of(w("hello", 0.5, 0.9), w("there", 0.9, 1.2)), 2.0);
        assertThat(out).containsExactly(w("Well,", 0.0, 0.5), w("hello", 0.5, 0.9), w("there", 0.9, 1.2), w("friend", 1.2, 2.0));
    }

    @Test
    void anExtraHeardWordIsIgnoredAndPunctuationOnlyTokensSitBetween() {
        List<SpokenWord> out = SpokenWords.align(tokens("Calm — and bright"), List.of(w("calm", 0, 0.4), w("um", 0.4, 0.6),
                w("and", 0.6, 0.8), w("bright", 0.8, 1.2)), 1.2);
        assertThat(out).extracting(SpokenWord::text).containsExactly("Calm", "—", "and", "bright");
        assertThat(out.get(0)).isEqualTo(w("Calm", 0, 0.4));
        assertThat(out.get(2)).isEqualTo(w("and", 0.6, 0.8));
        assertThat(out.get(1).start()).isEqualTo(0.4);
        assertThat(out.get(1).end()).isEqualTo(0.6);
    }

    @Test
    void nothingHeardSharesTheWholeAudioByLength() {
        List<SpokenWord> out = SpokenWords.align(tokens("ab abcd ab"), List.of(), 1.6);
        assertThat(out).containsExactly(w("ab", 0, 0.4), w("abcd", 0.4, 1.2), w("ab", 1.2, 1.6));
    }

    @Test
    void overlappingOrBackwardRecognisedTimesAreStraightened() {
        List<SpokenWord> out = SpokenWords.align(tokens("one two three four"), List.of(w("one", 0.0, 0.5), w("two", 0.4, 0.7),
                w("three", 0.3, 0.2), w("four", 0.9, 5.0)), 1.5);
        // "one" is cut where "two" starts; "three" cannot start before "two" nor end before it starts.
        assertThat(out).containsExactly(w("one", 0.0, 0.4), w("two", 0.4, 0.4), w("three", 0.4, 0.4), w("four", 0.9, 1.5));
        assertOrdered(out, 4, 1.5);
    }

    @Test
    void normalisingAndLikeness() {
        assertThat(SpokenWords.normalise("Café,")).isEqualTo("cafe");
        assertThat(SpokenWords.normalise("“12%”")).isEqualTo("12");
        assertThat(SpokenWords.normalise("—")).isEmpty();
        assertThat(SpokenWords.unlike("luna", "luna")).isZero();
        assertThat(SpokenWords.unlike("luna", "lunar")).isCloseTo(0.2, within(1e-9));
        assertThat(SpokenWords.unlike("12", "twelve")).isEqualTo(1.0);
        assertThat(SpokenWords.unlike("", "")).isZero();
    }

    /** Whatever was heard, the port's rules hold: one word per token, as written, in order, never overlapping. */
    @Test
    void randomRecognitionsAlwaysGiveEveryWrittenTokenAnOrderedTime() {
        Random random = new Random(42);
        String[] vocabulary = {"luna", "light", "12", "twelve", "calm", "—", "e-mail", "e", "mail", "now!", "anyway", "any", "way"};
        for (int round = 0; round < 300; round++) {
            List<String> written = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) written.add(vocabulary[random.nextInt(vocabulary.length)]);
            List<SpokenWord> heard = new ArrayList<>();
            double t = random.nextDouble();
            for (int i = 0, n = random.nextInt(14); i < n; i++) {
                double s = t + random.nextGaussian() * 0.1, e = s + random.nextDouble() * 0.5 - 0.05;
                heard.add(w(vocabulary[random.nextInt(vocabulary.length)], s, e));
                t = e;
            }
            double seconds = random.nextDouble() * 8;
            List<SpokenWord> out = SpokenWords.align(written, heard, seconds);
            assertThat(out).extracting(SpokenWord::text).containsExactlyElementsOf(written);
            assertOrdered(out, written.size(), Math.max(seconds, 0));
        }
    }

    static void assertOrdered(List<SpokenWord> words, int count, double seconds) {
        assertThat(words).hasSize(count);
        double last = 0;
        for (SpokenWord w : words) {
            assertThat(w.start()).as("start of %s", w).isGreaterThanOrEqualTo(last);
            assertThat(w.end()).as("end of %s", w).isGreaterThanOrEqualTo(w.start());
            last = w.end();
        }
    }
}
