package video.zapcut.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.TextContrast;

class TextOverlayRendererTest {
    private static final VisualStyle STYLE = SyntheticProduct.navyStyle();
    private static final String LONG = "Twenty-four hours of deep, weightless hydration that your skin will actually feel, "
            + "from the first morning light to the last glass of wine at night, every single day of the week";
    private final TextOverlayRenderer renderer = new TextOverlayRenderer();

    private static List<OverlayText> samples() {
        return List.of(new OverlayText(OverlayText.Kind.HEADLINE, "Skin that drinks in the morning light", "Hydration that lasts"),
                new OverlayText(OverlayText.Kind.BENEFIT, "72-hour hydration, clinically proven", null),
                new OverlayText(OverlayText.Kind.END_CARD, "Luma Serum", "Shop now"),
                new OverlayText(OverlayText.Kind.HEADLINE, LONG, LONG),
                new OverlayText(OverlayText.Kind.BENEFIT, LONG, null),
                new OverlayText(OverlayText.Kind.END_CARD, LONG, "Get yours today with free shipping worldwide"));
    }

    @Test
    void safeAreaIsTheInnerNinetyPercentAndKeepsVerticalVideoClearOfPlatformUi() {
        assertThat(TextOverlayRenderer.safeArea(AspectRatio.LANDSCAPE)).isEqualTo(new Rectangle(96, 54, 1728, 972));
        Rectangle p = TextOverlayRenderer.safeArea(AspectRatio.PORTRAIT);
        assertThat(p.x).isEqualTo(54);
        assertThat(p.y).isGreaterThanOrEqualTo(192);
        assertThat(p.y + p.height).isLessThanOrEqualTo(1536);
        assertThat(p.x + p.width).as("clear of the right-hand buttons of TikTok, Reels and Shorts").isLessThanOrEqualTo(940);
    }

    @Test
    void everyOverlayLandsInsideTheSafeAreaInEveryFormat() {
        for (AspectRatio a : AspectRatio.values()) {
            Rectangle safe = TextOverlayRenderer.safeArea(a);
            for (OverlayText t : samples()) {
                OverlayImage o = renderer.render(t, STYLE, a);
                assertThat(o.image().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
                assertThat(safe.contains(o.bounds())).as(a + " " + t.kind() + " " + o.bounds() + " in " + safe).isTrue();
                assertThat(TextOverlayRenderer.textZone(t.kind(), a).contains(o.bounds())).as(a + " " + t.kind()).isTrue();
                Rectangle ink = Raster.alphaBounds(o.image(), 128);
                assertThat(ink).as("has visible text").isNotNull();
                // Tight: the image is the text plus its shadow margin, not a frame-sized canvas.
                assertThat(o.image().getWidth() * o.image().getHeight()).isLessThan(a.width() * a.height() / 2);
            }
        }
    }

    @Test
    void overAVendorsPictureTheTextKeepsOffTheProductInsideTheSafeAreaInEveryFormat() {
        // A product standing in the middle of the frame (in 16:9 it reaches into the inner edge of the side
        // zones, which are trimmed clear of it); and one in the middle of each designed zone, which sends the
        // text to the mirrored one.
        for (AspectRatio a : AspectRatio.values()) {
            Rectangle safe = TextOverlayRenderer.safeArea(a);
            Rectangle middle = new Rectangle(a.width() * 2 / 5, a.height() * 3 / 10, a.width() / 5, a.height() * 2 / 5);
            for (OverlayText t : samples()) {
                Rectangle zone = TextOverlayRenderer.textZone(t.kind(), a);
                Rectangle inZone = new Rectangle(zone.x + zone.width / 3, zone.y + zone.height / 3, zone.width / 3, zone.height / 3);
                for (Rectangle product : List.of(middle, inZone)) {
                    OverlayImage o = renderer.render(t, STYLE, a, List.of(), product);
                    String what = a + " " + t.kind() + " " + o.bounds() + " product " + product;
                    assertThat(o.bounds().intersects(product)).as(what).isFalse();
                    assertThat(safe.contains(o.bounds())).as(what).isTrue();
                    assertThat(Raster.alphaBounds(o.image(), 128)).as("has visible text").isNotNull();
                }
            }
        }
    }

    @Test
    void aProductThatFillsTheFrameLeavesTheTextWhereItWasDesigned() {
        Rectangle everywhere = new Rectangle(0, 0, 1920, 1080);
        for (OverlayText t : samples()) {
            assertThat(renderer.render(t, STYLE, AspectRatio.LANDSCAPE, List.of(), everywhere).bounds())
                    .isEqualTo(renderer.render(t, STYLE, AspectRatio.LANDSCAPE).bounds());
        }
    }

    @Test
    void longCopyWrapsIntoAFewLinesThatFitTheZone() {
        double width = 600;
        TextBlock b = TextBlock.fit(LONG, Fonts.Face.SANS_BOLD, 0f, 90f, 40f, width, 3);
        assertThat(b.lines).hasSizeBetween(2, 3);
        assertThat(b.widest()).isLessThanOrEqualTo(width);
        assertThat(b.font.getSize2D()).isLessThan(90f);
        assertThat(b.lines.get(b.lines.size() - 1)).endsWith("\u2026");
        TextBlock shortText = TextBlock.fit("Skin that drinks in the morning light", Fonts.Face.SANS_BOLD, 0f, 90f, 40f, width, 3);
        assertThat(shortText.lines).hasSizeBetween(2, 3);
        assertThat(String.join(" ", shortText.lines)).isEqualTo("Skin that drinks in the morning light");
        // Balanced: no orphan word on the last line.
        assertThat(shortText.lines.get(shortText.lines.size() - 1)).contains(" ");
    }

    @Test
    void picksTheInkThatReadsOnTheActualBackground() {
        OverlayText t = new OverlayText(OverlayText.Kind.HEADLINE, "Morning light", null);
        Rgb onWhite = inkColour(renderer.render(t, STYLE, AspectRatio.LANDSCAPE, ImageChecks.flat(Color.WHITE)));
        Rgb onBlack = inkColour(renderer.render(t, STYLE, AspectRatio.LANDSCAPE, ImageChecks.flat(Color.BLACK)));
        assertThat(onWhite.luminance()).isLessThan(0.05);
        assertThat(onBlack.luminance()).isGreaterThan(0.9);
        assertThat(TextContrast.ratio(onWhite.luminance(), 1.0)).isGreaterThan(4.5);
    }

    @Test
    void onPicturesWhereNeitherInkReadsAScrimBringsTheTextToFourAndAHalfToOne() {
        // Mid grey with white and black stripes: white ink fails on the white, dark ink on the black.
        BufferedImage busy = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = busy.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, 1920, 1080);
        for (int x = 0; x < 1920; x += 160) {
            g.setColor(x % 320 == 0 ? Color.WHITE : Color.BLACK);
            g.fillRect(x, 0, 80, 1080);
        }
        g.dispose();
        // A flat grey where either ink reads at about 4:1: enough for large type by the old rule, not for 4.5:1.
        assertReadable(busy);
        assertReadable(ImageChecks.flat(new Color(124, 124, 124)));
    }

    private void assertReadable(BufferedImage busy) {
        OverlayText t = new OverlayText(OverlayText.Kind.HEADLINE, "Morning light", null);
        OverlayImage o = renderer.render(t, STYLE, AspectRatio.LANDSCAPE, java.util.List.of(busy));
        BufferedImage frame = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D fg = frame.createGraphics();
        fg.drawImage(busy, 0, 0, null);
        fg.drawImage(o.image(), o.x(), o.y(), null);
        fg.dispose();
        // The type's pixels (opaque, in the ink's colour), then the picture as seen around them: every pixel
        // 4 to 10 px from the type (nearer, glyph edges blend the two), scrim and shadow included.
        Rgb ink = inkColour(o);
        int w = o.image().getWidth(), h = o.image().getHeight();
        boolean[] near = new boolean[w * h], around = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = o.image().getRGB(x, y);
                if ((p >>> 24) < 250 || Rgb.of(p).deltaE(ink) > 8) continue;
                for (int dy = -10; dy <= 10; dy++) for (int dx = -10; dx <= 10; dx++) {
                    int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    around[ny * w + nx] = true;
                    if (Math.abs(dx) <= 3 && Math.abs(dy) <= 3) near[ny * w + nx] = true;
                }
            }
        }
        Rectangle glyphs = Raster.alphaBounds(o.image(), 250);
        double worstBackground = ink.luminance() > 0.5 ? 0 : 1;
        int counted = 0;
        for (int y = glyphs.y; y < glyphs.y + glyphs.height; y++) {
            for (int x = glyphs.x; x < glyphs.x + glyphs.width; x++) {
                if (near[y * w + x] || !around[y * w + x]) continue;
                double l = Rgb.of(frame.getRGB(o.x() + x, o.y() + y)).luminance();
                worstBackground = ink.luminance() > 0.5 ? Math.max(worstBackground, l) : Math.min(worstBackground, l);
                counted++;
            }
        }
        assertThat(counted).as("background pixels around the type").isGreaterThan(10_000);
        assertThat(TextContrast.ratio(ink.luminance(), worstBackground)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void endCardHasACallToActionButtonInTheAccentColour() {
        OverlayImage o = renderer.render(new OverlayText(OverlayText.Kind.END_CARD, "Luma Serum", "Shop now"), STYLE,
                AspectRatio.PORTRAIT);
        Rgb accent = new Palette(STYLE.palette()).accent();
        int near = 0;
        for (int y = 0; y < o.image().getHeight(); y++) {
            for (int x = 0; x < o.image().getWidth(); x++) {
                int p = o.image().getRGB(x, y);
                if ((p >>> 24) == 255 && Rgb.of(p).deltaE(accent) < 10) near++;
            }
        }
        assertThat(near).as("button pixels").isGreaterThan(5000);
    }

    @Test
    void textZonesDoNotOverlapTheProductThatTheSceneStages() {
        for (AspectRatio a : AspectRatio.values()) {
            assertDisjoint(a, OverlayText.Kind.HEADLINE, FrameLayout.withHeadline(a));
            assertDisjoint(a, OverlayText.Kind.BENEFIT, FrameLayout.withBenefit(a));
            assertDisjoint(a, OverlayText.Kind.END_CARD, FrameLayout.withEndCard(a));
        }
    }

    private static void assertDisjoint(AspectRatio a, OverlayText.Kind kind, SetDesign.Slot s) {
        Rectangle product = new Rectangle((int) ((s.cx() - s.maxW() / 2) * a.width()), (int) ((s.baseY() - s.maxH()) * a.height()),
                (int) (s.maxW() * a.width()), (int) (s.maxH() * a.height()));
        assertThat(TextOverlayRenderer.textZone(kind, a).intersects(product)).as(a + " " + kind).isFalse();
    }

    /** Colour of the fully opaque pixels: the letterforms themselves. */
    private static Rgb inkColour(OverlayImage o) {
        long r = 0, g = 0, b = 0, n = 0;
        for (int y = 0; y < o.image().getHeight(); y++) {
            for (int x = 0; x < o.image().getWidth(); x++) {
                int p = o.image().getRGB(x, y);
                if ((p >>> 24) == 255) {
                    r += (p >> 16) & 0xff;
                    g += (p >> 8) & 0xff;
                    b += p & 0xff;
                    n++;
                }
            }
        }
        return new Rgb((int) (r / n), (int) (g / n), (int) (b / n));
    }
}
