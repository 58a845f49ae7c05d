package video.zapcut.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import video.zapcut.common.AspectRatio;

/** Each platform's file: X's recommended sizes within its 1280x1024 limit, LinkedIn's length and size bounds. */
class PlatformFormatTest {

    @Test
    void xGetsItsRecommendedSizeForEachFormatAndLinkedInTakes1080p() {
        assertThat(PlatformFormat.of(Platform.X, AspectRatio.LANDSCAPE)).extracting(PlatformFormat::width, PlatformFormat::height).containsExactly(1280, 720);
        assertThat(PlatformFormat.of(Platform.X, AspectRatio.PORTRAIT)).extracting(PlatformFormat::width, PlatformFormat::height).containsExactly(720, 1280);
        assertThat(PlatformFormat.of(Platform.X, AspectRatio.SQUARE)).extracting(PlatformFormat::width, PlatformFormat::height).containsExactly(720, 720);
        assertThat(PlatformFormat.of(Platform.X, AspectRatio.LANDSCAPE).needsResize(AspectRatio.LANDSCAPE)).isTrue();
        assertThat(PlatformFormat.of(Platform.LINKEDIN, AspectRatio.PORTRAIT).needsResize(AspectRatio.PORTRAIT)).isFalse();
    }

    @Test
    void lengthsAndSizesOutsideThePlatformsBoundsAreNamed() {
        PlatformFormat x = PlatformFormat.of(Platform.X, AspectRatio.LANDSCAPE);
        assertThat(x.problem(30, 5_000_000)).isNull();
        assertThat(x.problem(141, 5_000_000)).contains("0.5 s to 2 minutes").contains("141.0 s");
        PlatformFormat li = PlatformFormat.of(Platform.LINKEDIN, AspectRatio.LANDSCAPE);
        assertThat(li.problem(2.5, 5_000_000)).contains("3 s to 30 minutes");
        assertThat(li.problem(15, 50_000)).contains("75 KB");
        assertThat(li.problem(15, 5_000_000)).isNull();
    }
}
