package video.zapcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class ClipFitTest {
    private final ClipFit landscape = new ClipFit(1920, 1080);

    @Test
    void aClipOfTheSameShapeIsOnlyScaled() {
        assertThat(landscape.toFrame(new Rectangle(100, 50, 200, 100), 1280, 720)).isEqualTo(new Rectangle(150, 75, 300, 150));
    }

    @Test
    void aTallerClipLosesTopAndBottomEqually() {
        // 960x720 covers 1920x1080 at 2x (1920x1440): 180 px cropped above and below
        assertThat(landscape.toFrame(new Rectangle(0, 0, 960, 90), 960, 720)).as("the cropped band").isEqualTo(new Rectangle(0, 0, 1920, 0));
        assertThat(landscape.toFrame(new Rectangle(100, 300, 50, 60), 960, 720)).isEqualTo(new Rectangle(200, 420, 100, 120));
    }

    @Test
    void aWiderClipLosesItsSidesAndWhatIsCroppedAwayIsClippedOff() {
        // a 9:16 ad from a 16:9 clip: 1280x720 to cover 1080x1920 scales by 1920/720 and crops the sides
        ClipFit portrait = new ClipFit(1080, 1920);
        Rectangle r = portrait.toFrame(new Rectangle(400, 0, 400, 720), 1280, 720);
        double s = 1920 / 720.0, off = (1280 * s - 1080) / 2;  // 1166.7 px cut off each side
        assertThat(r.x).as("starts left of the frame: clipped").isZero();
        assertThat(r.width).isEqualTo((int) Math.ceil(800 * s - off));
        assertThat(r.height).isEqualTo(1920);
    }

    @Test
    void theFilterCoversAndCentres() {
        assertThat(landscape.filter()).isEqualTo("scale=1920:1080:force_original_aspect_ratio=increase,crop=1920:1080");
    }
}
