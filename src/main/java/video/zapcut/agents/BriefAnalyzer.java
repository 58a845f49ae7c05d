package video.zapcut.agents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds product, audience, benefit and call to action in free text with a handful of phrase
 * patterns marketers actually write ("X for busy parents", "helps you sleep better", "shop now").
 * Facts the brief carries as facts (the studio's fields) are taken as given, never read back from
 * words. Anything it cannot find gets a neutral default, so the story is always complete.
 */
public final class BriefAnalyzer {
    /** The benefit given when the text states none; callers that read facts from chat treat it as "not said". */
    public static final String DEFAULT_BENEFIT = "made to make every day better";
    private static final String STOP = "(?=[.,;:!?\\n]|\\s+(?:and|but|that|which|who|with|so|to)\\s|$)";
    private static final List<Pattern> PRODUCT = List.of(
            Pattern.compile("\\b(?:introducing|introduce|launching|launch|meet|presenting|selling|sell|promote|promoting|advertise|advertising|ad for|commercial for|video for)\\s+(?:(?:our|my|the|a|an)\\s+)?(?:new\\s+)?([\\p{L}0-9'&\\- ]{2,60}?)" + STOP, Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:our|my)\\s+(?:new\\s+)?([\\p{L}0-9'&\\- ]{2,50}?)" + STOP, Pattern.CASE_INSENSITIVE),
            Pattern.compile("^([A-Z][\\p{L}0-9'&\\-]*(?:\\s+[A-Z][\\p{L}0-9'&\\-]*){0,4})\\s+(?:is|are|makes|helps|gives|brings)\\b"));
    private static final Pattern AUDIENCE = Pattern.compile(
            "\\b(?:for|aimed at|targeting|made for|designed for|perfect for|loved by|audience(?: is|:)?)\\s+((?:busy|young|active|new|modern|health-conscious|eco-conscious|working|first-time|everyday|urban|home|outdoor|[0-9]{2}\\s*-\\s*[0-9]{2}(?:\\s+year\\s+olds?)?|\\p{L}+-\\p{L}+)?\\s*[\\p{L} '\\-]{0,40}?"
            + "(?:people|professionals|parents|moms|mothers|dads|fathers|families|students|athletes|runners|gamers|travel(?:l)?ers|women|men|teens|adults|owners|lovers|fans|customers|shoppers|millennials|creators|developers|teams|businesses|founders|cooks|chefs|commuters|readers|kids|children|pets|cyclists|hikers|yogis|designers|entrepreneurs|nurses|workers|seniors|couples|homeowners|beginners|enthusiasts|drinkers|eaters))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BENEFIT = Pattern.compile(
            "\\b(?:that|which|it|to|will|so you can|so they can|helps? you|helps?|lets? you|keeps? you|makes? you|gives? you|gives|brings|delivers|offers)\\s+((?:help|keep|make|give|let|bring|deliver|offer|feel|stay|get|enjoy|sleep|wake|start|glow|look|save|protect|boost|hydrate|energi[sz]e|relax|focus|move|run|cook|clean|brew|power|charge|carry|discover)\\w*\\s+[^.;!?\\n]{3,80})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLICIT_BENEFIT = Pattern.compile("\\b(?:benefit|promise|key message)\\s*(?:is|:)\\s*([^.;!?\\n]{3,80})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CTA = Pattern.compile(
            "\\b(shop now|order (?:now|today)|buy (?:now|today)|try it (?:now|today|free)|get yours(?: today)?|pre-?order (?:now|today)|download (?:now|today|the app)|sign up(?: today| now)?|book (?:now|today)|learn more|visit [\\w.\\-]+\\.[a-z]{2,}|join (?:now|today|us))\\b",
            Pattern.CASE_INSENSITIVE);

    public BriefFacts analyze(Brief brief) {
        String text = brief.allText().strip();
        String product = Optional.ofNullable(brief.productName()).filter(s -> !s.isBlank()).map(String::strip)
                .orElseGet(() -> findProduct(text));
        String audience = given(brief.audience()).orElseGet(() ->
                find(AUDIENCE, text).map(BriefAnalyzer::tidy).orElse("people who want the best"));
        String benefit = given(brief.benefit()).orElseGet(() -> find(EXPLICIT_BENEFIT, text).or(() -> find(BENEFIT, text))
                .map(BriefAnalyzer::tidy).map(b -> b.replaceFirst("(?i)^(helps?|lets?)\\s+(you\\s+)?", ""))
                .orElse(DEFAULT_BENEFIT));
        String cta = find(CTA, text).map(BriefAnalyzer::capitalize).orElse("Shop now");
        return new BriefFacts(product, audience, benefit, headline(product, benefit), cta);
    }

    private static Optional<String> given(String fact) {
        return Optional.ofNullable(fact).filter(s -> !s.isBlank()).map(String::strip);
    }

    private static String findProduct(String text) {
        for (Pattern p : PRODUCT) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String candidate = tidy(m.group(1));
                if (!candidate.isBlank() && candidate.split("\\s+").length <= 6) return titleCase(candidate);
            }
        }
        return "Our Product";
    }

    private static Optional<String> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()).filter(s -> !s.isBlank()) : Optional.empty();
    }

    /**
     * A headline of at most six words from the benefit, cut at a natural break (a comma, "with",
     * "and", "so") rather than mid-phrase.
     */
    static String headline(String product, String benefit) {
        String b = benefit.replaceFirst("(?i)^(help|helps|helping)\\s+(you\\s+)?", "")
                .replaceFirst("(?i)^(let|lets)\\s+you\\s+", "")
                .replaceFirst("(?i)^(make|makes)\\s+you\\s+", "feel ");
        String phrase = b.split("(?i),|;|\\s+(with|and|so|because|while|without)\\s+")[0].strip();
        String[] words = phrase.split("\\s+");
        if (words.length > 6 || words.length < 2) {
            words = java.util.Arrays.copyOf(b.split("\\s+"), Math.min(b.split("\\s+").length, 4));
        }
        return capitalize(String.join(" ", words).replaceAll("[,;:]+$", ""));
    }

    static String tidy(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("^(?i)(the|a|an|our|my)\\s+", "").replaceAll("[\\s,;:.\\-]+$", "").strip();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(w.length() > 3 || out.isEmpty() ? capitalize(w) : w);
        }
        return out.toString();
    }
}
