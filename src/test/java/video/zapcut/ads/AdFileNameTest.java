package video.zapcut.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdFileNameTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void namesTheProductTheFormatAndTheDay() {
        assertThat(AdFileName.of("Luna Cold Brew", "9:16", DAY, "mp4")).isEqualTo("luna-cold-brew-9x16-2026-12-06.mp4");
        assertThat(AdFileName.of("Luna Cold Brew", "16:9", DAY, "jpg")).isEqualTo("luna-cold-brew-16x9-2026-12-06.jpg");
    }

    static java.util.stream.Stream<Arguments> unsafeNames() {
        return java.util.stream.Stream.of(
                Arguments.of("Café Crème Brûlée", "cafe-creme-brulee"),
                Arguments.of("../../etc/passwd", "etc-passwd"),
                Arguments.of("C:\\Users\\ad.mp4", "c-users-ad-mp4"),
                Arguments.of("\"quoted\"; rm -rf *\r\nX-Evil: 1", "quoted-rm-rf-x-evil-1"),
                Arguments.of("GlowUp™ Serum №5", "glowuptm-serum-no5"),
                Arguments.of("  --Spaces   and---dashes-- ", "spaces-and-dashes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeNames")
    void keepsOnlyAsciiLettersDigitsAndSingleHyphens(String product, String slug) {
        assertThat(AdFileName.of(product, "1:1", DAY, "mp4")).isEqualTo(slug + "-1x1-2026-12-06.mp4");
    }

    @Test
    void anAdWithoutAUsableNameIsAZapcutAd() {
        assertThat(AdFileName.of(null, "9:16", DAY, "mp4")).isEqualTo("zapcut-ad-9x16-2026-12-06.mp4");
        assertThat(AdFileName.of("咖啡", "9:16", DAY, "mp4")).isEqualTo("zapcut-ad-9x16-2026-12-06.mp4");
        assertThat(AdFileName.of("!!!", "9:16", DAY, "mp4")).isEqualTo("zapcut-ad-9x16-2026-12-06.mp4");
    }

    @Test
    void aLongNameIsCutAtAWordBoundary() {
        String name = AdFileName.of("The Extraordinarily Refreshing Organic Cold Brew Concentrate For Busy Professionals Everywhere",
                "16:9", DAY, "mp4");

        assertThat(name).isEqualTo("the-extraordinarily-refreshing-organic-cold-brew-16x9-2026-12-06.mp4");
        assertThat(name.length() - "-16x9-2026-12-06.mp4".length()).isLessThanOrEqualTo(AdFileName.MAX_PRODUCT);
    }
}
