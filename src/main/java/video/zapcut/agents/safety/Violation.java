package video.zapcut.agents.safety;

/**
 * One reason a brief or storyboard cannot be generated.
 *
 * @param category    violence | weapons | sexual_content | drugs | hate | self_harm | minors_alcohol |
 *                    real_person_likeness | copyrighted_character | competitor_brand | misleading_claim
 * @param severity    low | medium | high | critical
 * @param scene       1-based scene number the text came from, or null for the brief itself
 * @param description what is wrong, in words a marketer understands
 * @param line        the offending text
 */
public record Violation(String category, String severity, Integer scene, String description, String line) {}
