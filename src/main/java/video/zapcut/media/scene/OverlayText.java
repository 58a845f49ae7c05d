package video.zapcut.media.scene;

/**
 * Text to lay over a scene.
 *
 * @param kind      HEADLINE (setup scene), BENEFIT (climax) or END_CARD (final scene)
 * @param primary   the headline, the benefit, or (END_CARD) the product name
 * @param secondary an optional supporting line; for END_CARD the call to action shown in the button
 */
public record OverlayText(Kind kind, String primary, String secondary) {
    public enum Kind { HEADLINE, BENEFIT, END_CARD }

    public OverlayText {
        if (kind == null) throw new IllegalArgumentException("kind is required");
        if (primary == null || primary.isBlank()) throw new IllegalArgumentException("primary text is required");
    }
}
