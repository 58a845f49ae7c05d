package video.zapcut.agents.safety.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Folds text into the form the lexicons are written against: Unicode compatibility forms folded
 * (NFKD), accents stripped, lowercase, hyphens and punctuation turned into single spaces. Apostrophes
 * and a few symbols that carry meaning in claims and brands ({@code ' % $ & + #}) are kept.
 *
 * <p>{@link #deobfuscate} additionally reads light leetspeak ("c0caine", "k!ll", "n@ked") and words
 * spelled out letter by letter ("g-u-n") so people cannot dodge the screen that way. It is a separate
 * form because applied blindly it would mangle legitimate tokens such as "AK-47" or "4K".
 */
public final class TextNormalizer {
    private static final Map<Character, String> LETTER_FOLDS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('œ', "oe"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('þ', "th"), Map.entry('ı', "i"),
            // Cyrillic look-alikes used to smuggle words past filters.
            Map.entry('а', "a"), Map.entry('е', "e"), Map.entry('о', "o"), Map.entry('р', "p"),
            Map.entry('с', "c"), Map.entry('у', "y"), Map.entry('х', "x"), Map.entry('і', "i"),
            Map.entry('ј', "j"), Map.entry('ѕ', "s"));
    private static final Map<Character, Character> LEET = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's', '!', 'i', '|', 'i');
    private static final String KEPT_SYMBOLS = "'%$&+#";

    private TextNormalizer() {}

    public static NormalizedText normalize(String original) { return fold(original, false); }

    public static NormalizedText deobfuscate(String original) { return fold(original, true); }

    /** True when {@link #deobfuscate} could differ from {@link #normalize}, so the extra pass is worth it. */
    public static boolean mayBeObfuscated(String original) {
        for (int i = 0; i < original.length(); i++) {
            if (LEET.containsKey(original.charAt(i)) && leetApplies(original, i)) return true;
        }
        return SpelledOutWords.mayContain(original);
    }

    private static NormalizedText fold(String s, boolean deobfuscate) {
        NormalizedText folded = foldCharacters(s, deobfuscate);
        return deobfuscate ? SpelledOutWords.join(folded) : folded;
    }

    private static NormalizedText foldCharacters(String s, boolean deobfuscate) {
        StringBuilder out = new StringBuilder(s.length());
        int[] from = new int[s.length() * 3 + 4];
        int[] to = new int[from.length];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = deobfuscate && cp < 128 && LEET.containsKey((char) cp) && leetApplies(s, i)
                    ? String.valueOf(LEET.get((char) cp))
                    : foldCodePoint(cp);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                boolean space = c == ' ';
                if (space && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) continue;
                if (out.length() == from.length) {
                    from = Arrays.copyOf(from, from.length * 2);
                    to = Arrays.copyOf(to, to.length * 2);
                }
                from[out.length()] = i;
                to[out.length()] = next;
                out.append(c);
            }
            i = next;
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') out.setLength(--len);
        return new NormalizedText(s, out.toString(), Arrays.copyOf(from, len), Arrays.copyOf(to, len));
    }

    private static final String[] ASCII_FOLDS = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            char l = Character.toLowerCase(c);
            boolean kept = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || KEPT_SYMBOLS.indexOf(l) >= 0;
            ASCII_FOLDS[c] = c == '`' ? "'" : kept ? String.valueOf(l) : " ";
        }
    }

    private static String foldCodePoint(int cp) {
        if (cp < 128) return ASCII_FOLDS[cp]; // the common case, without the cost of Unicode normalization
        if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) return "";
        if (cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`' || cp == '\u00B4') return "'";
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) continue;
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            for (int j = 0; j < lower.length(); j++) {
                char l = lower.charAt(j);
                String mapped = LETTER_FOLDS.get(l);
                if (mapped != null) b.append(mapped);
                else if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || KEPT_SYMBOLS.indexOf(l) >= 0) b.append(l);
                else if (Character.isLetter(l)) b.append(l); // other scripts pass through untouched
                else b.append(' ');
            }
        }
        return b.toString();
    }

    /**
     * A leet character only stands for a letter inside a word: "c0caine" yes, "10 pounds" or "$5" no.
     * '!' and '|' are ordinary punctuation at word ends, so they need letters on both sides.
     */
    private static boolean leetApplies(String s, int i) {
        char c = s.charAt(i);
        boolean letterBefore = i > 0 && Character.isLetter(s.charAt(i - 1));
        boolean letterAfter = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
        if (c == '!' || c == '|') return letterBefore && letterAfter;
        return (letterBefore || letterAfter) && lettersInWord(s, i) >= 2;
    }

    private static int lettersInWord(String s, int i) {
        int start = i, end = i;
        while (start > 0 && isWordish(s.charAt(start - 1))) start--;
        while (end + 1 < s.length() && isWordish(s.charAt(end + 1))) end++;
        int letters = 0;
        for (int k = start; k <= end; k++) if (Character.isLetter(s.charAt(k))) letters++;
        return letters;
    }

    private static boolean isWordish(char c) { return Character.isLetterOrDigit(c) || LEET.containsKey(c); }
}
