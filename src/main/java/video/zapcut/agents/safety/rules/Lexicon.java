package video.zapcut.agents.safety.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of terms (regex fragments over normalized text) compiled for fast whole-word matching, plus
 * the phrases that neutralise them. Keeping terms, their innocent look-alikes and their safe
 * replacements side by side is what makes the lexicons easy to read and extend.
 *
 * <p>Writing terms: text is lowercase, hyphens are spaces, so write {@code "spider ?man"} to accept
 * "Spider-Man", "spider man" and "Spiderman". Use only non-capturing groups {@code (?:...)}.
 */
public final class Lexicon {
    private static final String START = "(?<![a-z0-9])";
    private static final String END = "(?![a-z0-9])";
    /** Characters a normalized word can start with (see TextNormalizer). */
    private static final String WORD_INITIALS = "abcdefghijklmnopqrstuvwxyz0123456789'%$&+#";
    /** Characters that can follow them in normalized text. */
    private static final String NEXT_CHARS = WORD_INITIALS + " ";

    private final Dispatch[][] byPrefix = new Dispatch[128][];
    private final Dispatch[] byInitial = new Dispatch[128];
    private final Dispatch anyInitial;
    private final int dispatchCount;
    /** Matchers are costly to create and not thread-safe, so each thread keeps its own and resets them. */
    private final ThreadLocal<Matcher[]> matchers;
    private final Pattern exceptions;
    private final Pattern sentenceExemptions;
    private final boolean negatable;

    /**
     * The terms that can start with one particular prefix, compiled together. Java regex tries every
     * alternative at every position; trying only the few terms whose first two characters fit is what
     * keeps a thousand briefs well under a second.
     */
    private record Dispatch(int id, Pattern pattern, List<String> replacements) {}

    /** Builds the two-level table: first character, then first two characters, to the terms that can start there. */
    private Lexicon(Builder b) {
        Map<String, Dispatch> shared = new LinkedHashMap<>();
        Map<String, String> firstChars = new HashMap<>();
        for (String term : b.compiledTerms.keySet()) firstChars.put(term, possibleNext(b.compiledTerms.get(term), ""));
        for (char c : WORD_INITIALS.toCharArray()) {
            byInitial[c] = dispatch(b, t -> firstChars.get(t).indexOf(c) >= 0, shared);
            if (byInitial[c] == null) continue;
            byPrefix[c] = new Dispatch[128];
            for (char d : NEXT_CHARS.toCharArray()) {
                String prefix = "" + c + d;
                byPrefix[c][d] = dispatch(b, t -> firstChars.get(t).indexOf(c) >= 0 && canStartWith(b.compiledTerms.get(t), prefix), shared);
            }
        }
        this.anyInitial = dispatch(b, t -> true, shared);
        this.dispatchCount = shared.size();
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[dispatchCount]);
        this.exceptions = compileOptional(b.exceptions);
        this.sentenceExemptions = compileOptional(b.sentenceExemptions);
        this.negatable = b.negatable;
    }

    public static Builder builder() { return new Builder(); }

    /** All live mentions: matches that are not neutralised by an exception phrase or a negation. */
    public List<Hit> find(String text) {
        List<Hit> hits = null;
        List<int[]> excepted = null;
        Matcher[] cache = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || (i > 0 && isWordChar(text.charAt(i - 1)))) { i++; continue; }
            Dispatch d = dispatchAt(text, i, c);
            if (d == null) { i++; continue; }
            if (cache == null) cache = matchers.get();
            Matcher m = cache[d.id()];
            if (m == null) {
                m = d.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                cache[d.id()] = m;
            }
            m.reset(text).region(i, n);
            if (!m.lookingAt() || m.end() == m.start()) { i++; continue; }
            if (hits == null) {
                if (sentenceExemptions != null && sentenceExemptions.matcher(text).find()) return List.of();
                hits = new ArrayList<>(2);
                excepted = spans(exceptions, text);
            }
            int start = m.start(), end = m.end();
            if (!overlapsAny(excepted, start, end) && !(negatable && Negation.negates(text, start, end))) {
                hits.add(new Hit(start, end, m.group(), replacementFor(m, d)));
            }
            i = end;
        }
        return hits == null ? List.of() : hits;
    }

    public boolean mentionedIn(String text) { return !find(text).isEmpty(); }

    private Dispatch dispatchAt(String text, int i, char c) {
        if (c >= 128) return anyInitial; // other scripts: rare, so simply try everything
        if (byInitial[c] == null) return null;
        if (i + 1 >= text.length()) return byInitial[c];
        char d = text.charAt(i + 1);
        return d < 128 && NEXT_CHARS.indexOf(d) >= 0 ? byPrefix[c][d] : byInitial[c];
    }

    private static boolean isWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

    private static String replacementFor(Matcher m, Dispatch d) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.start(g) >= 0) return d.replacements().get(g - 1);
        return null;
    }

    /** Builds the pattern of the terms the filter admits; characters with the same terms share one pattern. */
    private static Dispatch dispatch(Builder b, java.util.function.Predicate<String> admits, Map<String, Dispatch> shared) {
        List<String> groups = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        for (int k = 0; k < b.buckets.size(); k++) {
            List<String> fitting = new ArrayList<>();
            for (String term : b.buckets.get(k)) if (admits.test(term)) fitting.add(term);
            if (fitting.isEmpty()) continue;
            groups.add("(" + String.join("|", fitting) + ")" + END);
            replacements.add(b.replacements.get(k));
        }
        if (groups.isEmpty()) return null;
        String regex = START + "(?:" + String.join("|", groups) + ")";
        return shared.computeIfAbsent(regex + replacements, key ->
                new Dispatch(shared.size(), Pattern.compile(regex), Collections.unmodifiableList(replacements)));
    }

    /** The characters that can follow {@code prefix} at the start of a match of the term. */
    private static String possibleNext(Pattern term, String prefix) {
        StringBuilder next = new StringBuilder();
        for (char c : WORD_INITIALS.toCharArray()) if (canStartWith(term, prefix + c)) next.append(c);
        return next.toString();
    }

    /**
     * Whether a match of the term could begin with {@code prefix}: on that input the matcher either
     * matches or runs out of input while still hoping ({@link Matcher#hitEnd()}). Terms that begin
     * with a look-behind cannot be analysed this way and are kept for every prefix.
     */
    private static boolean canStartWith(Pattern term, String prefix) {
        Matcher m = term.matcher(prefix);
        return m.lookingAt() || m.hitEnd() || term.pattern().startsWith("(?:(?<");
    }

    private static List<int[]> spans(Pattern p, String text) {
        if (p == null) return List.of();
        List<int[]> spans = new ArrayList<>(1);
        Matcher m = p.matcher(text);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        return spans;
    }

    private static boolean overlapsAny(List<int[]> spans, int start, int end) {
        for (int[] s : spans) if (s[0] < end && start < s[1]) return true;
        return false;
    }

    private static Pattern compileOptional(List<String> parts) {
        if (parts.isEmpty()) return null;
        return Pattern.compile(START + "(?:" + String.join("|", parts) + ")" + END);
    }

    public static final class Builder {
        private final List<List<String>> buckets = new ArrayList<>();
        private final List<String> replacements = new ArrayList<>();
        private final Map<String, Pattern> compiledTerms = new HashMap<>();
        private final List<String> exceptions = new ArrayList<>();
        private final List<String> sentenceExemptions = new ArrayList<>();
        private boolean negatable = true;

        /** Terms whose safe rewrite is the whole sentence (no sensible word-level substitute). */
        public Builder terms(String... regexes) { return replace(null, regexes); }

        /**
         * Terms the safe rewrite swaps for {@code replacement}. A replacement starting with "~" is a verb
         * lemma inflected like the matched word ("~greet" turns "stabbing" into "greeting").
         */
        public Builder replace(String replacement, String... regexes) {
            for (String r : regexes) compiledTerms.computeIfAbsent(r, t -> Pattern.compile("(?:" + t + ")"));
            buckets.add(List.of(regexes));
            replacements.add(replacement);
            return this;
        }

        /** Innocent phrases: a match overlapping one of these is not a mention ("photo shoot", "blood orange"). */
        public Builder unless(String... regexes) {
            exceptions.addAll(List.of(regexes));
            return this;
        }

        /** Context words that make every match in the sentence innocent (a "shoot" near "camera"). */
        public Builder unlessSentenceMentions(String... regexes) {
            sentenceExemptions.addAll(List.of(regexes));
            return this;
        }

        /** For names and claims, where "not Nike" is still a mention of Nike. */
        public Builder notNegatable() {
            negatable = false;
            return this;
        }

        public Lexicon build() { return new Lexicon(this); }
    }
}
