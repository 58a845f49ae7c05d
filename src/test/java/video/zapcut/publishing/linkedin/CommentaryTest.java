package video.zapcut.publishing.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LinkedIn's little text: every reserved character backslash-escaped but a hashtag's {@code #}, everything else as written. */
class CommentaryTest {
    @Test
    void everyReservedCharacterIsEscaped() {
        for (char c : "|{}@[]()<>#\\*_~".toCharArray()) {
            assertThat(Commentary.escape("a" + c + "b")).as("%s", c).isEqualTo("a\\" + c + "b");
        }
    }

    @Test
    void aCaptionKeepsItsWordsWithItsReservedCharactersEscaped() {
        assertThat(Commentary.escape("New (and improved) #launch: 20% off @ shop_now *today* ~ <3 {x|y} [1] C:\\path"))
                .isEqualTo("New \\(and improved\\) #launch: 20% off \\@ shop\\_now \\*today\\* \\~ \\<3 \\{x\\|y\\} \\[1\\] C:\\\\path");
    }

    @Test
    void hashtagsStayClickableAndOtherHashesAreEscaped() {
        assertThat(Commentary.escape("#ColdBrew is here #1 #café")).isEqualTo("#ColdBrew is here #1 #café");
        assertThat(Commentary.escape("Issue#5, # alone, ##double, C#")).isEqualTo("Issue\\#5, \\# alone, \\#\\#double, C\\#");
    }

    @Test
    void plainTextNewlinesAndEmojiPassUnchanged() {
        String plain = "Fresh coffee, every morning.\nOrder now! 50% off & free delivery ☕ \"quoted\" 'single' - done; ok? https://x.co/a";
        assertThat(Commentary.escape(plain)).isEqualTo(plain);
        assertThat(Commentary.escape(null)).isEmpty();
        assertThat(Commentary.escape("")).isEmpty();
    }

    @Test
    void anAlreadyEscapedCharacterIsEscapedAgainBecauseTheBackslashIsTheUsersOwn() {
        assertThat(Commentary.escape("\\#")).isEqualTo("\\\\\\#");
    }
}
