package video.zapcut.agents;

import java.util.List;

/**
 * The angles variants take, one per variant, so a set of variants differs in kind (a question against
 * a bold statement), not in wording. The story agent writes each take from its angle.
 */
public final class VariantAngles {
    /** Openings: variant A takes the first, B the second, and so on. */
    public static final List<String> HOOKS = List.of("question", "bold statement", "problem first", "sensory close-up");
    /** Calls to action, in the same order. */
    public static final List<String> CTAS = List.of("direct", "try it", "benefit", "invitation");

    private VariantAngles() {}

    /** What an angle asks of the writer, for the LLM's instructions. */
    public static String brief(String angle) {
        return switch (angle) {
            case "question" -> "open on a question the audience asks themselves, answered by the product";
            case "bold statement" -> "open on a short, confident statement about the product (no claim the brief does not make)";
            case "problem first" -> "open on the everyday problem the product solves, before the product appears";
            case "sensory close-up" -> "open on an extreme close-up of the product's texture or detail, one evocative word on screen";
            case "direct" -> "end on the brief's own call to action";
            case "try it" -> "end by inviting the viewer to try the product today";
            case "benefit" -> "end by restating the key benefit next to the product's name";
            case "invitation" -> "end by inviting the viewer to find the product for themselves";
            default -> throw new IllegalArgumentException("no variant angle " + angle);
        };
    }
}
