package video.zapcut.media.scene;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.TextContrast;

/**
 * Draws burned-in captions the way short-form tools do: one short phrase at a time on a dark rounded box,
 * the word being said in the highlight colour, the others white. The box (black at
 * {@value #BOX_OPACITY} opacity) keeps the contrast of both colours at least 4.5:1 over any picture, a
 * white frame included; a phrase too wide for its place is set smaller, never run off the frame.
 *
 * <p>Every image of one caption {@link Place} has the same size (the place's box), so a scene's phrases
 * can be joined into one stream and laid over the picture in one step.
 */
public final class CaptionRenderer {
    static final double BOX_OPACITY = 0.74;
    static final Rgb WHITE = new Rgb(255, 255, 255);
    /** The highlight when the brand's accent would not read on the box: a warm yellow, 6:1 at worst. */
    static final Rgb YELLOW = new Rgb(255, 212, 0);

    /** Where a scene's captions go: a box on the frame, inside the safe area. */
    public record Place(int x, int y, int width, int height) {
        public Rectangle bounds() { return new Rectangle(x, y, width, height); }
    }

    /**
     * The caption place for a scene: the first of the format's caption strips with a free stretch at
     * least half the safe area wide beside {@code avoid} (the scene's other text), that stretch.
     */
    public static Place place(AspectRatio aspect, List<Rectangle> avoid) {
        Rectangle safe = FrameLayout.safeArea(aspect);
        int gap = (int) Math.round(Math.min(aspect.width(), aspect.height()) * 0.02);
        Rectangle best = null;
        for (Rectangle strip : FrameLayout.captionStrips(aspect)) {
            Rectangle free = widestFree(strip, avoid, gap);
            if (free != null && free.width >= safe.width / 2) return new Place(free.x, free.y, free.width, free.height);
            if (free != null && (best == null || free.width > best.width)) best = free;
        }
        Rectangle r = best != null ? best : FrameLayout.captionStrips(aspect).getFirst();
        return new Place(r.x, r.y, r.width, r.height);
    }

    private static Rectangle widestFree(Rectangle strip, List<Rectangle> avoid, int gap) {
        List<int[]> free = new ArrayList<>(List.of(new int[] {strip.x, strip.x + strip.width}));
        for (Rectangle a : avoid) {
            if (a.y >= strip.y + strip.height || a.y + a.height <= strip.y) continue;
            int from = a.x - gap, to = a.x + a.width + gap;
            List<int[]> next = new ArrayList<>();
            for (int[] f : free) {
                if (to <= f[0] || from >= f[1]) next.add(f);
                else {
                    if (from > f[0]) next.add(new int[] {f[0], from});
                    if (to < f[1]) next.add(new int[] {to, f[1]});
                }
            }
            free = next;
        }
        return free.stream().max((p, q) -> Integer.compare(p[1] - p[0], q[1] - q[0]))
                .map(f -> new Rectangle(f[0], strip.y, f[1] - f[0], strip.height)).orElse(null);
    }

    /** The highlight: the brand's accent when it reads on the box, else yellow. */
    public static Rgb highlight(VisualStyle style) {
        Rgb accent = Palette.of(style).accent();
        return worstContrast(accent) >= TextContrast.MIN_RATIO && accent.deltaE(WHITE) > 25 ? accent : YELLOW;
    }

    /** Contrast of {@code ink} on the box over the worst picture behind it (black box over white, or over black). */
    public static double worstContrast(Rgb ink) {
        double overWhite = new Rgb(255, 255, 255).mix(new Rgb(0, 0, 0), BOX_OPACITY).luminance();
        return TextContrast.ratio(ink.luminance(), overWhite);
    }

    /**
     * The phrase {@code words} with word {@code spoken} highlighted (-1: none), centred in the place;
     * an image of the place's size.
     */
    public BufferedImage render(Place place, List<String> words, int spoken, Rgb highlight) {
        BufferedImage img = Raster.argb(place.width(), place.height());
        if (words.isEmpty()) return img;
        Graphics2D g = Raster.quality(img);
        int padY = Math.max(4, place.height() / 8);
        float size = (float) ((place.height() - 2 * padY) * 0.62);
        String text = String.join(" ", words);
        Font font = Fonts.get(Fonts.Face.SANS_BOLD, size);
        FontMetrics fm = g.getFontMetrics(font);
        int padX = (int) Math.round(size * 0.5);
        while (fm.stringWidth(text) + 2 * padX > place.width() && size > 12) {
            size *= 0.94f;
            font = Fonts.get(Fonts.Face.SANS_BOLD, size);
            fm = g.getFontMetrics(font);
            padX = (int) Math.round(size * 0.5);
        }
        int textW = fm.stringWidth(text);
        int boxW = Math.min(place.width(), textW + 2 * padX);
        int boxH = Math.min(place.height(), fm.getAscent() + fm.getDescent() + 2 * padY);
        int bx = (place.width() - boxW) / 2, by = (place.height() - boxH) / 2;
        g.setColor(new Color(0, 0, 0, (int) Math.round(255 * BOX_OPACITY)));
        g.fill(new RoundRectangle2D.Double(bx, by, boxW, boxH, boxH * 0.35, boxH * 0.35));
        g.setFont(font);
        int x = bx + (boxW - textW) / 2, baseline = by + padY + fm.getAscent();
        String space = " ";
        for (int i = 0; i < words.size(); i++) {
            Rgb ink = i == spoken ? highlight : WHITE;
            g.setColor(new Color(ink.r(), ink.g(), ink.b()));
            g.drawString(words.get(i), x, baseline);
            x += fm.stringWidth(words.get(i)) + fm.stringWidth(space);
        }
        g.dispose();
        return img;
    }
}
