package video.zapcut.media.scene;

import java.awt.Rectangle;
import video.zapcut.common.AspectRatio;

/**
 * Where things go in each delivery format. The scene renderer places the product in these slots and the
 * text overlays use the matching text zones, so headline, benefit and end card never cover the product.
 */
final class FrameLayout {
    private FrameLayout() {}

    /**
     * Title-safe area: the inner 90% of the frame. Vertical video also keeps clear of the top 10% and
     * bottom 20%, where platform UI (handle, caption, call-to-action button) covers the picture, and of the
     * right-hand 13%, where TikTok, Reels and Shorts stack their like, comment and share buttons.
     */
    static Rectangle safeArea(AspectRatio a) {
        int w = a.width(), h = a.height();
        int x0 = (int) Math.ceil(0.05 * w), x1 = (int) Math.floor((a == AspectRatio.PORTRAIT ? 0.87 : 0.95) * w);
        int y0 = (int) Math.ceil((a == AspectRatio.PORTRAIT ? 0.10 : 0.05) * h);
        int y1 = (int) Math.floor((a == AspectRatio.PORTRAIT ? 0.80 : 0.95) * h);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    /** How a text block sits in its zone. */
    enum Align { LEFT, CENTER }

    record TextZone(Rectangle box, Align align) {}

    static TextZone textZone(OverlayText.Kind kind, AspectRatio a) {
        Rectangle safe = safeArea(a);
        int w = a.width(), h = a.height();
        return switch (kind) {
            case HEADLINE -> switch (a) {
                case LANDSCAPE -> new TextZone(new Rectangle(safe.x, safe.y, (int) (0.44 * w) - safe.x, safe.height), Align.LEFT);
                case PORTRAIT -> new TextZone(new Rectangle(safe.x, safe.y, safe.width, (int) (0.30 * h) - safe.y), Align.CENTER);
                case SQUARE -> new TextZone(new Rectangle(safe.x, safe.y, safe.width, (int) (0.27 * h) - safe.y), Align.CENTER);
            };
            case BENEFIT -> switch (a) {
                case LANDSCAPE -> new TextZone(new Rectangle((int) (0.55 * w), safe.y, safe.x + safe.width - (int) (0.55 * w), safe.height), Align.LEFT);
                case PORTRAIT -> new TextZone(new Rectangle(safe.x, safe.y, safe.width, (int) (0.29 * h) - safe.y), Align.CENTER);
                case SQUARE -> new TextZone(new Rectangle(safe.x, safe.y, safe.width, (int) (0.27 * h) - safe.y), Align.CENTER);
            };
            case END_CARD -> switch (a) {
                case LANDSCAPE -> new TextZone(new Rectangle((int) (0.52 * w), safe.y, safe.x + safe.width - (int) (0.52 * w), safe.height), Align.CENTER);
                case PORTRAIT -> new TextZone(new Rectangle(safe.x, (int) (0.56 * h), safe.width, safe.y + safe.height - (int) (0.56 * h)), Align.CENTER);
                case SQUARE -> new TextZone(new Rectangle(safe.x, (int) (0.63 * h), safe.width, safe.y + safe.height - (int) (0.63 * h)), Align.CENTER);
            };
        };
    }

    /**
     * Where text of this kind may go, in order of preference: its designed zone, then the same zone mirrored
     * (across the frame's middle in 16:9, whose zones are side columns; top to bottom of the safe area in 9:16
     * and 1:1, whose zones are bands). The mirror is for pictures Zapcut did not lay out (a vendor's clip),
     * whose product may stand where the designed zone is.
     */
    static java.util.List<TextZone> textZones(OverlayText.Kind kind, AspectRatio a) {
        TextZone designed = textZone(kind, a);
        Rectangle z = designed.box(), safe = safeArea(a);
        Rectangle mirrored = a == AspectRatio.LANDSCAPE
                ? new Rectangle(a.width() - z.x - z.width, z.y, z.width, z.height)
                : new Rectangle(z.x, safe.y + safe.y + safe.height - z.y - z.height, z.width, z.height);
        return java.util.List.of(designed, new TextZone(mirrored, designed.align()));
    }

    /**
     * Where text of this kind may go in a picture whose product stands at {@code product}: its zones
     * ({@link #textZones}), each followed, where the product reaches into it, by the largest part of it
     * beside the product that keeps at least {@value #MIN_TRIMMED_SHARE} of the zone's width or height (the
     * text is then set smaller or on more lines). Null {@code product}: the zones alone.
     */
    static java.util.List<TextZone> textZones(OverlayText.Kind kind, AspectRatio a, Rectangle product) {
        java.util.List<TextZone> out = new java.util.ArrayList<>();
        for (TextZone zone : textZones(kind, a)) {
            out.add(zone);
            if (product == null || !zone.box().intersects(product)) continue;
            Rectangle trimmed = besideOf(zone.box(), product, Math.round(Math.min(a.width(), a.height()) * 0.02f));
            if (trimmed != null) out.add(new TextZone(trimmed, zone.align()));
        }
        return out;
    }

    /** The least share of a zone's width (or height) a zone trimmed clear of the product keeps; below it the type gets too small. */
    static final double MIN_TRIMMED_SHARE = 0.6;

    /** The largest of the four parts of {@code zone} left, right, above and below {@code product} (less a gap), or null. */
    private static Rectangle besideOf(Rectangle zone, Rectangle product, int gap) {
        Rectangle[] parts = {
                new Rectangle(zone.x, zone.y, product.x - gap - zone.x, zone.height),
                new Rectangle(product.x + product.width + gap, zone.y, zone.x + zone.width - product.x - product.width - gap, zone.height),
                new Rectangle(zone.x, zone.y, zone.width, product.y - gap - zone.y),
                new Rectangle(zone.x, product.y + product.height + gap, zone.width, zone.y + zone.height - product.y - product.height - gap)};
        Rectangle best = null;
        for (Rectangle p : parts) {
            boolean wideEnough = p.width >= MIN_TRIMMED_SHARE * zone.width && p.height >= MIN_TRIMMED_SHARE * zone.height;
            if (p.width > 0 && p.height > 0 && wideEnough && (best == null || (long) p.width * p.height > (long) best.width * best.height)) best = p;
        }
        return best;
    }

    /**
     * Where captions may go, in order of preference: a strip along the bottom of the safe area, below
     * every product slot's base line (so a caption never covers the product), then one along its top.
     * Each is one caption line high.
     */
    static java.util.List<Rectangle> captionStrips(AspectRatio a) {
        Rectangle safe = safeArea(a);
        int h = a.height();
        int bottom = (int) Math.ceil(switch (a) {
            case LANDSCAPE -> 0.855 * h;
            case PORTRAIT -> 0.755 * h;
            case SQUARE -> 0.87 * h;
        });
        int top = (int) Math.floor(switch (a) {
            case LANDSCAPE -> 0.15 * h;
            case PORTRAIT -> 0.165 * h;
            case SQUARE -> 0.13 * h;
        });
        return java.util.List.of(new Rectangle(safe.x, bottom, safe.width, safe.y + safe.height - bottom),
                new Rectangle(safe.x, safe.y, safe.width, top - safe.y));
    }

    // ---- product slots: (cx, baseY, maxW, maxH) in frame fractions ----

    static SetDesign.Slot hero(AspectRatio a) {
        return switch (a) {
            case LANDSCAPE -> new SetDesign.Slot(0.5, 0.8, 0.36, 0.6);
            case PORTRAIT -> new SetDesign.Slot(0.5, 0.72, 0.66, 0.46);
            case SQUARE -> new SetDesign.Slot(0.5, 0.8, 0.5, 0.56);
        };
    }

    static SetDesign.Slot lifestyle(AspectRatio a) {
        return switch (a) {
            case LANDSCAPE -> new SetDesign.Slot(0.6, 0.84, 0.3, 0.5);
            case PORTRAIT -> new SetDesign.Slot(0.56, 0.74, 0.58, 0.36);
            case SQUARE -> new SetDesign.Slot(0.58, 0.83, 0.42, 0.48);
        };
    }

    /** Offset to a third: the classic alternative to the centred hero. */
    static SetDesign.Slot alternate(AspectRatio a) {
        return switch (a) {
            case LANDSCAPE -> new SetDesign.Slot(0.34, 0.68, 0.3, 0.52);
            case PORTRAIT -> new SetDesign.Slot(0.42, 0.62, 0.55, 0.36);
            case SQUARE -> new SetDesign.Slot(0.36, 0.68, 0.44, 0.5);
        };
    }

    static SetDesign.Slot detail(AspectRatio a) { return new SetDesign.Slot(0.5, 0.5, 1, 1); }

    /** Setup scene: hero staging leaving the headline zone free. */
    static SetDesign.Slot withHeadline(AspectRatio a) {
        return switch (a) {
            case LANDSCAPE -> new SetDesign.Slot(0.7, 0.8, 0.32, 0.6);
            case PORTRAIT -> new SetDesign.Slot(0.5, 0.75, 0.62, 0.4);
            case SQUARE -> new SetDesign.Slot(0.5, 0.86, 0.5, 0.52);
        };
    }

    /** Climax: podium on a third with the benefit beside it; centred under the text in 9:16 and 1:1. */
    static SetDesign.Slot withBenefit(AspectRatio a) {
        return switch (a) {
            case LANDSCAPE -> new SetDesign.Slot(0.32, 0.68, 0.3, 0.52);
            case PORTRAIT -> new SetDesign.Slot(0.5, 0.68, 0.55, 0.33);
            case SQUARE -> new SetDesign.Slot(0.5, 0.78, 0.44, 0.44);
        };
    }

    /** Call to action: clean hero pushed aside so the end card has room. */
    static SetDesign.Slot withEndCard(AspectRatio a) {
        return switch (a) {
            case LANDSCAPE -> new SetDesign.Slot(0.3, 0.8, 0.3, 0.6);
            case PORTRAIT -> new SetDesign.Slot(0.5, 0.52, 0.6, 0.34);
            case SQUARE -> new SetDesign.Slot(0.5, 0.56, 0.46, 0.42);
        };
    }

    /**
     * Lettering is wide, not tall: give it the width a bottle would not need, but only as much as fits
     * around its centre, so it stays out of the text zone beside it.
     */
    static SetDesign.Slot forLettering(SetDesign.Slot s, AspectRatio a) {
        double room = 2 * Math.min(s.cx(), 1 - s.cx()) - 0.1;
        double maxW = Math.max(s.maxW(), Math.min(Math.min(room, a == AspectRatio.LANDSCAPE ? 0.62 : 0.82), s.maxW() * 1.6));
        return new SetDesign.Slot(s.cx(), s.baseY(), maxW, s.maxH() * 0.7);
    }
}
