package video.zapcut.studio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import video.zapcut.agents.Brief;
import video.zapcut.agents.BriefAnalyzer;
import video.zapcut.agents.BriefFacts;
import video.zapcut.common.AspectRatio;

/**
 * The offline reader of chat messages: what one message says about the brief. It reads, in order of
 * how plainly they are said: labelled lines ("Brand: Luna Coffee"), corrections ("no, the product is
 * X", "change the brand to X", "it's for students, not professionals"), settings ("make it 15 seconds,
 * vertical", "make the music more upbeat"), names and descriptions ("It's Luna Cold Brew, an organic
 * cold brew coffee made for busy professionals") and finally {@link BriefAnalyzer}'s phrase patterns.
 * A short reply to the question just asked answers it. A long paste (a brand document) is read whole,
 * section by section. Nothing here changes the state: {@link Orchestrator} decides what to apply.
 */
final class BriefReader {
    static final String DEFAULT_PRODUCT = "Our Product";
    static final String DEFAULT_AUDIENCE = "people who want the best";
    static final String DEFAULT_BENEFIT = "made to make every day better";

    /** What a message says. {@code corrected}: fields stated so plainly they replace a known value at any step. */
    record Reading(Map<BriefField, String> stated, Set<BriefField> corrected, Set<BriefField> delegated, String productDescription,
                   List<String> sceneIdeas, List<SceneChange> sceneChanges, boolean goBack, ConversationStage backTo) {
        boolean says(BriefField f) { return stated.containsKey(f); }

        boolean empty() {
            return stated.isEmpty() && delegated.isEmpty() && sceneIdeas.isEmpty() && sceneChanges.isEmpty() && !goBack && backTo == null;
        }
    }

    /** "make scene 3 shorter": {@code steps} negative to shorten, positive to lengthen. */
    record SceneChange(int sceneNumber, int steps) {}

    private static final String NAME = "([\\p{Lu}0-9][\\p{L}0-9'’&\\-]*(?:\\s+(?:&\\s+)?[\\p{Lu}0-9][\\p{L}0-9'’&\\-]*){0,4})";
    private static final String FIELD_WORDS = "brand(?:\\s+name)?|company(?:\\s+name)?|business(?:\\s+name)?|product(?:\\s+name)?|"
            + "target\\s+audience|audience|target\\s+market|customers|who\\s+it'?s\\s+for|key\\s+benefit|main\\s+benefit|benefit|"
            + "key\\s+message|promise|usp|tagline|tone(?:\\s+of\\s+voice)?|voice(?:\\s+and\\s+tone)?|style|look(?:\\s+and\\s+feel)?|vibe|"
            + "creative\\s+direction|music(?:\\s+mood)?|soundtrack|length|duration|format|aspect(?:\\s+ratio)?";
    private static final Pattern LABELLED = Pattern.compile(
            "(?im)^\\s*(?:[-*•]\\s*)?(?:\\*\\*)?(" + FIELD_WORDS + ")(?:\\*\\*)?\\s*[:=–—]\\s*(.+?)\\s*$");
    private static final Pattern CORRECTION = Pattern.compile(
            "(?i)(?:^|[.!?;,]\\s*|\\b(?:no|nope|actually|sorry|wait|oops|correction|sorry,? i meant)[,.!:]?\\s+)"
            + "(?:the\\s+|our\\s+|my\\s+|its\\s+)?(brand(?:\\s+name)?|company(?:\\s+name)?|product(?:\\s+name)?|target\\s+audience|audience|"
            + "key\\s+benefit|main\\s+benefit|benefit|key\\s+message|tone|style|music(?:\\s+mood)?)"
            + "\\s+(?:is|are|should\\s+be|will\\s+be|'s)\\s+(?:actually\\s+|called\\s+|named\\s+)?(.+?)"
            + "(?:,?\\s+not\\s+(?:the\\s+)?[\"'“‘]?[^.!?;\\n]*)?(?=[.!?;\\n]|$)");
    private static final Pattern CHANGE = Pattern.compile(
            "(?i)\\b(?:change|set|switch|update|rename|make)\\s+(?:the\\s+|our\\s+|my\\s+)?(brand(?:\\s+name)?|company(?:\\s+name)?|"
            + "product(?:\\s+name)?|target\\s+audience|audience|key\\s+benefit|benefit|key\\s+message|tone|style|music(?:\\s+mood)?)"
            + "\\s+(?:to|into|as|be)\\s+(.+?)(?=[.!?;\\n]|$)");
    private static final Pattern AUDIENCE_NOT = Pattern.compile(
            "(?i)\\b(?:actually\\s+)?(?:it'?s|it\\s+is|this\\s+is|the\\s+ad\\s+is|it'?s\\s+really|we'?re\\s+targeting|we\\s+target|target)"
            + "\\s+(?:for\\s+|aimed\\s+at\\s+|targeting\\s+)?([^,.;!?\\n]{3,80}?),?\\s+not\\s+([^.;!?\\n]{3,80})");
    private static final Pattern MUSIC_MORE = Pattern.compile(
            "(?i)\\bmusic\\b[^.!?\\n]{0,30}?\\b(?:be|sound|feel|is|to)?\\s*(?:a\\s+(?:bit|little|lot)\\s+|much\\s+|way\\s+)?(more|less)\\s+([\\p{L}\\-]+)");
    private static final Pattern MUSIC_STATED = Pattern.compile(
            "(?i)\\b(?:music|soundtrack)\\s+(?:should\\s+be|to\\s+be|that'?s|that\\s+is|is|:|feels?|sounds?|mood\\s+(?:is|:))\\s+([^.;!?\\n]{3,60})");
    private static final Pattern MUSIC_ADJ = Pattern.compile(
            "(?i)\\b((?:upbeat|calm|chill|energetic|mellow|gentle|dreamy|epic|playful|dramatic|happy|uplifting|jazzy|acoustic|lo-?fi|"
            + "ambient|cinematic|funky|soft|relaxed|relaxing|driving|bouncy|moody|warm|quiet|electronic|piano|orchestral)"
            + "(?:[ ,]+(?:and\\s+)?(?:upbeat|calm|chill|energetic|mellow|gentle|dreamy|epic|playful|dramatic|happy|uplifting|jazzy|acoustic|"
            + "lo-?fi|ambient|cinematic|funky|soft|relaxed|driving|bouncy|moody|warm|electronic|piano|orchestral|guitar)){0,2})\\s+"
            + "(?:music|soundtrack|track|beat|tune)\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(15|30|60)\\s*-?\\s*(?:s|sec|secs|second|seconds)\\b");
    private static final Pattern DURATION_WORDS = Pattern.compile(
            "(?i)\\b(fifteen|thirty|sixty)[\\s-]*seconds?\\b|\\b(half\\s+a\\s+minute)\\b|\\b((?:a|one|1)[\\s-]*minute)\\b");
    private static final Pattern ASPECT = Pattern.compile("\\b(16:9|9:16|1:1)\\b");
    private static final Pattern VERTICAL = Pattern.compile("(?i)\\b(vertical|portrait|stories|story format|reels?|tiktok|shorts)\\b");
    private static final Pattern SQUARE = Pattern.compile("(?i)\\bsquare\\b");
    private static final Pattern LANDSCAPE = Pattern.compile("(?i)\\b(landscape|widescreen|wide screen|horizontal|youtube)\\b");
    private static final Pattern STYLE = Pattern.compile(
            "(?i)\\b(?:style|look|feel|vibe|tone|creative direction|aesthetic)\\s*(?:is|should be|:|of|to be|feels)\\s+([^.\\n]{3,160})");
    private static final Pattern STYLE_ADJ = Pattern.compile(
            "(?i)\\b((?:[\\p{L}\\-]+,?\\s+(?:and\\s+)?){0,3}[\\p{L}\\-]+)\\s+(?:feel|vibe|look|tone|style|aesthetic|mood)\\b(?!\\s+(?:is|should|to)\\b)");
    /** A name given outright: "It's Luna Cold Brew, an organic cold brew ...", "called X", "meet X". */
    private static final Pattern NAMED = Pattern.compile(
            "(?:\\b(?i:it'?s|it is|this is|that'?s|called|named|introducing|meet|presenting|launching|say hello to|product is)\\s+)"
            + "(?:(?i:the|our|a|an)\\s+)?(?:(?i:new)\\s+)?" + NAME);
    private static final Pattern DESCRIBED = Pattern.compile(
            "(?i)^\\s*,?\\s*(?:which\\s+is\\s+|it'?s\\s+)?(an?\\s+[^.;!?\\n]{4,160})");
    private static final Pattern MADE_FOR = Pattern.compile(
            "(?i)\\b(?:made|designed|built|crafted|created|perfect|ideal|great)\\s+for\\s+([^.,;!?\\n]{3,80}?)(?=\\s+(?:who|that|which|to|so|because)\\b|[.,;!?\\n]|$)");
    private static final List<Pattern> BRAND = List.of(
            Pattern.compile("(?i)\\b(?:brand|company|business|shop|store|label|studio|bakery|clinic|agency|cafe|café)(?:'s)?\\s+(?:name\\s+)?"
                    + "(?:is|called|named)\\s+(?:called\\s+)?([^.,;!?\\n]{2,50})"),
            Pattern.compile("\\b(?i:we are|we're|i am from|i'm from|i work at|i work for|i run|i own|i'm with|i am with|here at|brought to you by)\\s+" + NAME),
            Pattern.compile("\\b(?:by|from)\\s+" + NAME));
    private static final Pattern AUDIENCE_EXPLICIT = Pattern.compile(
            "(?i)\\b(?:target audience|audience|our customers|customers|it'?s for|it is for|it'?s aimed at|aimed at|we target|targeting|"
            + "for people who|we serve|we sell to)\\s*(?:is|are|:)?\\s+([^.;!?\\n]{3,100})");
    private static final Pattern CHOOSE_WHOLE = Pattern.compile(
            "(?i)^\\s*(?:hmm+[,.]?\\s*|honestly[,.]?\\s*|ok(?:ay)?[,.]?\\s*|no idea[,.]?\\s*|not sure[,.]?\\s*|i'?m not sure[,.]?\\s*)*"
            + "(?:surprise me|up to you|you choose|you decide|you pick|your call|dealer'?s choice|whatever you think|whatever works|"
            + "anything(?: works| is fine)?|no preference|no ideas?|i don'?t (?:know|mind|care)|dunno|idk|not sure|"
            + "(?:please\\s+)?(?:you|zapcut)\\s+(?:can\\s+)?(?:choose|decide|pick|write (?:it|them|the storyboard)|come up with (?:it|them|something))|"
            + "(?:just\\s+)?pick (?:something|one|for me)|(?:i'?ll\\s+)?leave it (?:to|up to) you|you'?re the (?:expert|pro)|"
            + "go ahead|skip|none|no|nope|nothing|let'?s go|sounds good|looks good|fine|sure)"
            + "(?:[\\s,.!]+(?:please|thanks|thank you|you'?re the expert|surprise me|go for it|i trust you))*[\\s.!]*$");
    private static final Pattern CHOOSE_FIELD = Pattern.compile(
            "(?i)\\b(?:you|zapcut)\\s+(?:can\\s+)?(?:choose|decide|pick|write|come up with|suggest)\\s+(?:the\\s+|a\\s+|an\\s+|some\\s+)?"
            + "(audience|benefit|key benefit|tone|style|music|soundtrack|scenes?|storyboard|scene ideas)"
            + "|\\b(audience|benefit|key benefit|tone|style|music|soundtrack|scenes?|scene ideas|storyboard)\\b[^.!?\\n]{0,20}?"
            + "(?:up to you|you choose|you decide|you pick|surprise me|your call|no preference)"
            + "|\\bsurprise me with (?:the\\s+)?(audience|benefit|tone|style|music|soundtrack|scenes?)");
    private static final Pattern SCENE_CHANGE = Pattern.compile(
            "(?i)\\b(?:make\\s+|keep\\s+|have\\s+)?scene\\s*(?:#|no\\.?\\s*)?([1-5])\\s+(?:a\\s+(?:bit|little|lot)\\s+|much\\s+)?(shorter|longer|quicker|faster|slower)"
            + "|\\b(shorten|lengthen|extend|trim|cut down|speed up)\\s+scene\\s*(?:#|no\\.?\\s*)?([1-5])");
    private static final Pattern GO_BACK = Pattern.compile(
            "(?i)\\b(?:go|step|take (?:me|us)|move)\\s+back(?:\\s+a\\s+step|\\s+one\\s+step)?\\b|\\bprevious step\\b|\\bback a step\\b|\\bstep back\\b");
    private static final Pattern BACK_TO = Pattern.compile(
            "(?i)\\b(?:go|take (?:me|us)|get)\\s+back\\s+to\\s+(?:the\\s+)?(brand|product|photos?|scenes?|scene ideas|review)");
    private static final Pattern SCENE_SPLIT = Pattern.compile("(?i)\\s*(?:\\n+|;|\\bthen\\b|\\bafter that\\b|\\bfinally\\b)\\s*");
    private static final Pattern ENUMERATED = Pattern.compile("(?m)^\\s*(?:[-*•]|\\d+\\s*[:.)\\-]|(?i:scene|shot)\\s*\\d+\\s*[:.)\\-]?)\\s*\\S");
    private static final Pattern ENUMERATOR = Pattern.compile("(?i)^\\s*(?:[-*•]\\s*)?(?:(?:scene|shot)\\s*)?(?:\\d+\\s*[:.)\\-]\\s*)?");
    private static final Pattern SETTINGS_ONLY = Pattern.compile(
            "(?i)^(?:(?:make|keep|let'?s|let|please|it|i want|i'd like|we want|and|,|\\.|\\s|it'?s|it should be|should be|the ad|ad|video|"
            + "a|an|in|at|as|be|format|length|duration|long|total|please|for|instagram|tiktok|youtube|reels?|stories|shorts|"
            + "15|30|60|s|sec|secs|seconds?|16:9|9:16|1:1|vertical|portrait|square|landscape|horizontal|widescreen|minute|one|half)\\b[\\s,.!-]*)+$");
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?i)\\s+(?:and|but|that|which|who|with|we|our|so|because|while|it|is|are|for|made|designed|in|to)\\s.*$");
    /** Document headings: "## Who we serve", "WHO WE SERVE", "Who we serve:" on a line of its own. */
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s*(?:#{1,6}\\s*)?([\\p{L}][\\p{L} &/'’\\-]{2,40}?)\\s*:?\\s*$");

    private final BriefAnalyzer analyzer = new BriefAnalyzer();

    /**
     * @param awaiting the field the last question asked for (a short reply answers it), or null
     * @param atScenes true when the conversation is collecting scene ideas (lines read as scenes)
     */
    Reading read(String text, String awaiting, boolean atScenes) {
        String t = text.strip().replace('\u00A0', ' ');
        Map<BriefField, String> stated = new LinkedHashMap<>();
        Set<BriefField> corrected = EnumSet.noneOf(BriefField.class);
        Set<BriefField> delegated = EnumSet.noneOf(BriefField.class);

        if (isDocument(t)) readDocument(t, stated, corrected);
        labelled(t, stated, corrected, delegated);
        corrections(t, stated, corrected);
        settings(t, stated, corrected);
        delegation(t, awaiting, delegated);
        for (BriefField f : delegated) {
            stated.remove(f);
            corrected.remove(f);
        }

        String description = null;
        if (!delegated.contains(BriefField.PRODUCT)) {
            Optional<String[]> named = named(t);
            if (named.isPresent() && !stated.containsKey(BriefField.PRODUCT)) {
                stated.put(BriefField.PRODUCT, named.get()[0]);
                description = named.get()[1];
            }
        }
        if (!stated.containsKey(BriefField.BRAND)) brand(t).ifPresent(b -> stated.put(BriefField.BRAND, b));
        BriefFacts found = analyzer.analyze(new Brief(t, null, null, 30, AspectRatio.LANDSCAPE, List.of()));
        if (!stated.containsKey(BriefField.PRODUCT) && !delegated.contains(BriefField.PRODUCT)) {
            acceptProduct(found.product(), stated.get(BriefField.BRAND)).ifPresent(p -> stated.put(BriefField.PRODUCT, p));
        }
        if (!stated.containsKey(BriefField.AUDIENCE) && !delegated.contains(BriefField.AUDIENCE)) {
            madeFor(t).or(() -> DEFAULT_AUDIENCE.equals(found.audience()) ? explicit(AUDIENCE_EXPLICIT, t).map(BriefReader::cutAudience)
                            : Optional.of(found.audience()))
                    .ifPresent(a -> stated.put(BriefField.AUDIENCE, a));
        }
        if (!stated.containsKey(BriefField.BENEFIT) && !delegated.contains(BriefField.BENEFIT) && !DEFAULT_BENEFIT.equals(found.benefit())) {
            stated.put(BriefField.BENEFIT, found.benefit());
        }
        if (!stated.containsKey(BriefField.TONE) && !delegated.contains(BriefField.TONE)) {
            explicit(STYLE, t).or(() -> explicit(STYLE_ADJ, t).filter(BriefReader::looksLikeStyle))
                    .ifPresent(s -> stated.put(BriefField.TONE, s));
        }

        if (awaiting != null && delegated.isEmpty()) shortAnswer(t, awaiting, stated);

        List<String> ideas = sceneIdeas(t, atScenes, stated);
        if (!ideas.isEmpty()) delegated.remove(BriefField.SCENES);
        if (description == null && stated.containsKey(BriefField.PRODUCT) && words(t) > 8 && !isDocument(t)) description = clip(t, 600);
        Map<BriefField, String> tidy = new LinkedHashMap<>();
        stated.forEach((f, v) -> {
            String c = f == BriefField.LENGTH || f == BriefField.FORMAT ? v : clean(v);
            if (c != null && !isChoosePhrase(c)) tidy.put(f, c);
        });
        corrected.retainAll(tidy.keySet());
        return new Reading(tidy, corrected, delegated, description == null ? null : clip(description.strip(), 600), ideas,
                sceneChanges(t), GO_BACK.matcher(t).find(), backTo(t));
    }

    /** True when a whole message hands the question to Zapcut ("you choose", "surprise me", "skip"). */
    static boolean isChoosePhrase(String text) { return CHOOSE_WHOLE.matcher(text).matches(); }

    // --- labelled lines and corrections ---------------------------------------------------------------

    private static void labelled(String t, Map<BriefField, String> stated, Set<BriefField> corrected, Set<BriefField> delegated) {
        Matcher m = LABELLED.matcher(t);
        while (m.find()) {
            Optional<BriefField> f = field(m.group(1));
            String value = m.group(2).strip();
            if (f.isEmpty() || value.isEmpty()) continue;
            if (isChoosePhrase(value)) {
                if (f.get().delegable) delegated.add(f.get());
                continue;
            }
            if (f.get() == BriefField.LENGTH) { lengthIn(value).ifPresent(v -> put(stated, corrected, BriefField.LENGTH, v)); continue; }
            if (f.get() == BriefField.FORMAT) { aspectIn(value).ifPresent(v -> put(stated, corrected, BriefField.FORMAT, v)); continue; }
            if (f.get() == BriefField.MUSIC) value = musicWords(value);
            if (f.get() == BriefField.BRAND || f.get() == BriefField.PRODUCT) value = cutNotClause(value);
            put(stated, corrected, f.get(), value);
        }
    }

    private static void corrections(String t, Map<BriefField, String> stated, Set<BriefField> corrected) {
        for (Pattern p : List.of(CORRECTION, CHANGE)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                Optional<BriefField> f = field(m.group(1));
                if (f.isEmpty() || corrected.contains(f.get())) continue;
                String value = cutNotClause(m.group(2).strip());
                if (f.get() == BriefField.BRAND || f.get() == BriefField.PRODUCT) value = cutClause(value);
                if (f.get() == BriefField.MUSIC) value = musicWords(value);
                if (value.isBlank() || isChoosePhrase(value) || value.matches("(?i)(?:it|this|that|what|who|for|not|ready)\\b.*")) continue;
                put(stated, corrected, f.get(), value);
            }
        }
        Matcher a = AUDIENCE_NOT.matcher(t);
        if (a.find() && !corrected.contains(BriefField.AUDIENCE)) {
            String who = a.group(1).strip().replaceFirst("(?i)^(?:for|aimed at|targeting)\\s+", "");
            if (!who.matches("(?i)(?:a|an|the)?\\s*(?:product|brand|company|video|ad)\\b.*")) put(stated, corrected, BriefField.AUDIENCE, who);
        }
    }

    /** Length, format and music: always plain enough to replace what was said before. */
    private static void settings(String t, Map<BriefField, String> stated, Set<BriefField> corrected) {
        if (!stated.containsKey(BriefField.LENGTH)) lengthIn(t).ifPresent(v -> put(stated, corrected, BriefField.LENGTH, v));
        if (!stated.containsKey(BriefField.FORMAT)) aspectIn(t).ifPresent(v -> put(stated, corrected, BriefField.FORMAT, v));
        if (!stated.containsKey(BriefField.MUSIC)) {
            Matcher more = MUSIC_MORE.matcher(t);
            if (more.find()) {
                String word = more.group(2).toLowerCase(Locale.ROOT);
                put(stated, corrected, BriefField.MUSIC, "less".equalsIgnoreCase(more.group(1)) ? opposite(word) : word);
            } else {
                explicit(MUSIC_STATED, t).map(BriefReader::musicWords).filter(s -> !s.isBlank())
                        .or(() -> explicit(MUSIC_ADJ, t).map(s -> s.toLowerCase(Locale.ROOT)))
                        .ifPresent(v -> put(stated, corrected, BriefField.MUSIC, v));
            }
        }
    }

    private static void delegation(String t, String awaiting, Set<BriefField> delegated) {
        Matcher m = CHOOSE_FIELD.matcher(t);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            field(word).filter(f -> f.delegable).ifPresent(delegated::add);
        }
        if (delegated.isEmpty() && awaiting != null && isChoosePhrase(t) && !t.matches("(?i)^\\s*(?:no|nope|none|nothing|skip)[\\s.!]*$")) {
            BriefField.byKey(awaitedKey(awaiting)).filter(f -> f.delegable).ifPresent(delegated::add);
        }
        if (awaiting != null && "scenes".equals(awaiting) && isChoosePhrase(t)) delegated.add(BriefField.SCENES);
    }

    private static String awaitedKey(String awaiting) { return "scenes".equals(awaiting) ? BriefField.SCENES.key : awaiting; }

    private static Optional<BriefField> field(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (w.startsWith("brand") || w.startsWith("company") || w.startsWith("business")) return Optional.of(BriefField.BRAND);
        if (w.startsWith("product")) return Optional.of(BriefField.PRODUCT);
        if (w.contains("audience") || w.startsWith("customers") || w.startsWith("target") || w.startsWith("who it")) return Optional.of(BriefField.AUDIENCE);
        if (w.contains("benefit") || w.equals("key message") || w.equals("promise") || w.equals("usp") || w.equals("tagline")) return Optional.of(BriefField.BENEFIT);
        if (w.startsWith("tone") || w.startsWith("voice") || w.equals("style") || w.startsWith("look") || w.equals("vibe")
                || w.equals("creative direction")) return Optional.of(BriefField.TONE);
        if (w.startsWith("music") || w.equals("soundtrack")) return Optional.of(BriefField.MUSIC);
        if (w.equals("length") || w.equals("duration")) return Optional.of(BriefField.LENGTH);
        if (w.equals("format") || w.startsWith("aspect")) return Optional.of(BriefField.FORMAT);
        if (w.startsWith("scene") || w.equals("storyboard")) return Optional.of(BriefField.SCENES);
        return Optional.empty();
    }

    private static void put(Map<BriefField, String> stated, Set<BriefField> corrected, BriefField f, String value) {
        stated.put(f, value);
        corrected.add(f);
    }

    // --- names, audiences, short answers ---------------------------------------------------------------

    /** "It's Luna Cold Brew, an organic cold brew coffee made for ...": the name and what follows as its description. */
    private static Optional<String[]> named(String t) {
        Matcher m = NAMED.matcher(t);
        while (m.find()) {
            String name = cutClause(m.group(1).strip()).replaceAll("[.’']+$", "");
            if (name.isBlank() || name.matches("(?i)(?:I|We|It|This|That|A|An|The|Our|My|Hi|Hello)") || name.split("\\s+").length > 5) continue;
            String rest = t.substring(m.end());
            Matcher d = DESCRIBED.matcher(rest);
            String description = d.find() ? name + ", " + d.group(1).strip() : null;
            return Optional.of(new String[] {name, description});
        }
        return Optional.empty();
    }

    private static Optional<String> madeFor(String t) {
        return explicit(MADE_FOR, t).map(BriefReader::cutAudience).filter(a -> !a.matches("(?i)(?:you|me|us|them|everyone|it)"));
    }

    private static String cutAudience(String a) {
        return a.replaceFirst("(?i)\\s+(?:and\\s+(?:it|we|they)|but|because|so that|so|to help|to)\\s.*$", "")
                .replaceFirst("(?i)^(?:mostly|mainly|primarily|basically|really)\\s+", "").strip();
    }

    private static Optional<String> brand(String t) {
        for (Pattern p : BRAND) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                String name = cutClause(m.group(1).strip()).replaceAll("[.]+$", "");
                if (!name.isBlank() && name.split("\\s+").length <= 5 && !name.matches("(?i)(?:the|a|an|our|my|here|this|it|I)")) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> acceptProduct(String candidate, String brand) {
        if (candidate == null || DEFAULT_PRODUCT.equals(candidate)) return Optional.empty();
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(brand|company|business|name|audience|customers?|music|scene|video|ad|format|length|tone|style)\\b.*")) return Optional.empty();
        if (lower.matches("(we|i|it|they|this|you|he|she|that|there|here|what|who)")) return Optional.empty();
        if (brand != null && lower.equals(brand.toLowerCase(Locale.ROOT))) return Optional.empty();
        return Optional.of(candidate);
    }

    /** A short reply to a direct question answers it, unless the message said something else outright. */
    private static void shortAnswer(String t, String awaiting, Map<BriefField, String> stated) {
        Optional<BriefField> asked = BriefField.byKey(awaiting);
        if (asked.isEmpty() || stated.containsKey(asked.get())) return;
        boolean saidOther = stated.keySet().stream().anyMatch(f -> f.required);
        if (saidOther) return;
        String answer = t.replaceAll("[.!?]+$", "").replaceAll("\\s+", " ").strip();
        int words = words(answer);
        String value = switch (asked.get()) {
            case BRAND -> words <= 6 ? stripLead(answer, "(?:it'?s|it is|we are|we're|our brand is|the brand is|called|we're called|we are called|the name is|name'?s)\\s+") : null;
            case PRODUCT -> words <= 10 ? cutClause(stripLead(answer, "(?:it'?s|it is|the product is|our product is|we sell|we make|a|an|the|our|my)\\s+")) : null;
            case AUDIENCE -> words <= 16 ? cutAudience(stripLead(answer, "(?:it'?s for|it is for|mainly|mostly|for|aimed at|targeting|our audience is|the audience is|we target|people like)\\s+")) : null;
            case BENEFIT -> words >= 2 && words <= 25 ? stripLead(answer, "(?:the benefit is|the main benefit is|it|they|you|that it|that)\\s+") : null;
            default -> null;
        };
        if (value != null && !value.isBlank() && !isChoosePhrase(value) && !looksLikeQuestionOrGreeting(answer)) stated.put(asked.get(), value);
    }

    private static boolean looksLikeQuestionOrGreeting(String s) {
        return s.matches("(?i)^(?:hi|hello|hey|yo|good (?:morning|afternoon|evening)|thanks|thank you|what|how|why|who are you|can you|could you|is this)\\b.*")
                || s.endsWith("?");
    }

    // --- scenes -----------------------------------------------------------------------------------------

    /**
     * Scene ideas: numbered or bulleted lines in any message, or (while collecting scenes) lines, "then"
     * or semicolons; lines that only set the length or format, or that were labelled, are not scenes.
     */
    private List<String> sceneIdeas(String t, boolean atScenes, Map<BriefField, String> stated) {
        if (isDocument(t)) return List.of();
        boolean enumerated = countEnumerated(t) >= 2;
        if (!enumerated && !atScenes) return List.of();
        if (!enumerated && isChoosePhrase(t)) return List.of();
        List<String> ideas = new ArrayList<>();
        for (String part : SCENE_SPLIT.split(t)) {
            if (LABELLED.matcher(part).find()) continue;
            String idea = ENUMERATOR.matcher(part).replaceFirst("").replaceAll("^[,.:\\-]+|[,\\s]+$", "").strip();
            if (enumerated && !ENUMERATED.matcher(part).find()) continue;
            if (SETTINGS_ONLY.matcher(idea).matches() || idea.isEmpty()) continue;
            String withoutSettings = DURATION.matcher(ASPECT.matcher(idea).replaceAll("")).replaceAll("").strip();
            if (words(withoutSettings) < 3 || looksLikeQuestionOrGreeting(idea) || CORRECTION.matcher(idea).find()
                    || CHANGE.matcher(idea).find() || MUSIC_MORE.matcher(idea).find() || SCENE_CHANGE.matcher(idea).find()) continue;
            if (ideas.size() < 5) ideas.add(clip(idea, 300));
        }
        return ideas;
    }

    private static int countEnumerated(String t) {
        Matcher m = ENUMERATED.matcher(t);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static List<SceneChange> sceneChanges(String t) {
        List<SceneChange> out = new ArrayList<>();
        Matcher m = SCENE_CHANGE.matcher(t);
        while (m.find()) {
            if (m.group(1) != null) {
                String how = m.group(2).toLowerCase(Locale.ROOT);
                out.add(new SceneChange(Integer.parseInt(m.group(1)), how.equals("longer") || how.equals("slower") ? 1 : -1));
            } else {
                String how = m.group(3).toLowerCase(Locale.ROOT);
                out.add(new SceneChange(Integer.parseInt(m.group(4)), how.equals("lengthen") || how.equals("extend") ? 1 : -1));
            }
        }
        return out;
    }

    private static ConversationStage backTo(String t) {
        Matcher m = BACK_TO.matcher(t);
        if (!m.find()) return null;
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("brand")) return ConversationStage.COLLECT_BRAND_INFO;
        if (w.startsWith("product")) return ConversationStage.COLLECT_PRODUCT_INFO;
        if (w.startsWith("photo")) return ConversationStage.COLLECT_ASSETS;
        if (w.startsWith("scene")) return ConversationStage.COLLECT_SCENES;
        return ConversationStage.FINAL_REVIEW;
    }

    // --- long pastes --------------------------------------------------------------------------------------

    /** A brand document rather than a chat line: long, or several lines with headings. */
    static boolean isDocument(String t) {
        return t.length() > 900 || (t.lines().count() >= 6 && headings(t) >= 2);
    }

    private static int headings(String t) {
        int n = 0;
        for (String line : t.lines().toList()) if (section(line).isPresent()) n++;
        return n;
    }

    /**
     * Reads a brand document section by section: "About us" names the brand, "Our product" the product,
     * "Who we serve" the audience, "Voice and tone" and "Palette" the tone, "Promise" the benefit.
     */
    private void readDocument(String t, Map<BriefField, String> stated, Set<BriefField> corrected) {
        Map<BriefField, StringBuilder> sections = new LinkedHashMap<>();
        BriefField current = null;
        List<String> palette = new ArrayList<>();
        boolean inPalette = false;
        for (String line : t.lines().toList()) {
            Optional<BriefField> heading = section(line);
            if (heading.isPresent()) {
                current = heading.get();
                inPalette = line.toLowerCase(Locale.ROOT).matches(".*\\b(?:palette|colou?rs?)\\b.*");
                continue;
            }
            if (line.isBlank()) continue;
            if (inPalette) palette.add(line.replaceAll("(?i)#[0-9a-f]{3,6}|[-*•]", "").replaceAll("\\(.*?\\)", "").strip());
            else if (current != null) sections.computeIfAbsent(current, k -> new StringBuilder()).append(line.strip()).append('\n');
        }
        StringBuilder about = sections.get(BriefField.BRAND);
        if (about != null) {
            Matcher m = Pattern.compile("^(?:(?:At|Here at)\\s+)?" + NAME + "\\s+(?:is|are|was|makes|began|started|believes|exists|,)").matcher(about.toString().strip());
            if (m.find()) stated.put(BriefField.BRAND, cutClause(m.group(1)));
        }
        StringBuilder product = sections.get(BriefField.PRODUCT);
        if (product != null) {
            String p = product.toString().strip();
            Optional<String[]> named = named(p);
            Matcher lead = Pattern.compile("^(?:(?:The|Our)\\s+)?" + NAME + "\\s+(?:is|are|comes|brings|gives|helps|makes)\\b").matcher(p);
            String name = named.map(n -> n[0]).orElse(lead.find() ? lead.group(1) : null);
            if (name != null) stated.put(BriefField.PRODUCT, cutClause(name));
        }
        StringBuilder who = sections.get(BriefField.AUDIENCE);
        if (who != null) {
            String w = firstSentence(who.toString());
            Matcher m = Pattern.compile("(?i)(?:we serve|we're for|we are for|made for|built for|our customers are|our audience is|for|serve|is|are)\\s+([^.;:\\n]{3,100})").matcher(w);
            String audience = m.find() ? m.group(1) : w;
            stated.put(BriefField.AUDIENCE, cutAudience(audience.replaceFirst("(?i)^(?:mostly|mainly|primarily)\\s+", "")));
        }
        StringBuilder promise = sections.get(BriefField.BENEFIT);
        if (promise != null) stated.put(BriefField.BENEFIT, clip(firstSentence(promise.toString()), 160));
        StringBuilder tone = sections.get(BriefField.TONE);
        List<String> toneWords = new ArrayList<>();
        if (tone != null) toneWords.add(clip(firstSentence(tone.toString()), 140));
        if (!palette.isEmpty()) {
            toneWords.add("palette: " + String.join(", ", palette.stream().filter(s -> !s.isBlank()).limit(6)
                    .map(s -> s.replaceAll("[:–—-]\\s*$", "").replaceAll("\\s+[:–—-]\\s+.*$", "").strip()).toList()));
        }
        if (!toneWords.isEmpty()) stated.put(BriefField.TONE, clip(String.join("; ", toneWords), 290));
        stated.keySet().forEach(corrected::add);
    }

    private static Optional<BriefField> section(String line) {
        String l = line.strip().replaceAll("^#{1,6}\\s*|\\*\\*|:$", "").strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty() || l.length() > 40 || l.matches(".*[.!?,;]$") || l.split("\\s+").length > 5) return Optional.empty();
        if (l.matches("(?:about(?: us)?|who we are|our story|the company|company|brand|the brand|our brand|mission|our mission|introduction|overview)")) return Optional.of(BriefField.BRAND);
        if (l.matches("(?:our |the )?products?(?: overview| range| line)?|what we (?:make|sell)|the product|product specs?|flagship product|hero product")) return Optional.of(BriefField.PRODUCT);
        if (l.matches("(?:who we serve|our customers?|customers?|target (?:audience|market|customer)|audience|our audience|who it'?s for|personas?|who we make it for)")) return Optional.of(BriefField.AUDIENCE);
        if (l.matches("(?:our promise|promise|brand promise|key (?:benefit|message)|benefits?|value proposition|why us|why .{1,20}|tagline)")) return Optional.of(BriefField.BENEFIT);
        if (l.matches("(?:voice(?: (?:and|&) tone)?|tone(?: of voice| (?:and|&) voice)?|brand voice|personality|brand personality|look and feel|visual style|style|"
                + "palette|colou?r palette|colou?rs?|brand colou?rs?)")) return Optional.of(BriefField.TONE);
        if (l.matches("(?:dos and don'?ts|do'?s (?:and|&) don'?ts|faqs?|frequently asked questions|specs|specifications|contact|legal|notes|history|team|pricing|retail|distribution|sustainability|photography|logo|typography|fonts?)")) {
            return Optional.of(BriefField.SCENES); // a section read for nothing
        }
        return Optional.empty();
    }

    private static String firstSentence(String s) {
        String one = s.strip().split("(?<=[.!?])\\s+|\\n")[0];
        return one.replaceAll("[.!?]+$", "").strip();
    }

    // --- small helpers ------------------------------------------------------------------------------------

    private static Optional<String> lengthIn(String t) {
        Matcher m = DURATION.matcher(t);
        if (m.find()) return Optional.of(m.group(1));
        Matcher w = DURATION_WORDS.matcher(t);
        if (!w.find()) return Optional.empty();
        if (w.group(1) != null) return Optional.of(switch (w.group(1).toLowerCase(Locale.ROOT)) { case "fifteen" -> "15"; case "thirty" -> "30"; default -> "60"; });
        return Optional.of(w.group(2) != null ? "30" : "60");
    }

    private static Optional<String> aspectIn(String t) {
        Matcher m = ASPECT.matcher(t);
        if (m.find()) return Optional.of(m.group(1));
        if (VERTICAL.matcher(t).find()) return Optional.of("9:16");
        if (SQUARE.matcher(t).find()) return Optional.of("1:1");
        if (LANDSCAPE.matcher(t).find()) return Optional.of("16:9");
        return Optional.empty();
    }

    private static String musicWords(String s) {
        return s.replaceFirst("(?i)^(?:a\\s+(?:bit|little|lot)\\s+|much\\s+|more\\s+|something\\s+|some\\s+)+", "")
                .replaceFirst("(?i)\\s+(?:music|soundtrack|track|please|instead)\\b.*$", "").strip().toLowerCase(Locale.ROOT);
    }

    private static String opposite(String word) {
        return switch (word) {
            case "upbeat", "energetic", "intense", "loud", "fast", "dramatic" -> "calm";
            case "calm", "mellow", "quiet", "slow", "sad", "soft" -> "upbeat";
            default -> "not " + word;
        };
    }

    private static boolean looksLikeStyle(String s) {
        return !s.toLowerCase(Locale.ROOT).matches(".*\\b(?:i|we|you|it|they|the|a|an|our|my|this|that|product|brand)\\b.*") && words(s) <= 5;
    }

    private static String cutClause(String s) { return CLAUSE_END.matcher(s).replaceFirst("").strip(); }

    /** "Luna Cold Brew, not 'Voice is Calm'" -> "Luna Cold Brew". */
    private static String cutNotClause(String s) {
        return s.replaceFirst("(?i),?\\s+(?:not|instead of|rather than)\\s+.*$", "").replaceFirst("(?i)\\s+(?:please|thanks|thank you)[.!]*$", "").strip();
    }

    private static Optional<String> explicit(Pattern p, String t) {
        Matcher m = p.matcher(t);
        return m.find() ? Optional.ofNullable(m.group(1)).map(String::strip).filter(s -> !s.isBlank()) : Optional.empty();
    }

    private static String stripLead(String s, String lead) { return s.replaceFirst("(?i)^" + lead, "").strip(); }

    private static int words(String s) { return s.isBlank() ? 0 : s.strip().split("\\s+").length; }

    static String clean(String s) {
        if (s == null) return null;
        String c = s.replaceAll("\\s+", " ").replaceAll("^[\"'“”‘’*\\s]+|[\"'“”‘’*\\s.,;:!?]+$", "").strip();
        return c.isEmpty() ? null : clip(c, 200);
    }

    private static String clip(String s, int max) { return s.length() <= max ? s : s.substring(0, max).strip(); }
}
