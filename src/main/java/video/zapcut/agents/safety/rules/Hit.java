package video.zapcut.agents.safety.rules;

/**
 * A lexicon match in normalized text.
 *
 * @param replacement what the safe rewrite puts in its place; null means "rewrite the whole sentence"
 */
public record Hit(int start, int end, String matched, String replacement) {}
