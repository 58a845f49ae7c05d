package video.zapcut.agents.safety.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a brief or scene into sentences. Co-occurrence rules ("kids" + "beer") work per sentence, and a
 * violation quotes the sentence it was found in, so boundaries matter more than perfect linguistics.
 */
public final class SentenceSplitter {
    /** End punctuation (plus closing quotes) followed by space, line breaks, or list bullets. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?;])[\"')\\]\u201D\u2019]*\\s+|\\s*[\\r\\n]+\\s*|\\s*[\u2022\u00B7]\\s*");
    /** Abbreviations whose trailing dot does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "e.g.", "i.e.", "etc.", "inc.", "no.", "jr.", "sr.", "co.", "approx.");

    private SentenceSplitter() {}

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) return sentences;
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            if (endsWithAbbreviation(text, m.start()) && !text.substring(m.start(), m.end()).contains("\n")) continue;
            add(sentences, text, start, m.start());
            start = m.end();
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static boolean endsWithAbbreviation(String text, int end) {
        int wordStart = end;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
        return ABBREVIATIONS.contains(text.substring(wordStart, end).toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(Sentence.of(text.substring(start, end), start));
    }
}
