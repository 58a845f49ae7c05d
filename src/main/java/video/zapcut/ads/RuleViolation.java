package video.zapcut.ads;

/**
 * One broken rule of an order.
 *
 * @param field   the field as the API names it ({@code duration_seconds}, {@code scenes[2].overlay_text}, {@code photos})
 * @param message what is wrong and what is allowed, the same words on every path
 */
public record RuleViolation(String field, String message) {}
