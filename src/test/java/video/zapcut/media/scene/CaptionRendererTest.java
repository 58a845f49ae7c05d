package video.zapcut.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.TextContrast;

/** Where captions go in each format, and that they read: measured on the pixels, over the worst pictures. */
class CaptionRendererTest {
    private final CaptionRenderer renderer = new CaptionRenderer();

    @Test
    void captionsSitInsideTheSafeAreaBelowEveryProductSlotInEachFormat() {
        for (AspectRatio a : AspectRatio.values()) {
            Rectangle safe = FrameLayout.safeArea(a);
            CaptionRenderer.Place place = CaptionRenderer.place(a, List.of());
            assertThat(safe.contains(place.bounds())).as("%s caption inside the safe area", a).isTrue();
            for (SetDesign.Slot slot : List.of(FrameLayout.hero(a), FrameLayout.lifestyle(a), FrameLayout.alternate(a),
                    FrameLayout.withHeadline(a), FrameLayout.withBenefit(a), FrameLayout.withEndCard(a))) {
                assertThat(place.y()).as("%s caption below the product's base line %.2f", a, slot.baseY())
                        .isGreaterThanOrEqualTo((int) Math.ceil(slot.baseY() * a.height()));
            }
            assertThat(place.height()).as("%s room for a line of type", a).isGreaterThanOrEqualTo(60);
        }
    }

    @Test
    void captionsMoveAsideOrUpForTheScenesOwnText() {
        // The 16:9 end card fills the right half: the caption keeps to the left, clear of it.
        Rectangle endCard = TextOverlayRenderer.textZone(OverlayText.Kind.END_CARD, AspectRatio.LANDSCAPE);
        CaptionRenderer.Place beside = CaptionRenderer.place(AspectRatio.LANDSCAPE, List.of(endCard));
        assertThat(beside.bounds().intersects(endCard)).isFalse();
        assertThat(beside.width()).isGreaterThanOrEqualTo(FrameLayout.safeArea(AspectRatio.LANDSCAPE).width / 3);
        // The 9:16 end card covers the bottom strip from edge to edge: the caption goes to the top strip.
        Rectangle tall = TextOverlayRenderer.textZone(OverlayText.Kind.END_CARD, AspectRatio.PORTRAIT);
        CaptionRenderer.Place up = CaptionRenderer.place(AspectRatio.PORTRAIT, List.of(tall));
        assertThat(up.bounds().intersects(tall)).isFalse();
        assertThat(up.y()).isLessThan(AspectRatio.PORTRAIT.height() / 4);
    }

    @Test
    void bothInksReadAtFourAndAHalfToOneOverWhiteBlackAndBusyPictures() {
        CaptionRenderer.Place place = CaptionRenderer.place(AspectRatio.LANDSCAPE, List.of());
        Rgb highlight = CaptionRenderer.highlight(new VisualStyle(List.of(Rgb.hex("#F5F0E6"), Rgb.hex("#FFFFFF"), Rgb.hex("#FFF8DC")), 5, "soft"));
        for (BufferedImage backdrop : List.of(ImageChecks.flat(Color.WHITE), ImageChecks.flat(Color.BLACK), noise())) {
            BufferedImage caption = renderer.render(place, List.of("Meet", "Luna", "Cold", "Brew."), 1, highlight);
            BufferedImage frame = Raster.copy(backdrop, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.drawImage(caption, place.x(), place.y(), null);
            g.dispose();
            // The box's own pixels (a corner of it, inside the rounded edge, left of the text) and the ink's:
            // the brightest pixels inside the box are the white words, the most yellow ones the highlight.
            double boxWorst = 0, white = 1, lit = 1;
            int inkPixels = 0, litPixels = 0, boxPixels = 0;
            // Judged on the composited frame, at the pixels the caption image says are pure box, pure white
            // ink or pure highlight (glyph edges blend the two and are neither).
            int boxArgb = new Color(0, 0, 0, (int) Math.round(255 * CaptionRenderer.BOX_OPACITY)).getRGB();
            for (int y = place.y(); y < place.y() + place.height(); y++) {
                for (int x = place.x(); x < place.x() + place.width(); x++) {
                    int c = caption.getRGB(x - place.x(), y - place.y());
                    int f = frame.getRGB(x, y);
                    double l = new Rgb((f >> 16) & 255, (f >> 8) & 255, f & 255).luminance();
                    if (c == 0xFFFFFFFF) {
                        white = Math.min(white, l);
                        inkPixels++;
                    } else if (c == (0xFF000000 | (highlight.r() << 16) | (highlight.g() << 8) | highlight.b())) {
                        lit = Math.min(lit, l);
                        litPixels++;
                    } else if (c == boxArgb) {
                        boxWorst = Math.max(boxWorst, l);
                        boxPixels++;
                    }
                }
            }
            assertThat(inkPixels).as("white words drawn").isGreaterThan(500);
            assertThat(litPixels).as("the spoken word drawn").isGreaterThan(200);
            assertThat(boxPixels).as("the box drawn").isGreaterThan(5000);
            assertThat(TextContrast.ratio(white, boxWorst)).as("white words on the box").isGreaterThanOrEqualTo(4.5);
            assertThat(TextContrast.ratio(lit, boxWorst)).as("the spoken word on the box").isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void aPhraseTooWideForItsPlaceIsSetSmallerNotRunOffTheFrame() {
        CaptionRenderer.Place narrow = new CaptionRenderer.Place(100, 900, 420, 100);
        BufferedImage img = renderer.render(narrow, List.of("Unbelievably", "extraordinarily", "refreshing"), 0, CaptionRenderer.YELLOW);
        assertThat(img.getWidth()).isEqualTo(420);
        Rectangle inked = Raster.alphaBounds(img, 10);
        assertThat(inked.x).isGreaterThanOrEqualTo(0);
        assertThat(inked.x + inked.width).isLessThanOrEqualTo(420);
        // Every word is there: the ink spans most of the width.
        assertThat(inked.width).isGreaterThan(300);
    }

    private static BufferedImage noise() {
        BufferedImage img = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < 1080; y++) for (int x = 0; x < 1920; x++) img.setRGB(x, y, r.nextInt(0xFFFFFF));
        return img;
    }
}
