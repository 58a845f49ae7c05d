package video.zapcut.publishing.linkedin;

/**
 * A post's {@code commentary} in LinkedIn's "little" text format. LinkedIn reserves
 * {@code | { } @ [ ] ( ) < > # \ * _ ~} for mentions, hashtags and templates, and asks that every one
 * of them be backslash-escaped to stand for itself, even where it would not form an element; left
 * bare, LinkedIn may accept the post and cut or garble its text at the first one.
 *
 * <p>One exception: a {@code #} that starts a hashtag (at the start or after a space, followed by a
 * letter or digit) stays bare, because {@code #word} is little's own HashtagElement and a marketer's
 * hashtags should stay clickable. Any other {@code #} is escaped.
 */
public final class Commentary {
    static final String RESERVED = "|{}@[]()<>#\\*_~";

    private Commentary() {}

    /** The caption as little text; null is an empty commentary. */
    public static String escape(String caption) {
        if (caption == null || caption.isEmpty()) return "";
        StringBuilder out = new StringBuilder(caption.length() + 16);
        for (int i = 0; i < caption.length(); i++) {
            char c = caption.charAt(i);
            if (RESERVED.indexOf(c) >= 0 && !startsHashtag(caption, i)) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static boolean startsHashtag(String text, int i) {
        if (text.charAt(i) != '#' || i + 1 >= text.length()) return false;
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        return afterSpace && Character.isLetterOrDigit(text.codePointAt(i + 1));
    }
}
