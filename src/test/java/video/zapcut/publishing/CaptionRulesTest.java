package video.zapcut.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The caption rulebook: X's weighted count (its own library's), LinkedIn's 3000, and the safety screen. */
class CaptionRulesTest {

    @Test
    void xCountsLatinOnceCjkAndEmojiTwiceAndAnyUrlAs23() {
        assertThat(CaptionRules.length(Platform.X, "Cold brew")).isEqualTo(9);
        assertThat(CaptionRules.length(Platform.X, "咖啡")).isEqualTo(4);
        assertThat(CaptionRules.length(Platform.X, "☕")).isEqualTo(2);
        assertThat(CaptionRules.length(Platform.X, "👩‍👩‍👧‍👦")).isEqualTo(2);
        assertThat(CaptionRules.length(Platform.X, "https://lunacoffee.com/" + "x".repeat(300))).isEqualTo(23);
        assertThat(CaptionRules.length(Platform.LINKEDIN, "咖啡☕")).isEqualTo(3);
    }

    @Test
    void theLimitIsThePlatformsAndTheProblemSaysBothNumbers() {
        assertThat(CaptionRules.check(Platform.X, "a".repeat(280), null).ok()).isTrue();
        CaptionCheck over = CaptionRules.check(Platform.X, "a".repeat(281), null);
        assertThat(over.ok()).isFalse();
        assertThat(over.problems()).singleElement().asString().contains("280").contains("281");
        assertThat(CaptionRules.check(Platform.LINKEDIN, "a".repeat(3000), null).ok()).isTrue();
        assertThat(CaptionRules.check(Platform.LINKEDIN, "a".repeat(3001), null).ok()).isFalse();
        assertThat(CaptionRules.check(Platform.X, "   ", null).problems()).containsExactly("the caption is empty");
    }

    @Test
    void theSafetyScreenBlocksWhatItBlocksInBriefsButNotTheAdsOwnBrand() {
        CaptionCheck blocked = CaptionRules.check(Platform.LINKEDIN, "Mickey Mouse dancing with our cold brew.", null);
        assertThat(blocked.violations()).extracting(v -> v.category()).contains("copyrighted_character");
        assertThat(CaptionRules.check(Platform.X, "Nike Run Club x our shoes", "Nike").violations()).isEmpty();
        assertThat(CaptionRules.check(Platform.X, "Our sneakers are better than Nike.", null).violations()).isNotEmpty();
    }
}
