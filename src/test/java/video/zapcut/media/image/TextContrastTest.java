package video.zapcut.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The contrast of letters against what surrounds them on the frame, the layer telling only where the letters are. */
class TextContrastTest {
    static final int W = 640, H = 200, X = 100, Y = 300;

    @Test
    void whiteLettersOnBlackReadAtWcagsMaximumAndOnAPaleGreyHardlyAtAll() {
        BufferedImage layer = letters(Color.WHITE, null);

        assertThat(TextContrast.measure(frameUnder(layer, Color.BLACK), layer, X, Y)).isCloseTo(21.0, within(0.01));
        double pale = TextContrast.measure(frameUnder(layer, new Color(225, 225, 225)), layer, X, Y);
        assertThat(pale).as("white on a pale grey").isLessThan(1.5);
    }

    @Test
    void aTranslucentBoxBehindTheLettersIsPartOfWhatTheyAreReadAgainst() {
        // the caption style: white letters on black at 74 % over a white picture: about 5:1, though the picture is white
        BufferedImage layer = letters(Color.WHITE, new Color(0, 0, 0, Math.round(0.74f * 255)));

        double c = TextContrast.measure(frameUnder(layer, Color.WHITE), layer, X, Y);

        double box = new video.zapcut.common.Rgb(66, 66, 66).luminance();   // 255 x 0.26
        assertThat(c).isCloseTo(TextContrast.ratio(1.0, box), within(0.3)).isGreaterThan(4.5);
    }

    @Test
    void darkLettersAreJudgedAgainstTheDarkestOfTheirSurroundings() {
        BufferedImage layer = letters(new Color(20, 20, 20), null);
        BufferedImage frame = frameUnder(layer, Color.WHITE);
        // a dark band through the lower half of the text block
        BufferedImage banded = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D b = banded.createGraphics();
        b.setColor(Color.WHITE);
        b.fillRect(0, 0, banded.getWidth(), banded.getHeight());
        b.setColor(new Color(90, 90, 90));
        b.fillRect(0, Y + H / 2, banded.getWidth(), H);
        b.drawImage(layer, X, Y, null);
        b.dispose();

        double plain = TextContrast.measure(frame, layer, X, Y), striped = TextContrast.measure(banded, layer, X, Y);

        assertThat(plain).isGreaterThan(15);
        assertThat(striped).as("the grey band is what the dark letters fight").isLessThan(5);
    }

    @Test
    void aLayerWithoutLettersOrOffTheFrameHasNothingToMeasure() {
        BufferedImage blank = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        BufferedImage layer = letters(Color.WHITE, null);

        assertThat(TextContrast.hasLetters(blank)).isFalse();
        assertThat(TextContrast.hasLetters(layer)).isTrue();
        assertThat(TextContrast.measure(frameUnder(layer, Color.BLACK), blank, X, Y)).isNaN();
        assertThat(TextContrast.measure(frameUnder(layer, Color.BLACK), layer, 5000, 5000)).isNaN();
    }

    /** A text layer: opaque letters in {@code ink}, on {@code box} (translucent) or on nothing. */
    static BufferedImage letters(Color ink, Color box) {
        BufferedImage layer = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = layer.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (box != null) {
            g.setColor(box);
            g.fillRoundRect(0, 0, W, H, 30, 30);
        }
        g.setColor(ink);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 90));
        g.drawString("Calm energy", 30, 135);
        g.dispose();
        return layer;
    }

    /** A 1920x1080 frame of {@code picture} with the layer laid over it at (X, Y). */
    static BufferedImage frameUnder(BufferedImage layer, Color picture) {
        BufferedImage frame = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(picture);
        g.fillRect(0, 0, 1920, 1080);
        g.drawImage(layer, X, Y, null);
        g.dispose();
        return frame;
    }
}
