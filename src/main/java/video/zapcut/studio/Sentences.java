package video.zapcut.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message cut into sentences, each of which is "used up" as the reader understands its parts:
 * once "make it 15 seconds" has been read as the length, only what is left of the sentence can still
 * answer the question that was asked. Keeping the parts apart is what stops a settings line ("1:1",
 * "make the music more upbeat") from being taken for a brand.
 */
final class Sentences {
    private Sentences() {}

    /** Marks where a read part was taken out of a sentence. */
    static final char CUT = '\uE000';

    private static final Pattern EMOJI = Pattern.compile("[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}\\x{1F3FB}-\\x{1F3FF}]+");
    private static final Pattern END = Pattern.compile("[.!?]+(?=\\s|$)");
    /** Words whose full stop does not end a sentence: "Alder & Co. is ...". */
    private static final Set<String> ABBREVIATIONS = Set.of("co", "ltd", "inc", "st", "dr", "mr", "mrs", "ms", "jr", "sr", "vs", "etc",
            "e.g", "i.e", "no", "approx", "est", "corp", "bros", "mt", "ft");

    /** What is left around a read part that says nothing by itself ("make it 15 seconds please"). */
    private static final Pattern FILLER = Pattern.compile("(?i)(?:please|pls|thanks|thank\\s+you|tho|though|too|also|and|or|but|so|then|now|"
            + "lol|ok|okay|oh|and\\s+also|oh\\s+and)");

    /** One sentence and what of it has not been read yet. */
    static final class Sentence {
        final String text;
        final int line;
        private String left;
        boolean hadSetting;

        Sentence(String text, int line) {
            this.text = text;
            this.line = line;
            this.left = text;
        }

        String left() { return left; }

        /** Takes {@code [start, end)} of what is left out of the sentence. */
        void consume(int start, int end) { left = left.substring(0, start) + CUT + left.substring(end); }

        void consumeAll() { left = String.valueOf(CUT); }

        /** The unread parts, in order, trimmed of the punctuation around them. */
        List<String> pieces() {
            List<String> out = new ArrayList<>();
            for (String p : left.split(String.valueOf(CUT))) {
                String s = p.replaceAll("^[\\s,;:.!–—-]+|[\\s,;:–—-]+$", "").strip();
                if (!s.isEmpty() && s.matches("(?s).*[\\p{L}0-9].*") && !FILLER.matcher(s).matches()) out.add(s);
            }
            return out;
        }

        /** What is left, its parts kept apart by commas. */
        String rest() { return String.join(", ", pieces()).strip(); }

        boolean used() { return pieces().isEmpty(); }
    }

    /** No-break spaces, curly apostrophes and emoji (read as a break between sentences) made plain. */
    static String normalize(String text) {
        String t = text.replace('\u00A0', ' ').replace('’', '\'').replace('‘', '\'').replace("\r", "");
        return EMOJI.matcher(t).replaceAll("\n").strip();
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int from = 0;
            Matcher m = END.matcher(line);
            while (m.find()) {
                if (m.group().equals(".") && abbreviation(line, m.start())) continue;
                add(out, line.substring(from, m.end()), i);
                from = m.end();
            }
            add(out, line.substring(from), i);
        }
        return out;
    }

    /** A full stop that ends no sentence: "Co.", "e.g.", an initial, or a list number ("Scenes: 1. ... 2. ..."). */
    private static boolean abbreviation(String line, int dot) {
        int digits = dot;
        while (digits > 0 && dot - digits < 3 && Character.isDigit(line.charAt(digits - 1))) digits--;
        if (dot - digits >= 1 && dot - digits <= 2 && (digits == 0 || Character.isWhitespace(line.charAt(digits - 1)) || line.charAt(digits - 1) == ':')) {
            return true;
        }
        int start = dot;
        while (start > 0 && (Character.isLetter(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) start--;
        String word = line.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(line.charAt(start));
    }

    private static void add(List<Sentence> out, String s, int line) {
        String t = s.strip();
        if (!t.isEmpty()) out.add(new Sentence(t, line));
    }
}
