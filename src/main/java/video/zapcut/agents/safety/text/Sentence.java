package video.zapcut.agents.safety.text;

/**
 * One sentence of a text unit: the original words (for reporting and rewriting), where they start in
 * the unit, and the normalized forms the rules match against.
 *
 * @param original    the sentence exactly as written, trimmed
 * @param offset      index of {@code original} inside the unit's text
 * @param plain       normalized form
 * @param deobfuscated leetspeak-decoded form, or null when it could not differ from {@code plain}
 */
public record Sentence(String original, int offset, NormalizedText plain, NormalizedText deobfuscated) {

    public static Sentence of(String original, int offset) {
        NormalizedText plain = TextNormalizer.normalize(original);
        NormalizedText decoded = null;
        if (TextNormalizer.mayBeObfuscated(original)) {
            NormalizedText candidate = TextNormalizer.deobfuscate(original);
            if (!candidate.text().equals(plain.text())) decoded = candidate;
        }
        return new Sentence(original, offset, plain, decoded);
    }
}
