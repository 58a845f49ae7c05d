package video.zapcut.publishing.linkedin;

/**
 * A post's {@code commentary} in LinkedIn's "little" text format. LinkedIn reserves
 * {@code | { } @ [ ] ( ) < > # \ * _ ~} for mentions, hashtags and templates, and asks that every one
 * of them be backslash-escaped to stand for itself, even where it would not form an element; left
 * bare, LinkedIn may accept the post and cut or garble its text at the first one.
 *
 * <p>Everything is escaped, {@code #} included: a caption's hashtags reach LinkedIn as plain text,
 * not as clickable hashtags.
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
            if (RESERVED.indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
