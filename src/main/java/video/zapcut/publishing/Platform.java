package video.zapcut.publishing;

import java.util.Locale;
import java.util.Optional;

/** The social platforms an ad can be posted to. {@link #id()} is the name used in URLs, rows and the command line. */
public enum Platform {
    X("x", "X"),
    LINKEDIN("linkedin", "LinkedIn");

    private final String id;
    private final String label;

    Platform(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    /** How people write it: "X", "LinkedIn". */
    public String label() { return label; }

    /** {@code x} (also {@code twitter}, the seed's name) or {@code linkedin}, in any case; empty otherwise. */
    public static Optional<Platform> of(String name) {
        if (name == null) return Optional.empty();
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "x", "twitter" -> Optional.of(X);
            case "linkedin" -> Optional.of(LINKEDIN);
            default -> Optional.empty();
        };
    }
}
