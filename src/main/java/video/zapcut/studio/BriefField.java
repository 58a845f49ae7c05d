package video.zapcut.studio;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The brief's fields as the studio shows them beside the chat. {@code key} is the field's name in the
 * conversation state and in {@code PATCH /brief}; {@code label} is how a reply names it. The four
 * required ones gate the conversation; the ones a user may hand to Zapcut ("you choose") are delegable.
 */
public enum BriefField {
    BRAND("brand", "brand", true, false),
    PRODUCT("product", "product", true, false),
    AUDIENCE("audience", "audience", true, true),
    BENEFIT("benefit", "key benefit", true, true),
    TONE("creative_direction", "tone", false, true),
    MUSIC("music_mood", "music mood", false, true),
    LENGTH("duration_seconds", "length", false, false),
    FORMAT("aspect_ratio", "format", false, false),
    SCENES("requested_scenes", "scene ideas", false, true);

    public final String key;
    public final String label;
    public final boolean required;
    public final boolean delegable;

    BriefField(String key, String label, boolean required, boolean delegable) {
        this.key = key;
        this.label = label;
        this.required = required;
        this.delegable = delegable;
    }

    public static Optional<BriefField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The fields a user may hand to Zapcut, by key (for error messages). */
    public static List<String> delegableKeys() {
        return Arrays.stream(values()).filter(f -> f.delegable).map(f -> f.key).toList();
    }

    /** The field's text value in the state (length as seconds, scene ideas joined by new lines). */
    String get(ConversationState s) {
        return switch (this) {
            case BRAND -> s.brand;
            case PRODUCT -> s.product;
            case AUDIENCE -> s.audience;
            case BENEFIT -> s.benefit;
            case TONE -> s.creativeDirection;
            case MUSIC -> s.musicMood;
            case LENGTH -> String.valueOf(s.durationSeconds);
            case FORMAT -> s.aspectRatio;
            case SCENES -> String.join("\n", s.requestedScenes);
        };
    }

    /** Sets a text field; length, format and scenes have their own typed setters on the state. */
    void set(ConversationState s, String value) {
        switch (this) {
            case BRAND -> s.brand = value;
            case PRODUCT -> s.product = value;
            case AUDIENCE -> s.audience = value;
            case BENEFIT -> s.benefit = value;
            case TONE -> s.creativeDirection = value;
            case MUSIC -> s.musicMood = value;
            case LENGTH -> s.durationSeconds = Integer.parseInt(value);
            case FORMAT -> s.aspectRatio = value;
            case SCENES -> s.requestedScenes = value == null || value.isBlank() ? List.of()
                    : value.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(5).toList();
        }
    }
}
