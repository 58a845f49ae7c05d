package video.zapcut.common;

import java.util.Arrays;
import java.util.Optional;

/** The three delivery formats an ad can be rendered in, with their 1080p frame sizes. */
public enum AspectRatio {
    LANDSCAPE("16:9", 1920, 1080),
    PORTRAIT("9:16", 1080, 1920),
    SQUARE("1:1", 1080, 1080);

    private final String label;
    private final int width;
    private final int height;

    AspectRatio(String label, int width, int height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String label() { return label; }
    public int width() { return width; }
    public int height() { return height; }
    public String resolution() { return width + "x" + height; }

    public static Optional<AspectRatio> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim();
        return Arrays.stream(values()).filter(a -> a.label.equals(t) || a.name().equalsIgnoreCase(t)).findFirst();
    }
}
