package video.zapcut.agents.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import video.zapcut.agents.safety.ScreenedText.ScreenedSentence;
import video.zapcut.agents.safety.rules.Finding;

/**
 * Builds the safe alternative for a blocked verdict: each offending phrase is swapped for its
 * lexicon replacement ("holding a gun" becomes "holding the product", "Taylor Swift" becomes
 * "a model"), sentences with no word-level fix are replaced by a neutral product-centred sentence,
 * and a suggested direction is appended. Every repaired sentence is screened again and falls back
 * to the neutral sentence if anything still blocks, so the result always passes.
 */
final class SafeRewriter {
    /** Replacements that bring their own determiner, so one already in the text must go ("a the product"). */
    private static final Pattern LEADING_DETERMINER = Pattern.compile("^(?:a|an|the|other|another|some) ", Pattern.CASE_INSENSITIVE);
    /** A determiner and modifiers the replacement makes redundant: "holding a loaded gun" to "holding the product". */
    private static final Pattern TRAILING_ARTICLE = Pattern.compile("(?i)(?:^|(?<=\\s))(?:a|an|the|his|her|their|my|your|our|some)\\s+"
            + "(?:(?:loaded|real|big|small|black|shiny|huge|semi-automatic|semi automatic|automatic|handheld|drawn|smoking|lit|rolled|sharp)\\s+){0,2}$");
    private static final Pattern TRAILING_INDEFINITE = Pattern.compile("(?i)(?:^|(?<=\\s))(a|an)(\\s+)$");
    private static final Set<String> IRREGULAR_PAST = Set.of("shot", "hit", "hurt", "beat", "lit", "drew", "threw", "fought", "ran", "took");
    private static final int MAX_DIRECTIONS = 3;

    private final SentenceScreener screener;

    SafeRewriter(SentenceScreener screener) { this.screener = screener; }

    String rewrite(List<ScreenedText> texts) {
        Set<Category> categories = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        boolean label = texts.size() > 1;
        for (ScreenedText text : texts) {
            String rewritten = rewrite(text, categories);
            if (label) rewritten = (text.unit().scene() == null ? "Brief: " : "Scene " + text.unit().scene() + ": ") + rewritten;
            lines.add(rewritten);
        }
        String body = String.join("\n", lines);
        List<String> directions = categories.stream().limit(MAX_DIRECTIONS).map(SafeDirections::sentenceFor)
                .filter(d -> !body.contains(d)).toList();
        return directions.isEmpty() ? body : body + "\nSuggested direction: " + String.join(" ", directions);
    }

    private String rewrite(ScreenedText text, Set<Category> categories) {
        String original = text.unit().text() == null ? "" : text.unit().text();
        StringBuilder out = new StringBuilder(original);
        List<ScreenedSentence> sentences = new ArrayList<>(text.sentences());
        // Edit back to front so earlier offsets stay valid.
        for (int i = sentences.size() - 1; i >= 0; i--) {
            ScreenedSentence s = sentences.get(i);
            if (!s.blocks()) continue;
            s.findings().stream().filter(f -> f.severity().blocks())
                    .sorted(Comparator.comparing(Finding::severity).reversed()).forEach(f -> categories.add(f.category()));
            int start = s.sentence().offset();
            out.replace(start, start + s.sentence().original().length(), rewrite(s));
        }
        // Each repaired sentence was re-screened, so the text as a whole passes; no second full pass.
        return tidy(out.toString());
    }

    private String rewrite(ScreenedSentence s) {
        List<Finding> blocking = s.findings().stream().filter(f -> f.severity().blocks()).toList();
        Finding worst = blocking.stream().max(Comparator.comparing(Finding::severity)).orElseThrow();
        if (blocking.stream().anyMatch(f -> f.replacement() == null)) return SafeDirections.sentenceFor(worst.category());
        String original = s.sentence().original();
        StringBuilder b = new StringBuilder(original);
        List<Finding> spans = merge(blocking);
        Set<String> used = new LinkedHashSet<>();
        for (int i = spans.size() - 1; i >= 0; i--) {
            Finding f = spans.get(i);
            String replacement = resolve(f.replacement(), f.matched());
            int start = f.start();
            if (LEADING_DETERMINER.matcher(replacement).find()) {
                var article = TRAILING_ARTICLE.matcher(b.substring(0, start));
                if (article.find()) start = article.start();
            } else {
                start = fixIndefiniteArticle(b, start, replacement);
            }
            used.add(replacement);
            if (start == 0) replacement = capitalise(replacement);
            b.replace(start, f.end(), replacement);
        }
        String repaired = collapseRepeats(tidy(b.toString()), used);
        return screener.blocks(repaired) ? SafeDirections.sentenceFor(worst.category()) : repaired;
    }

    /** Overlapping or touching spans become one edit, using the replacement of the longest. */
    private static List<Finding> merge(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        List<Finding> merged = new ArrayList<>();
        for (Finding f : sorted) {
            Finding last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && f.start() <= last.end() + 1) {
                Finding longer = (f.end() - f.start()) > (last.end() - last.start()) ? f : last;
                merged.set(merged.size() - 1, new Finding(longer.category(), longer.severity(), longer.description(),
                        last.start(), Math.max(last.end(), f.end()), longer.matched(), longer.replacement()));
            } else {
                merged.add(f);
            }
        }
        return merged;
    }

    /** "an" before a vowel sound, "a" otherwise: "a FDA approved" rewrites to "a carefully made", not "an". */
    private static int fixIndefiniteArticle(StringBuilder b, int start, String replacement) {
        var m = TRAILING_INDEFINITE.matcher(b.substring(0, start));
        if (!m.find()) return start;
        boolean vowel = !replacement.isEmpty() && "aeiouAEIOU".indexOf(replacement.charAt(0)) >= 0;
        String article = vowel ? "an" : "a";
        if (Character.isUpperCase(m.group(1).charAt(0))) article = capitalise(article);
        b.replace(m.start(1), m.end(1), article);
        return start + article.length() - m.group(1).length();
    }

    /**
     * "~greet" or "~support everyday wellness" starts with a verb lemma: inflect its first word like the
     * first word it replaces ("stabbing" to "greeting", "cures cancer" to "supports everyday wellness").
     */
    static String resolve(String replacement, String matched) {
        if (!replacement.startsWith("~")) return replacement;
        String phrase = replacement.substring(1);
        int space = phrase.indexOf(' ');
        String lemma = space < 0 ? phrase : phrase.substring(0, space);
        String rest = space < 0 ? "" : phrase.substring(space);
        String word = matched.contains(" ") ? matched.substring(0, matched.indexOf(' ')) : matched;
        return inflect(lemma, word) + rest;
    }

    private static String inflect(String lemma, String like) {
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        if (like.endsWith("ing")) return stem + "ing";
        if (like.endsWith("ed") || IRREGULAR_PAST.contains(like)) return stem + "ed";
        if (like.endsWith("s") && !like.endsWith("ss")) return lemma + (lemma.endsWith("sh") || lemma.endsWith("ch") ? "es" : "s");
        return lemma;
    }

    /** "outperform Nike and Adidas" became "other brands and other brands": say it once. */
    private static String collapseRepeats(String s, Set<String> replacements) {
        for (String r : replacements) {
            String q = Pattern.quote(r);
            s = Pattern.compile("(?i)(" + q + ")(?:,? (?:and|or|&)|,) " + q).matcher(s).replaceAll("$1");
        }
        return s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String tidy(String s) {
        return s.replaceAll("[ \\t]{2,}", " ").replaceAll(" +([,.;!?])", "$1").strip();
    }
}
