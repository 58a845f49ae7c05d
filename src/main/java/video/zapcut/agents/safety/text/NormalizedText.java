package video.zapcut.agents.safety.text;

/**
 * Matching-friendly text (lowercase ASCII-ish, single spaces) that remembers, for every character, which
 * characters of the original it came from, so a match can be reported and rewritten in the original.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;

    NormalizedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    public String text() { return text; }

    /** The text this was derived from. */
    public String original() { return original; }

    /** Original index of the first character behind normalized position {@code start}. */
    public int originalStart(int start) { return from[start]; }

    /** Original end index (exclusive) of the characters behind normalized range ending at {@code end}. */
    public int originalEnd(int end) { return to[end - 1]; }

    @Override public String toString() { return text; }
}
