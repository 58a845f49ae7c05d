package video.zapcut.agents.safety;

import java.util.EnumMap;
import java.util.Map;

/**
 * Neutral, product-centred sentences used when a sentence cannot be repaired word by word and as the
 * suggested direction for the rewrite. Each one passes the screen itself (a test checks it).
 */
final class SafeDirections {
    private static final Map<Category, String> SENTENCES = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.VIOLENCE, "People enjoying the product together in a calm, upbeat everyday setting."),
            Map.entry(Category.WEAPONS, "Person confidently holding the product at a work desk, conveying empowerment without weapons."),
            Map.entry(Category.SEXUAL_CONTENT, "A smartly dressed model presenting the product in a tasteful, well-lit setting."),
            Map.entry(Category.DRUGS, "Friends sharing the product in a bright, healthy everyday setting."),
            Map.entry(Category.HATE, "A diverse, inclusive group of people enjoying the product together."),
            Map.entry(Category.SELF_HARM, "A person taking a relaxing moment of self-care with the product."),
            Map.entry(Category.MINORS_ALCOHOL, "Adults enjoying the product responsibly, with no children in the scene."),
            Map.entry(Category.REAL_PERSON_LIKENESS, "An original, fictional model presenting the product."),
            Map.entry(Category.COPYRIGHTED_CHARACTER, "An original brand mascot presenting the product."),
            Map.entry(Category.COMPETITOR_BRAND, "The product shown on its own merits, with no other brands in view."),
            Map.entry(Category.MISLEADING_CLAIM, "The product presented with honest, verifiable benefits.")));

    private SafeDirections() {}

    static String sentenceFor(Category category) { return SENTENCES.get(category); }
}
