package video.zapcut.agents.safety.text;

import java.util.Arrays;
import java.util.regex.Pattern;

/** Words written one letter at a time ("c o c a i n e", "g-u-n") to slip past a word filter. */
final class SpelledOutWords {
    /** Three single letters in a row, separated by spaces, dots or hyphens. */
    private static final Pattern THREE_SINGLE_LETTERS =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[ .\\-]\\p{L}[ .\\-]\\p{L}(?![\\p{L}\\p{N}])");

    private SpelledOutWords() {}

    static boolean mayContain(String original) { return THREE_SINGLE_LETTERS.matcher(original).find(); }

    /**
     * Joins words spelled out letter by letter ("c o c a i n e", "g-u-n") back into one word. A leading
     * "a" or "i" stays separate in longer runs, since "a g u n" is the article plus "gun".
     */
    static NormalizedText join(NormalizedText t) {
        String text = t.text();
        String[] tokens = text.split(" ", -1);
        boolean[] joinAfter = new boolean[tokens.length];
        int i = 0;
        while (i < tokens.length) {
            int j = i;
            while (j < tokens.length && isSingleLetter(tokens[j])) j++;
            int start = i;
            if (j - i >= 4 && (tokens[i].equals("a") || tokens[i].equals("i"))) start++;
            if (j - start >= 3) for (int k = start; k < j - 1; k++) joinAfter[k] = true;
            i = Math.max(j, i + 1);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] from = new int[text.length()];
        int[] to = new int[text.length()];
        int pos = 0;
        for (int k = 0; k < tokens.length; k++) {
            for (int c = 0; c < tokens[k].length(); c++, pos++) {
                from[out.length()] = t.originalStart(pos);
                to[out.length()] = t.originalEnd(pos + 1);
                out.append(tokens[k].charAt(c));
            }
            if (k < tokens.length - 1) {
                if (!joinAfter[k]) {
                    from[out.length()] = t.originalStart(pos);
                    to[out.length()] = t.originalEnd(pos + 1);
                    out.append(' ');
                }
                pos++;
            }
        }
        return new NormalizedText(t.original(), out.toString(), Arrays.copyOf(from, out.length()), Arrays.copyOf(to, out.length()));
    }

    private static boolean isSingleLetter(String token) { return token.length() == 1 && token.charAt(0) >= 'a' && token.charAt(0) <= 'z'; }
}
