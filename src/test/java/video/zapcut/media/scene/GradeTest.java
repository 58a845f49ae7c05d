package video.zapcut.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import video.zapcut.common.Rgb;

class GradeTest {

    @Test
    void toneWordsChooseTheLook() {
        Grade warm = Grade.forTone("Calm, inviting");
        assertThat(warm.warmth()).isPositive();
        assertThat(warm.lift()).isPositive();
        Grade bold = Grade.forTone("bold, energetic");
        assertThat(bold.contrast()).isGreaterThan(1.1);
        assertThat(bold.saturation()).isGreaterThan(1.1);
        assertThat(Grade.forTone("luxurious and elegant").crush()).isPositive();
        Grade fresh = Grade.forTone("fresh, clean");
        assertThat(fresh.exposure()).isPositive();
        assertThat(fresh.warmth()).isNegative();
        assertThat(Grade.forTone("matter-of-fact")).isEqualTo(Grade.NEUTRAL);
        assertThat(Grade.forTone(null)).isEqualTo(Grade.NEUTRAL);
    }

    @Test
    void appliesToPixelsAndKeepsAlpha() {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 16; i++) img.setRGB(i % 4, i / 4, 0x80808080);
        Grade.forTone("warm").apply(img);
        Rgb c = Rgb.of(img.getRGB(0, 0));
        assertThat(c.r()).isGreaterThan(c.b() + 10);
        assertThat(img.getRGB(0, 0) >>> 24).isEqualTo(0x80);

        BufferedImage dark = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        dark.setRGB(0, 0, 0x181818);
        dark.setRGB(1, 0, 0x181818);
        Grade.forTone("luxurious").apply(dark);
        assertThat(Rgb.of(dark.getRGB(0, 0)).r()).as("deeper blacks").isLessThan(0x18);
    }

    @Test
    void scaledGradeIsGentler() {
        Grade bold = Grade.forTone("bold");
        assertThat(bold.scaled(0.5).contrast() - 1).isCloseTo((bold.contrast() - 1) / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(bold.scaled(0)).isEqualTo(Grade.NEUTRAL);
    }
}
