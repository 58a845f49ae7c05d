package video.zapcut.media.scene;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Rectangle;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Rgb;
import video.zapcut.media.image.TextContrast;

/**
 * Sets the ad's on-screen copy: a headline for the setup, the key benefit at the climax, and an end card
 * (product name plus a call-to-action button). Type is fitted into a zone of the title-safe area that the
 * scene renderer keeps free of the product, wrapped into balanced lines, and coloured white or near-black,
 * whichever reads better on what is behind it, with a soft shadow or, if neither reads, a scrim.
 */
public final class TextOverlayRenderer {
    private static final Rgb WHITE = new Rgb(255, 255, 255);
    /**
     * The scrim's soft edge leaves this share of its opacity where the type's outer pixels sit (an inset of
     * 0.6 of the padding blurred by 0.3 of it): the opacity is planned for the weaker edge.
     */
    private static final double SCRIM_EDGE = 0.88;

    /** Title-safe area: inner 90%; in 9:16 also clear of the top 10% and bottom 20% (platform UI). */
    public static Rectangle safeArea(AspectRatio aspect) { return FrameLayout.safeArea(aspect); }

    /** Where text of this kind goes in this format; always inside {@link #safeArea}. */
    public static Rectangle textZone(OverlayText.Kind kind, AspectRatio aspect) { return FrameLayout.textZone(kind, aspect).box(); }

    public OverlayImage render(OverlayText text, VisualStyle style, AspectRatio aspect) {
        return render(text, style, aspect, List.<BufferedImage>of());
    }

    /**
     * @param frameOrNull the frame the text will sit on (e.g. the scene keyframe), to pick the text colour
     *                    from the actual pixels; without it the palette's dominant colour is assumed,
     *                    which is what the scene backdrops are built from
     */
    public OverlayImage render(OverlayText text, VisualStyle style, AspectRatio aspect, BufferedImage frameOrNull) {
        return render(text, style, aspect, frameOrNull == null ? List.of() : List.of(frameOrNull));
    }

    /**
     * As {@link #render(OverlayText, VisualStyle, AspectRatio, BufferedImage)}, judged against every one of
     * {@code frames} (a scene's first and last frames: the text sits over all of it); none: the palette.
     */
    public OverlayImage render(OverlayText text, VisualStyle style, AspectRatio aspect, List<BufferedImage> frames) {
        return render(text, style, aspect, frames, null);
    }

    /**
     * As {@link #render(OverlayText, VisualStyle, AspectRatio, List)}, kept off {@code product} (where the
     * scene shows it, in the frame's pixels; null when Zapcut laid the scene out and its zones already keep
     * clear): the text goes in the first of its kind's places ({@link FrameLayout#textZones(OverlayText.Kind,
     * AspectRatio, Rectangle)}) where it does not cover it, else where it covers the least of it.
     */
    public OverlayImage render(OverlayText text, VisualStyle style, AspectRatio aspect, List<BufferedImage> frames, Rectangle product) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(aspect, "aspect");
        Palette palette = Palette.of(style);
        double m = Math.min(aspect.width(), aspect.height());
        int pad = (int) Math.ceil(m * 0.035);
        Placed placed = null;
        for (FrameLayout.TextZone zone : FrameLayout.textZones(text.kind(), aspect, product)) {
            Placed p = Placed.in(zone, text, m, pad);
            if (placed == null || p.covered(product) < placed.covered(product)) placed = p;
            if (placed.covered(product) == 0) break;
        }
        FrameLayout.TextZone zone = placed.zone();
        Layout layout = placed.layout();
        int blockW = placed.blockW();
        Rectangle onFrame = placed.onFrame();

        double[] bgLum = frames.isEmpty() ? backgroundLuminance(null, onFrame, palette) : new double[] {1, 0};
        for (BufferedImage frame : frames) {
            // A frame may be a smaller copy of the picture (the scene stages keep half-size ones): scale the block to it.
            double sx = frame.getWidth() / (double) aspect.width(), sy = frame.getHeight() / (double) aspect.height();
            Rectangle there = new Rectangle((int) (onFrame.x * sx), (int) (onFrame.y * sy), Math.max(1, (int) (onFrame.width * sx)),
                    Math.max(1, (int) (onFrame.height * sy)));
            double[] l = backgroundLuminance(frame, there, palette);
            bgLum = new double[] {Math.min(bgLum[0], l[0]), Math.max(bgLum[1], l[1])};
        }
        Rgb dark = darkInk(palette);
        Rgb ink = worstContrast(WHITE, bgLum) >= worstContrast(dark, bgLum) ? WHITE : dark;
        boolean scrim = worstContrast(ink, bgLum) < TextContrast.MIN_RATIO;

        BufferedImage content = Raster.argb(onFrame.width, onFrame.height);
        Graphics2D g = Raster.quality(content);
        g.translate(pad, pad);
        layout.draw(g, blockW, zone.align(), ink, palette);
        g.dispose();

        BufferedImage out = Raster.argb(onFrame.width, onFrame.height);
        Graphics2D og = Raster.quality(out);
        boolean lightInk = ink.luminance() > 0.5;
        if (scrim) {
            // A soft-edged pool of shade rather than a box: reads as light falloff, not as a UI panel.
            BufferedImage pool = Raster.argb(onFrame.width, onFrame.height);
            Graphics2D pg = Raster.quality(pool);
            pg.setColor(Palette.color(lightInk ? new Rgb(0, 0, 0) : WHITE, scrimOpacity(ink, bgLum)));
            pg.fill(new RoundRectangle2D.Double(pad * 0.6, pad * 0.6, onFrame.width - pad * 1.2, onFrame.height - pad * 1.2, pad * 2, pad * 2));
            pg.dispose();
            og.drawImage(Raster.blur(pool, pad * 0.3), 0, 0, null);
        }
        // Soft shadow (or, under dark ink, a faint glow) lifts the type off busy backgrounds.
        BufferedImage shadow = ProductStaging.silhouette(content, lightInk ? new Color(0, 0, 0) : Color.WHITE);
        og.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, lightInk ? 0.5f : 0.35f));
        og.drawImage(Raster.blur(shadow, m * 0.008), 0, (int) Math.round(m * 0.003), null);
        og.setComposite(AlphaComposite.SrcOver);
        og.drawImage(content, 0, 0, null);
        og.dispose();
        return new OverlayImage(out, onFrame.x, onFrame.y);
    }

    /**
     * How opaque a scrim must be for {@code ink} to read at {@link TextContrast#MIN_RATIO} over the worst of the
     * backdrop: black under light ink darkens its brightest pixel, white under dark ink lifts its darkest.
     * Java2D blends in sRGB, so a channel {@code c} under black at opacity {@code a} becomes {@code c(1-a)},
     * and luminance follows the channel to the power 2.2.
     */
    static double scrimOpacity(Rgb ink, double[] bgLum) {
        double inkL = ink.luminance();
        double a;
        if (inkL > 0.5) {
            double target = (inkL + 0.05) / TextContrast.MIN_RATIO - 0.05;
            a = bgLum[1] <= target ? 0 : 1 - Math.pow(target / bgLum[1], 1 / 2.2);
        } else {
            double target = TextContrast.MIN_RATIO * (inkL + 0.05) - 0.05;
            a = bgLum[0] >= target ? 0 : Math.pow(target, 1 / 2.2);
        }
        return Math.min(0.92, Math.max(0.35, a / SCRIM_EDGE));
    }

    /** The near-black ink: the palette's darkest colour when it is dark enough, so type stays on brand. */
    private static Rgb darkInk(Palette p) {
        Rgb d = Palette.shade(p.darkest(), 0.55);
        return d.luminance() < 0.02 ? d : new Rgb(18, 18, 20);
    }

    /** Luminance range (min, max) behind the text: measured on the frame if given, else the palette's backdrop. */
    private static double[] backgroundLuminance(BufferedImage frame, Rectangle r, Palette p) {
        if (frame == null) {
            double l = p.dominant().luminance();
            return new double[] {l, l};
        }
        Rectangle c = r.intersection(new Rectangle(0, 0, frame.getWidth(), frame.getHeight()));
        if (c.isEmpty()) return new double[] {0.5, 0.5};
        // The 5th and 95th percentiles of the pixels behind the block (sampled every 3 px): a stray bright pixel
        // does not decide, but stripes or a highlight behind some letters do (averaging cells would hide them).
        List<Double> l = new java.util.ArrayList<>();
        for (int y = c.y; y < c.y + c.height; y += 3) {
            for (int x = c.x; x < c.x + c.width; x += 3) l.add(Rgb.of(frame.getRGB(x, y)).luminance());
        }
        java.util.Collections.sort(l);
        return new double[] {l.get((int) (0.05 * (l.size() - 1))), l.get((int) Math.ceil(0.95 * (l.size() - 1)))};
    }

    /** WCAG contrast ratio of {@code ink} against the worse end of the background's luminance range. */
    static double worstContrast(Rgb ink, double[] bgLum) {
        return Math.min(TextContrast.ratio(ink.luminance(), bgLum[0]), TextContrast.ratio(ink.luminance(), bgLum[1]));
    }

    /** The typographic hierarchy of one overlay kind, fitted to a width. */
    /** The text laid out in one zone: its block's width and its box on the frame, padding included. */
    private record Placed(FrameLayout.TextZone zone, Layout layout, int blockW, Rectangle onFrame) {
        static Placed in(FrameLayout.TextZone zone, OverlayText text, double m, int pad) {
            Rectangle box = new Rectangle(zone.box().x + pad, zone.box().y + pad, zone.box().width - 2 * pad, zone.box().height - 2 * pad);
            Layout layout = Layout.fitting(text, m, box);
            int blockW = (int) Math.ceil(layout.width()), blockH = (int) Math.ceil(layout.height());
            int bx = zone.align() == FrameLayout.Align.LEFT ? box.x : box.x + (box.width - blockW) / 2;
            int by = box.y + Math.max(0, (box.height - blockH) / 2);
            blockH = Math.min(blockH, box.height);
            return new Placed(zone, layout, blockW, new Rectangle(bx - pad, by - pad, blockW + 2 * pad, blockH + 2 * pad));
        }

        /** Pixels of {@code product} under the text's box (0 when there is none). */
        long covered(Rectangle product) {
            if (product == null) return 0;
            Rectangle c = onFrame.intersection(product);
            return c.isEmpty() ? 0 : (long) c.width * c.height;
        }
    }

    private record Layout(OverlayText.Kind kind, TextBlock primary, TextBlock secondary, double m) {

        /**
         * Shrinks the whole hierarchy together until it fits the zone's height as well as its width; if
         * even the smallest sizes are too tall, gives up lines, then the supporting line (never the
         * end card's button).
         */
        static Layout fitting(OverlayText t, double m, Rectangle box) {
            boolean endCard = t.kind() == OverlayText.Kind.END_CARD;
            int[][] attempts = endCard ? new int[][] {{2, 1}, {1, 1}} : new int[][] {{3, 1}, {2, 1}, {2, 0}, {1, 0}};
            Layout layout = null;
            for (int[] attempt : attempts) {
                for (double k = 1; k > 0.4; k *= 0.92) {
                    layout = of(t, m, box.width, k, attempt[0], attempt[1] == 1);
                    if (layout.height() <= box.height) return layout;
                }
            }
            return layout;
        }

        /** @param k size factor, 1 for the designed sizes, smaller when the zone is short */
        static Layout of(OverlayText t, double m, double width, double k, int lines, boolean withSecondary) {
            String secondary = withSecondary ? t.secondary() : null;
            return switch (t.kind()) {
                case HEADLINE -> new Layout(t.kind(),
                        TextBlock.fit(t.primary(), Fonts.Face.SANS_BOLD, -0.015f, (float) (0.09 * m * k), (float) (0.04 * m), width, lines),
                        supporting(secondary, m, width, k), m);
                case BENEFIT -> new Layout(t.kind(),
                        TextBlock.fit(t.primary(), Fonts.Face.SANS_BOLD, -0.01f, (float) (0.078 * m * k), (float) (0.036 * m), width, lines),
                        supporting(secondary, m, width, k), m);
                case END_CARD -> {
                    TextBlock name = TextBlock.fit(t.primary(), Fonts.Face.SANS_BOLD, -0.02f, (float) (0.115 * m * k), (float) (0.05 * m), width,
                            Math.min(2, lines));
                    TextBlock cta = t.secondary() == null || t.secondary().isBlank() ? null
                            : TextBlock.fit(t.secondary().toUpperCase(Locale.ROOT), Fonts.Face.SANS_BOLD, 0.12f,
                                    (float) Math.max(0.026 * m, Math.min(0.036 * m, name.font.getSize2D() * 0.3)),
                                    (float) (0.022 * m), width - pillPadX(m) * 2, 1);
                    yield new Layout(t.kind(), name, cta, m);
                }
            };
        }

        private static TextBlock supporting(String s, double m, double width, double k) {
            return s == null || s.isBlank() ? null
                    : TextBlock.fit(s, Fonts.Face.SANS, 0.01f, (float) Math.max(0.026 * m, 0.036 * m * k), (float) (0.026 * m), width, 2);
        }

        static double pillPadX(double m) { return 0.03 * m; }

        double barH() { return Math.max(4, Math.round(0.006 * m)); }

        double barGap() { return primary.capHeight() * 0.55; }

        boolean bar() { return kind != OverlayText.Kind.END_CARD; }

        double gap() { return primary.capHeight() * (kind == OverlayText.Kind.END_CARD ? 0.85 : 0.6); }

        double pillH() { return secondary.capHeight() * 2.9; }

        double secondaryH() {
            if (secondary == null) return 0;
            return kind == OverlayText.Kind.END_CARD ? pillH() : secondary.capHeight() + (secondary.lines.size() - 1) * secondary.lineHeight()
                    + secondary.font.getSize2D() * 0.25;
        }

        double width() {
            double w = primary.widest();
            if (secondary != null) w = Math.max(w, kind == OverlayText.Kind.END_CARD ? secondary.widest() + 2 * pillPadX(m) : secondary.widest());
            return w;
        }

        double height() {
            double h = (bar() ? barH() + barGap() : 0) + primary.height() + primary.font.getSize2D() * 0.22;
            return secondary == null ? h : h + gap() + secondaryH();
        }

        void draw(Graphics2D g, double blockW, FrameLayout.Align align, Rgb ink, Palette p) {
            double y = 0;
            Rgb accent = p.accent();
            if (bar()) {
                double bw = Math.min(blockW, 0.07 * m);
                double x = align == FrameLayout.Align.LEFT ? 0 : (blockW - bw) / 2;
                g.setColor(accent.toColor());
                g.fill(new RoundRectangle2D.Double(x, y, bw, barH(), barH(), barH()));
                y += barH() + barGap();
            }
            y = drawLines(g, primary, y, blockW, align, ink);
            y += primary.font.getSize2D() * 0.22;
            if (secondary == null) return;
            y += gap();
            if (kind == OverlayText.Kind.END_CARD) {
                double pw = secondary.widest() + 2 * pillPadX(m), ph = pillH();
                double x = align == FrameLayout.Align.LEFT ? 0 : (blockW - pw) / 2;
                g.setPaint(new LinearGradientPaint(0f, (float) y, 0f, (float) (y + ph), new float[] {0f, 1f},
                        new Color[] {Palette.tint(accent, 0.12).toColor(), Palette.shade(accent, 0.08).toColor()}));
                g.fill(new RoundRectangle2D.Double(x, y, pw, ph, ph, ph));
                Rgb label = TextContrast.ratio(WHITE.luminance(), accent.luminance()) >= TextContrast.ratio(0.01, accent.luminance())
                        ? WHITE : new Rgb(18, 18, 20);
                g.setColor(label.toColor());
                String s = secondary.lines.get(0);
                TextLayout tl = new TextLayout(s, secondary.font, TextBlock.FRC);
                // Optical centring: centre the cap height, not the font box.
                double baseline = y + ph / 2 + secondary.capHeight() / 2;
                tl.draw(g, (float) (x + (pw - tl.getAdvance()) / 2), (float) baseline);
            } else {
                Rgb sub = ink.mix(new Rgb(128, 128, 128), 0.12);
                drawLines(g, secondary, y, blockW, align, sub);
            }
        }

        private static double drawLines(Graphics2D g, TextBlock b, double top, double blockW, FrameLayout.Align align, Rgb ink) {
            g.setColor(ink.toColor());
            Font f = b.font;
            double baseline = top + b.capHeight();
            for (String line : b.lines) {
                if (!line.isEmpty()) {
                    TextLayout tl = new TextLayout(line, f, TextBlock.FRC);
                    double x = align == FrameLayout.Align.LEFT ? 0 : (blockW - tl.getAdvance()) / 2;
                    tl.draw(g, (float) x, (float) baseline);
                }
                baseline += b.lineHeight();
            }
            return baseline - b.lineHeight();
        }
    }
}
