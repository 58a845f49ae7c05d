package video.zapcut.media.scene;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits a piece of copy into a width: wraps it on words into at most {@code maxLines} balanced lines,
 * shrinking the type step by step until it fits, and as a last resort ellipsizes. Balanced wrapping
 * (every line about as long) is what separates set type from a text box.
 */
final class TextBlock {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    final Font font;
    final List<String> lines;

    private TextBlock(Font font, List<String> lines) {
        this.font = font;
        this.lines = lines;
    }

    static Font font(Fonts.Face face, float size, float tracking) {
        return Fonts.get(face, size).deriveFont(Map.of(TextAttribute.TRACKING, tracking, TextAttribute.KERNING,
                TextAttribute.KERNING_ON, TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
    }

    static TextBlock fit(String text, Fonts.Face face, float tracking, float maxSize, float minSize, double width, int maxLines) {
        String clean = text.strip().replaceAll("\\s+", " ");
        for (float size = maxSize; ; size *= 0.94f) {
            Font f = font(face, Math.max(size, minSize), tracking);
            List<String> lines = wrap(clean, f, width);
            if (lines != null && lines.size() <= maxLines) return new TextBlock(f, balance(clean, f, width, lines.size()));
            if (size <= minSize) return new TextBlock(f, ellipsize(clean, f, width, maxLines));
        }
    }

    double advance(String line) { return line.isEmpty() ? 0 : new TextLayout(line, font, FRC).getAdvance(); }

    double widest() { return lines.stream().mapToDouble(this::advance).max().orElse(0); }

    double lineHeight() { return font.getSize2D() * 1.12; }

    double capHeight() { return new TextLayout("H", font, FRC).getBounds().getHeight(); }

    /** Height from the first line's cap top to the last baseline: what the eye reads as the block. */
    double height() { return capHeight() + (lines.size() - 1) * lineHeight(); }

    static double width(String s, Font f) { return s.isEmpty() ? 0 : new TextLayout(s, f, FRC).getAdvance(); }

    /** Greedy word wrap; null when a single word is wider than {@code width}. */
    static List<String> wrap(String text, Font f, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (width(word, f) > width) return null;
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, f) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** The narrowest width that still wraps into {@code count} lines: evens out line lengths. */
    private static List<String> balance(String text, Font f, double width, int count) {
        if (count <= 1) return List.of(text);
        double lo = width / count * 0.8, hi = width;
        List<String> best = wrap(text, f, width);
        for (int i = 0; i < 14; i++) {
            double mid = (lo + hi) / 2;
            List<String> l = wrap(text, f, mid);
            if (l != null && l.size() <= count) {
                best = l;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /** Last resort at the smallest size: keep {@code maxLines} lines and end the last with an ellipsis. */
    private static List<String> ellipsize(String text, Font f, double width, int maxLines) {
        List<String> all = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String w = width(word, f) > width ? chop(word, f, width) : word;
            String candidate = line.isEmpty() ? w : line + " " + w;
            if (width(candidate, f) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                all.add(line.toString());
                line.setLength(0);
                line.append(w);
            }
        }
        if (!line.isEmpty()) all.add(line.toString());
        if (all.size() <= maxLines) return all;
        List<String> out = new ArrayList<>(all.subList(0, maxLines));
        out.set(maxLines - 1, chop(out.get(maxLines - 1) + "\u2026", f, width));
        return out;
    }

    private static String chop(String s, Font f, double width) {
        if (width(s, f) <= width) return s;
        String base = s.endsWith("\u2026") ? s.substring(0, s.length() - 1) : s;
        while (base.length() > 1 && width(base + "\u2026", f) > width) base = base.substring(0, base.length() - 1).stripTrailing();
        return base + "\u2026";
    }
}
