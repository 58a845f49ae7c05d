package video.zapcut.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import video.zapcut.agents.Brief;
import video.zapcut.agents.BriefAnalyzer;
import video.zapcut.agents.BriefFacts;
import video.zapcut.common.AspectRatio;

/**
 * Pulls brand, product, audience, benefit, length, format, style and scene ideas out of one chat
 * message. Product, audience and benefit come from {@link BriefAnalyzer}'s phrase patterns; its
 * neutral defaults mean "not found" here. A short reply to a direct question is read as the
 * answer to that question.
 */
final class FactExtractor {
    static final String DEFAULT_PRODUCT = "Our Product";
    static final String DEFAULT_AUDIENCE = "people who want the best";
    static final String DEFAULT_BENEFIT = "made to make every day better";

    private static final String NAME = "([\\p{Lu}0-9][\\p{L}0-9'&\\-]*(?: [\\p{Lu}0-9&][\\p{L}0-9'&\\-]*){0,3})";
    private static final List<Pattern> BRAND = List.of(
            Pattern.compile("\\b(?:brand|company|business|shop|store|label|studio)(?:'s)?\\s+(?:name\\s+)?(?:is|called|named|:)\\s+(?:called\\s+)?([^.,;!?\\n]{2,50})", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?i:we are|we're|i am from|i'm from|i work at|i run|i own|this is|brought to you by)\\s+" + NAME),
            Pattern.compile("\\b(?:by|from)\\s+" + NAME));
    private static final Pattern PRODUCT_EXPLICIT = Pattern.compile(
            "\\bproduct(?:'s)?\\s+(?:name\\s+)?(?:is|called|named|:)\\s+(?:called\\s+)?([^.,;!?\\n]{2,60})", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUDIENCE_EXPLICIT = Pattern.compile(
            "\\b(?:target audience|audience|customers|it's for|it is for|made for|aimed at)\\s*(?:is|are|:)?\\s+([^.;!?\\n]{3,80})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("\\b(15|30|60)\\s*-?\\s*(?:s|sec|secs|second|seconds)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASPECT = Pattern.compile("\\b(16:9|9:16|1:1)\\b");
    private static final Pattern VERTICAL = Pattern.compile("\\b(vertical|portrait|stories|reels|tiktok|shorts)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQUARE = Pattern.compile("\\bsquare\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANDSCAPE = Pattern.compile("\\b(landscape|widescreen|horizontal|youtube)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile(
            "\\b(?:style|look|feel|mood|vibe|tone|creative direction)\\s*(?:is|should be|:|of)\\s+([^.\\n]{3,160})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LET_ZAPCUT_CHOOSE = Pattern.compile(
            "^\\s*(?:no|nope|none|skip|pass|go|go ahead|continue|next|done|ok(?:ay)?|sure|fine|yes|yep|looks good|sounds good|ready|"
            + "let'?s go|surprise me|up to you|you choose|you decide|you pick|your call|no ideas?|no preference|nothing|"
            + "(?:please\\s+)?(?:you|zapcut)\\s+(?:can\\s+)?(?:choose|decide|pick|write (?:it|them|the storyboard))|"
            + "(?:i have\\s+)?no (?:scene )?ideas|i don'?t (?:know|mind|care))[\\s.!]*(?:please|thanks|thank you)?[\\s.!]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHOOSE_PHRASE = Pattern.compile(
            "\\b(?:you choose|you decide|you pick|up to you|surprise me|your call|no (?:scene )?ideas|no preference|"
            + "(?:write|make|create) (?:the|a) storyboard(?: for me)?|skip (?:the )?scenes?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCENE_SPLIT = Pattern.compile("\\s*(?:\\n+|;|\\bthen\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUMERATOR = Pattern.compile("^\\s*(?:[-*•]\\s*)?(?:(?:scene|shot)\\s*)?(?:\\d+\\s*[:.)\\-]\\s*)?", Pattern.CASE_INSENSITIVE);

    /** Where a named thing ends inside a longer sentence ("Luna Coffee and we sell cold brew"). */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "\\s+(?:and|but|that|which|who|with|we|our|so|because|while|it|is|are)\\s.*$", Pattern.CASE_INSENSITIVE);

    private final BriefAnalyzer analyzer = new BriefAnalyzer();

    /** What one message tells us; every field null when the message does not say it. */
    record Facts(String brand, String product, String productDescription, String audience, String benefit,
                 Integer durationSeconds, String aspectRatio, String creativeDirection) {}

    Facts extract(String text, String awaiting) {
        String t = text.strip();
        BriefFacts found = analyzer.analyze(new Brief(t, null, null, 30, AspectRatio.LANDSCAPE, List.of()));
        String brand = brand(t);
        String product = explicit(PRODUCT_EXPLICIT, t).map(FactExtractor::cutClause).orElse(acceptProduct(found.product(), brand));
        String audience = DEFAULT_AUDIENCE.equals(found.audience()) ? explicit(AUDIENCE_EXPLICIT, t).orElse(null) : found.audience();
        String benefit = DEFAULT_BENEFIT.equals(found.benefit()) ? null : found.benefit();

        // A short reply to a direct question answers it, unless the message said something else outright.
        boolean saidOtherwise = brand != null || product != null || audience != null || benefit != null;
        if (awaiting != null && !saidOtherwise) {
            String answer = answerText(t);
            int words = answer.isEmpty() ? 0 : answer.split("\\s+").length;
            switch (awaiting) {
                case "brand" -> { if (brand == null && words >= 1 && words <= 6) brand = stripLead(answer, "(?:it'?s|it is|we are|we're|our brand is|the brand is|brand:|called|we're called|we are called)\\s+"); }
                case "product" -> { if (product == null && words >= 1 && words <= 8) product = stripLead(answer, "(?:it'?s|it is|the product is|our product is|product:|a|an|the|our|my)\\s+"); }
                case "audience" -> { if (audience == null && words >= 1 && words <= 14) audience = stripLead(answer, "(?:it'?s for|it is for|for|aimed at|targeting|our audience is|the audience is|audience:)\\s+"); }
                case "benefit" -> { if (benefit == null && words >= 2 && words <= 25) benefit = stripLead(answer, "(?:the benefit is|benefit:|it|they|you)\\s+"); }
                default -> { }
            }
        }
        String description = product != null && t.split("\\s+").length > 8 ? clip(t, 600) : null;
        return new Facts(clean(brand), clean(product), description, clean(audience), clean(benefit), duration(t), aspect(t),
                explicit(STYLE, t).orElse(null));
    }

    /** True when the user lets Zapcut write the scenes ("you choose", "skip", "no ideas"). */
    boolean letsZapcutChoose(String text) {
        return LET_ZAPCUT_CHOOSE.matcher(text).find() || CHOOSE_PHRASE.matcher(text).find();
    }

    /** Scene ideas in a message: numbered lines, lines, "then" or semicolons; at most five, each of three words or more. */
    List<String> sceneIdeas(String text) {
        String withoutSettings = DURATION.matcher(ASPECT.matcher(text).replaceAll("")).replaceAll("");
        List<String> ideas = new ArrayList<>();
        for (String part : SCENE_SPLIT.split(withoutSettings)) {
            String idea = ENUMERATOR.matcher(part).replaceFirst("").replaceAll("^[,.:\\-]+|[,\\s]+$", "").strip();
            if (idea.split("\\s+").length >= 3 && ideas.size() < 5) ideas.add(clip(idea, 300));
        }
        return ideas;
    }

    private static String brand(String t) {
        for (Pattern p : BRAND) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                String name = CLAUSE_END.matcher(m.group(1).strip()).replaceFirst("").strip();
                if (!name.isBlank() && name.split("\\s+").length <= 5) return name;
            }
        }
        return null;
    }

    private static String acceptProduct(String candidate, String brand) {
        if (candidate == null || DEFAULT_PRODUCT.equals(candidate)) return null;
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(brand|company|business|name|audience|customers?)\\b.*")) return null;
        if (lower.matches("(we|i|it|they|this|you|he|she|that|there|here|what|who)")) return null;
        if (brand != null && lower.equals(brand.toLowerCase(Locale.ROOT))) return null;
        return candidate;
    }

    private static String cutClause(String s) { return CLAUSE_END.matcher(s).replaceFirst("").strip(); }

    private static Optional<String> explicit(Pattern p, String t) {
        Matcher m = p.matcher(t);
        return m.find() ? Optional.of(m.group(1).strip()).filter(s -> !s.isBlank()) : Optional.empty();
    }

    private static Integer duration(String t) {
        Matcher m = DURATION.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String aspect(String t) {
        Matcher m = ASPECT.matcher(t);
        if (m.find()) return m.group(1);
        if (VERTICAL.matcher(t).find()) return "9:16";
        if (SQUARE.matcher(t).find()) return "1:1";
        if (LANDSCAPE.matcher(t).find()) return "16:9";
        return null;
    }

    private static String answerText(String t) {
        return t.replaceAll("[.!?]+$", "").replaceAll("\\s+", " ").strip();
    }

    private static String stripLead(String s, String lead) {
        return s.replaceFirst("(?i)^" + lead, "").strip();
    }

    private static String clean(String s) {
        if (s == null) return null;
        String c = s.replaceAll("\\s+", " ").replaceAll("^[\"'“”‘’\\s]+|[\"'“”‘’\\s.,;:!?]+$", "").strip();
        return c.isEmpty() ? null : clip(c, 200);
    }

    private static String clip(String s, int max) { return s.length() <= max ? s : s.substring(0, max).strip(); }
}
