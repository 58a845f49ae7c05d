package video.zapcut.studio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import video.zapcut.agents.Brief;
import video.zapcut.agents.BriefAnalyzer;
import video.zapcut.common.AspectRatio;
import video.zapcut.studio.Sentences.Sentence;

/**
 * The offline reader of chat messages: what one message says about the brief. A message is cut into
 * sentences and read in order of how plainly things are said, each part used up once read:
 * <ol>
 * <li>plain statements: labelled parts ("Brand: Harbor Coffee", "Mood: warm"), corrections ("no, the
 * product is X", "change the brand to X", "it's for students, not professionals"), hand-overs ("you
 * choose the scenes", "style, music, scenes - surprise me"), the benefit flagged as such ("the big
 * thing is ..."), music, tone, length and format;</li>
 * <li>what is left answers the question just asked ("Ironworks - we're a boxing gym": the brand
 * is "Ironworks"), so a settings line ("1:1", "make the music more upbeat") never answers it;</li>
 * <li>what is still left is read for facts said in passing ("... made for busy professionals",
 * "called Ledgerly Books").</li>
 * </ol>
 * A pasted brand document is read by {@link BriefDocument}. Nothing here changes the state:
 * {@link Orchestrator} and {@link BriefEdits} decide what to apply.
 */
final class BriefReader {

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

    // --- how answers start -----------------------------------------------------------------------

    /** "I'm Sam from Brightleaf": a person introducing the company they are from. */
    private static final Pattern PERSON_FROM = Pattern.compile("^(?i:i'?m|i\\s+am|this\\s+is|it'?s)\\s+\\p{Lu}\\p{L}+\\s+(?i:from|at|with|of)\\s+");

    /** What comes before a brand said as an answer: "we're", "I run", "our brand is", "a small brewery called". */
    private static final Pattern BRAND_LEAD = Pattern.compile("(?i)^(?:(?:so|and|well|yeah)\\s+)?(?:(?:we'?re|we\\s+are|it'?s|it\\s+is|this\\s+is|"
            + "i'?m\\s+from|i\\s+am\\s+from|i'?m\\s+with|i\\s+am\\s+with|i\\s+work\\s+(?:at|for)|i\\s+run|i\\s+own|"
            + "(?:(?:our|the|my)\\s+)?(?:brand|company|business|shop|store)(?:\\s+name)?(?:\\s+is|'s)|(?:our|the)\\s+name\\s+is|called|named|"
            + "(?:a|an|the)\\s+[^,.;]{0,50}?\\s+(?:called|named)|(?:our|my|the)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:is|'s)\\s+(?:called|named))\\s+)+");

    /** What comes before a product said as an answer: "it's", "this one is for the", "we'd like to advertise our". */
    private static final Pattern PRODUCT_LEAD = Pattern.compile("(?i)^(?:(?:so|and|well|yeah)\\s+)?(?:(?:it'?s|it\\s+is|this\\s+is|that'?s|called|named|"
            + "(?:the|our)\\s+product\\s+is|product\\s+is|this\\s+one(?:\\s+is|'s)\\s+for|the\\s+ad(?:\\s+is|'s)\\s+for|this\\s+ad(?:\\s+is|'s)\\s+for|"
            + "we\\s+sell|we\\s+make|we'?re\\s+selling|we\\s+offer|(?:we|i)(?:'d|\\s+would)\\s+like\\s+to\\s+(?:advertise|promote|push|feature|sell)|"
            + "(?:we|i)\\s+want\\s+to\\s+(?:advertise|promote|push|feature|sell)|let'?s\\s+(?:advertise|promote|push)|advertise|promote|push|"
            + "(?:we'?re\\s+|we\\s+are\\s+)?(?:introducing|launching|selling|promoting|advertising)|meet)\\s+)+");

    /** What comes before an audience said as an answer: "it's for", "aimed at", "mostly". */
    private static final Pattern AUDIENCE_LEAD = Pattern.compile("(?i)^(?:(?:it'?s|its|it\\s+is|this\\s+is|they'?re|they\\s+are)\\s+)?"
            + "(?:(?:for|aimed\\s+at|targeting|target|targeted\\s+at)\\s+|(?:mainly|mostly|primarily|especially|basically)\\s+|"
            + "(?:our|the)\\s+(?:target\\s+)?(?:audience|customers?|market)\\s+(?:is|are)\\s+|we\\s+target\\s+|people\\s+like\\s+)+");

    /** What comes before a benefit said as an answer: "the benefit is that", "basically". */
    private static final Pattern BENEFIT_LEAD = Pattern.compile("(?i)^(?:(?:the\\s+)?(?:main\\s+|key\\s+)?benefit\\s+is\\s+(?:that\\s+)?|basically\\s+|honestly\\s+|"
            + "that\\s+(?=(?:it|it's|you|you're|they|they're|we|we're|your)\\b))");

    // --- facts said in passing -------------------------------------------------------------------

    /** A proper name: up to five capitalised words, "&", "and" or "of" between them. */
    private static final String NAME = "(\\p{Lu}[\\p{L}0-9'&\\-]*(?:\\.(?=\\s))?(?:\\s+(?:(?:&|and|of|n')\\s+)?[\\p{Lu}0-9][\\p{L}0-9'&\\-]*){0,4})";

    /** A brand said in passing: "we're X", "I'm Sam from X", "we're a small brewery called X", "X here". */
    private static final List<Pattern> BRAND = List.of(
            Pattern.compile("(?i)\\b(?:brand|company|business|shop|store|label|studio|bakery|clinic|agency|cafe|café)(?:'s)?\\s+(?:name\\s+)?"
                    + "(?:is\\s+called|is\\s+named|called|named)\\s+([^.,;!?\\n]{2,50})"),
            Pattern.compile("\\b(?i:we\\s+are|we're|i\\s+am\\s+from|i'm\\s+from|i\\s+work\\s+at|i\\s+work\\s+for|i\\s+run|i\\s+own|i'm\\s+with|"
                    + "i\\s+am\\s+with|here\\s+at|brought\\s+to\\s+you\\s+by|founder\\s+of|owner\\s+of)\\s+" + NAME),
            Pattern.compile("\\b(?i:i'm|i\\s+am|this\\s+is|it's)\\s+\\p{Lu}\\p{L}+\\s+(?i:from|at|with)\\s+" + NAME),
            Pattern.compile("\\b(?i:i'm|i\\s+am|i\\s+work\\s+as)\\s+(?i:the|a|an)\\s+[^.,;!?\\n]{0,40}?\\s+(?i:at|for|with)\\s+" + NAME),
            Pattern.compile("\\b(?i:we're|we\\s+are|i\\s+run|i\\s+own|i\\s+have)\\s+(?i:a|an|the)\\s+[^.,;!?\\n]{0,50}?\\s+(?i:called|named)\\s+" + NAME),
            Pattern.compile("(?m)^" + NAME + "\\s+(?i:here)\\b"));

    /** A product named in passing: "called X", "introducing X", "it's X". */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?i:it'?s|it\\s+is|this\\s+is|that'?s|called|named|introducing|meet|presenting|launching|say\\s+hello\\s+to)\\s+"
            + "(?:(?i:the|our|a|an)\\s+)?(?:(?i:new)\\s+)?" + NAME);

    /** A product named as what the ad is for: "an ad for our X", "advertise our X", "the one we want to advertise is our X". */
    private static final Pattern PRODUCT_VERB = Pattern.compile(
            "\\b(?i:an?\\s+(?:ad|video|commercial|spot|campaign)\\s+(?:for|about)|advertise|advertising|promote|promoting|push|pushing|feature|"
            + "featuring|showcase|showcasing|selling)(?:\\s+(?i:is|are))?\\s+(?:(?i:the|our|my|a|an)\\s+)?(?:(?i:new)\\s+)?" + NAME);

    /** One or two lowercase words after a name, up to a comma or a clause: " candle" in "the Hearth candle, smoky cedar". */
    private static final Pattern KIND_WORDS = Pattern.compile("^((?:\\s+(?!(?:for|and|with|that|which|who|to|from|by|in|at|on|is|are|was|made|"
            + "designed|built|so|but|or|of|the|a|an|it|we|you|today|now|tomorrow|soon|again|too|also|here|there|everyone|please)\\b)\\p{Ll}[\\p{Ll}\\-]*){1,2})(?=\\s*(?:[,.;:!?\\n]|$|\\s(?:for|and|with|that|which|who|"
            + "made|designed|built|so|but|is|are)\\b))");

    /** What follows a name to describe it: ", an organic cold brew coffee made for ...". */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)^\\s*,?\\s*(?:which\\s+is\\s+|it'?s\\s+)?(an?\\s+[^.;!?\\n]{4,160})");

    private static final String WHO = "([^.;!?\\n]{3,120})";

    /** Who a product is for, said in passing; what follows must name people. */
    private static final List<Pattern> AUDIENCE_IN_PASSING = List.of(
            Pattern.compile("(?i)\\b(?:made|designed|built|crafted|created|perfect|ideal|great|aimed|targeted|tailored|meant|intended)\\s+(?:for|at)\\s+" + WHO),
            Pattern.compile("(?i)\\b(?:aimed\\s+at|targeting|we\\s+target|we\\s+serve|we\\s+sell\\s+to|loved\\s+by|popular\\s+with)\\s+" + WHO),
            Pattern.compile("(?i)\\bwe\\s+(?:sell|make|offer|bake|brew|build|design)\\s+[^.\\n]{2,60}?\\s+(?:to|for)\\s+" + WHO),
            Pattern.compile("(?i)\\bfor\\s+" + WHO));

    /** "a bold, playful look": style words in front of look, feel, vibe, tone, style or colours. */
    private static final Pattern STYLE_ADJ = Pattern.compile(
            "(?i)\\b((?:[\\p{L}\\-]+,?\\s+(?:and\\s+)?){0,3}[\\p{L}\\-]+)\\s+(?:feel|vibe|look|tone|style|aesthetic|colou?rs|visuals)\\b"
            + "(?!\\s+(?:is|should|to|like)\\b)");

    private final BriefAnalyzer analyzer = new BriefAnalyzer();

    // --- reading a message -----------------------------------------------------------------------

    Reading read(String text, String awaiting, boolean atScenes) { return read(text, awaiting, atScenes, Set.of()); }

    /**
     * @param awaiting the field the last question asked for (a short reply answers it), or null
     * @param atScenes true when the conversation is collecting scene ideas (lines read as scenes)
     * @param given    fields the user has already given (a hand-over of "everything" leaves them alone)
     */
    Reading read(String text, String awaiting, boolean atScenes, Set<BriefField> given) {
        String t = Sentences.normalize(text);
        MessageFacts f = new MessageFacts();
        boolean document = BriefDocument.isDocument(t);
        if (document) t = readDocument(t, f);
        String asked = document ? null : awaiting; // a document answers no question: its fields are read from its sections
        String[] lines = t.split("\n");
        Set<Integer> listed = SceneIdeas.listedScenes(lines);
        List<Sentence> sentences = PlainStatements.labelsAsked(Sentences.split(linesOtherThan(lines, listed)));

        for (Sentence s : sentences) PlainStatements.readPlainly(s, f);
        for (Sentence s : sentences) PlainStatements.handedOverWhole(s, asked, f);
        if (f.everything) PlainStatements.handOverTheRest(asked, given, f);
        List<String> ideas = !listed.isEmpty() ? SceneIdeas.listedIdeas(lines, listed)
                : atScenes && !document ? SceneIdeas.sceneLines(sentences) : List.of();
        if (ideas.isEmpty() && !f.labelledScenes.isEmpty()) ideas = f.labelledScenes.subList(0, Math.min(5, f.labelledScenes.size()));
        if (!ideas.isEmpty()) f.delegated.remove(BriefField.SCENES);
        answerAwaited(sentences, asked, f);
        inPassing(sentences, given, f);
        f.delegated.forEach(d -> {
            f.stated.remove(d);
            f.plain.remove(d);
        });
        if (f.description == null && f.stated.containsKey(BriefField.PRODUCT) && BriefWords.words(t) > 8) f.description = BriefWords.clip(t, 600);
        return reading(f, ideas, t);
    }

    /** Reads a brand document's sections into {@code f}; returns its covering note, the only part read as chat (settings, hand-overs). */
    private static String readDocument(String t, MessageFacts f) {
        BriefDocument.Read doc = BriefDocument.read(t);
        doc.fields().forEach(f::plain);
        f.description = doc.description();
        for (Sentence s : Sentences.split(doc.body())) {
            if (PlainStatements.LABELLED.matcher(s.text).find()) PlainStatements.labelled(s, f); // "Audience: ..." where no section said it
        }
        return doc.note();
    }

    private static String linesOtherThan(String[] lines, Set<Integer> skipped) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) if (!skipped.contains(i)) b.append(lines[i]).append('\n');
        return b.toString();
    }

    /** The reading as the orchestrator takes it: values cleaned, a "you choose" never stored as a value. */
    private static Reading reading(MessageFacts f, List<String> ideas, String t) {
        Map<BriefField, String> tidy = new LinkedHashMap<>();
        f.stated.forEach((k, v) -> {
            String c = k == BriefField.LENGTH || k == BriefField.FORMAT ? v : clean(v);
            if (c != null && !PlainStatements.isChoosePhrase(c)) tidy.put(k, c);
        });
        Set<BriefField> corrected = EnumSet.noneOf(BriefField.class);
        corrected.addAll(f.plain);
        corrected.retainAll(tidy.keySet());
        return new Reading(tidy, corrected, f.delegated, f.description == null ? null : BriefWords.clip(f.description.strip(), 600), ideas,
                PlainStatements.sceneChanges(t), PlainStatements.GO_BACK.matcher(t).find(), PlainStatements.backTo(t));
    }

    // --- the answer to the question asked --------------------------------------------------------

    /** More sentences than this left over and the message is not read as a short answer to the question asked. */
    private static final int MAX_ANSWER_SENTENCES = 6;

    /** What is left of the message answers the question just asked, if it has the shape of an answer. */
    private static void answerAwaited(List<Sentence> sentences, String awaiting, MessageFacts f) {
        Optional<BriefField> asked = awaiting == null ? Optional.empty() : BriefField.byKey(awaiting);
        if (asked.isEmpty() || !asked.get().required || f.has(asked.get())) return;
        List<Sentence> open = sentences.stream().filter(BriefReader::answerable).toList();
        // A long paste is not an answer in a few words: its facts are read where they are stated, never from its first lines.
        if (open.isEmpty() || open.size() > MAX_ANSWER_SENTENCES) return;
        List<Sentence> candidates = open.subList(0, Math.min(3, open.size()));
        switch (asked.get()) {
            case BRAND -> brandAnswer(candidates, f);
            case PRODUCT -> productAnswer(candidates, f);
            case AUDIENCE -> audienceAnswer(candidates.get(0), f);
            case BENEFIT -> benefitAnswer(candidates, f);
            default -> { }
        }
    }

    /** A sentence that can answer: not a greeting, a question, a header, a hedge or talk about the conversation. */
    private static boolean answerable(Sentence s) {
        if (s.used()) return false;
        String rest = BriefWords.stripGreeting(s.rest());
        return !rest.isEmpty() && !(BriefWords.isQuestion(s.text) && !tentativeName(rest)) && !s.text.strip().endsWith(":") && !BriefWords.META.matcher(rest).find()
                && !BriefWords.HEDGE.matcher(rest).find() && !PlainStatements.isChoosePhrase(rest);
    }

    /** "Nomad Notebooks?", "the Field Journal?": a name said with a question mark is still an answer. */
    private static boolean tentativeName(String rest) {
        String r = rest.replaceAll("[?\\s]+$", "");
        return !BriefWords.QUESTION_START.matcher(r).find() && BriefWords.looksLikeName(r) && (BriefWords.words(r) >= 2 || BriefWords.isProperName(r));
    }

    /** "Ironworks - we're a boxing gym", "hello! Inkwell Press here, ...", "we're redfox chilli sauce": the name in front. */
    private static void brandAnswer(List<Sentence> candidates, MessageFacts f) {
        Sentence s = candidates.get(0);
        String r = BriefWords.stripGreeting(s.rest());
        Matcher person = PERSON_FROM.matcher(r);
        Matcher lead = BRAND_LEAD.matcher(r);
        int from = person.find() ? person.end() : lead.find() ? lead.end() : 0;
        boolean led = from > 0;
        r = r.substring(from);
        String[] parts = BriefWords.splitAppositive(r);
        String name = PlainStatements.cutNotClause(BriefWords.cutClause(parts[0])).replaceFirst("(?i)\\s+here$", "").strip();
        name = BriefWords.withoutPlace(BriefWords.tidyAnswer(name));
        boolean alone = parts[1] == null && name.equals(BriefWords.tidyAnswer(r.replaceFirst("(?i)\\s+here$", "").strip())) && BriefWords.words(name) <= 5;
        // "we're hearth and crumb, a bakery" names it; "we're a HIIT studio" only says what it is
        boolean described = name.matches("(?i)(?:a|an)\\s.*") || !alone && name.matches("(?i:the)\\s+\\p{Ll}.*");
        boolean introduced = led && BriefWords.words(name) <= 4;
        if (BriefWords.looksLikeName(name) && !described && (alone || introduced || BriefWords.isProperName(name))) f.implied(BriefField.BRAND, name);
    }

    /**
     * "the Stride 5, a lightweight racing shoe", "fresh cat food. the Salmon & Rice Pot", "our new game,
     * Harbour Lights - a cooperative game": the proper name if there is one, else the first phrase; the
     * rest describes it.
     */
    private static void productAnswer(List<Sentence> candidates, MessageFacts f) {
        List<String> segments = new ArrayList<>();
        String chosen = null;
        int used = 0;
        for (Sentence s : candidates) {
            List<String> own = phrases(PRODUCT_LEAD.matcher(BriefWords.tidyAnswer(BriefWords.stripGreeting(s.rest()))).replaceFirst(""));
            segments.addAll(own);
            used++;
            chosen = own.stream().filter(BriefWords::isProperName).findFirst().orElse(null);
            if (chosen != null) break;
        }
        if (chosen == null) {
            used = 1;
            segments = phrases(PRODUCT_LEAD.matcher(BriefWords.tidyAnswer(BriefWords.stripGreeting(candidates.get(0).rest()))).replaceFirst(""));
            if (segments.isEmpty()) return;
            chosen = segments.get(0);
        }
        String name = calledName(PRODUCT_LEAD.matcher(chosen).replaceFirst(""));
        String bare = BriefWords.cutName(name).replaceFirst("(?i)\\s+(?:(?:made|designed|built)\\s+)?for\\s+.*$", "");
        if (BriefWords.words(name) > 10 || !BriefWords.looksLikeName(bare)) return;
        List<String> others = new ArrayList<>(segments);
        others.remove(chosen);
        PlainStatements.product(others.isEmpty() ? name : name + ", " + String.join(", ", others), f, false);
        others.forEach(o -> f.afterAnswer.append(o).append('\n'));
        candidates.subList(0, used).forEach(Sentence::consumeAll);
    }

    /** A phrase cut at its appositives: "Harbour Lights - a cooperative game" -> ["Harbour Lights", "a cooperative game"]. */
    private static List<String> phrases(String s) {
        List<String> out = new ArrayList<>();
        String rest = s;
        while (rest != null && !rest.isBlank()) {
            String[] parts = BriefWords.splitAppositive(rest);
            if (!parts[0].isBlank()) out.add(parts[0]);
            rest = parts[1];
        }
        return out;
    }

    /** "a liquid blush called Peach Pop" -> "Peach Pop": the name a phrase gives. */
    private static String calledName(String s) {
        Matcher m = Pattern.compile("(?i)^.*?\\b(?:called|named)\\s+(?=\\S)").matcher(s);
        return m.find() && BriefWords.isProperName(s.substring(m.end())) ? s.substring(m.end()) : s;
    }

    private static void audienceAnswer(Sentence s, MessageFacts f) {
        String r = BriefWords.tidyAnswer(AUDIENCE_LEAD.matcher(BriefWords.stripGreeting(s.rest())).replaceFirst(""));
        String who = BriefWords.cutAudience(r);
        if (BriefWords.words(who) <= 20) {
            f.implied(BriefField.AUDIENCE, who);
            s.consumeAll();
        }
    }

    private static void benefitAnswer(List<Sentence> candidates, MessageFacts f) {
        List<String> parts = new ArrayList<>();
        for (Sentence s : candidates) parts.add(BriefWords.tidyAnswer(BENEFIT_LEAD.matcher(BriefWords.stripGreeting(s.rest())).replaceFirst("")));
        String all = String.join(". ", parts);
        String benefit = BriefWords.words(all) <= 30 ? all : parts.get(0);
        if (BriefWords.words(benefit) < 2 || BriefWords.words(benefit) > 30) return;
        f.implied(BriefField.BENEFIT, benefit);
        candidates.forEach(Sentence::consumeAll);
    }

    // --- facts said in passing -------------------------------------------------------------------

    /**
     * What is still unread, read for the fields nothing has said yet. An audience, benefit or tone said in
     * passing ("add a scene for the kids") never replaces one the user gave; brand and product follow
     * {@link BriefEdits}' rules.
     */
    private void inPassing(List<Sentence> sentences, Set<BriefField> given, MessageFacts f) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : sentences) if (!s.used()) b.append(s.rest()).append('\n');
        String rest = b.toString();
        String withAnswer = rest + f.afterAnswer; // what an answer's name was followed by: its audience and benefit count
        if (withAnswer.isBlank()) return;
        if (!f.has(BriefField.BRAND)) brandInPassing(rest).ifPresent(v -> f.implied(BriefField.BRAND, v));
        if (!f.has(BriefField.PRODUCT)) productInPassing(rest, f.stated.get(BriefField.BRAND), f);
        if (!f.has(BriefField.AUDIENCE) && !given.contains(BriefField.AUDIENCE)) audienceInPassing(withAnswer).ifPresent(v -> f.implied(BriefField.AUDIENCE, v));
        if (!f.has(BriefField.BENEFIT) && !given.contains(BriefField.BENEFIT)) {
            String benefit = analyzer.analyze(new Brief(withAnswer, null, null, 30, AspectRatio.LANDSCAPE, List.of())).benefit();
            if (!BriefAnalyzer.DEFAULT_BENEFIT.equals(benefit)) f.implied(BriefField.BENEFIT, benefit);
        }
        if (!f.has(BriefField.TONE) && !given.contains(BriefField.TONE)) {
            Matcher m = STYLE_ADJ.matcher(rest);
            while (m.find()) {
                String style = BriefWords.styleTail(m.group(1));
                if (!style.isEmpty()) {
                    f.implied(BriefField.TONE, style);
                    break;
                }
            }
        }
    }

    private static Optional<String> brandInPassing(String t) {
        for (Pattern p : BRAND) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                String name = BriefWords.withoutPlace(BriefWords.cutClause(m.group(1).strip()).replaceAll("[.]+$", ""));
                if (BriefWords.looksLikeName(name) && !name.matches("(?i)(?:the|a|an|our|my|here|this|it|I)")) return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** "called Ledgerly Books", "Introducing Harbor Cold Brew, ...", "an ad for our Studio Pass": a proper name only. */
    private static void productInPassing(String t, String brand, MessageFacts f) {
        for (Pattern p : List.of(NAMED, PRODUCT_VERB)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                String name = BriefWords.cutName(m.group(1)).replaceAll("[.]+$", "");
                String after = t.substring(m.end());
                if (after.matches("(?is)^\\s+(?:from|at|here|with)\\b.*") || !BriefWords.looksLikeName(name)
                        || name.matches("(?i)(?:I|We|It|This|That|Hi|Hello)") || sameName(name, brand)) {
                    continue;
                }
                Matcher kind = KIND_WORDS.matcher(after); // "the Hearth candle, smoky cedar": the name keeps what it is
                if (kind.find() && name.equals(m.group(1))) {
                    name = name + kind.group(1);
                    after = after.substring(kind.end());
                }
                f.implied(BriefField.PRODUCT, name);
                Matcher d = DESCRIBED.matcher(after);
                if (d.find()) f.description = name + ", " + d.group(1).strip();
                return;
            }
        }
    }

    /** The same name, whatever its case or the punctuation around it ("Suds & Pups." is "Suds & Pups"). */
    private static boolean sameName(String a, String b) {
        return a != null && b != null && clean(a) != null && clean(a).equalsIgnoreCase(clean(b));
    }

    /** An audience said in passing ("made for busy professionals", "we sell cold brew to nurses", "for surfers"): people only. */
    static Optional<String> audienceInPassing(String t) {
        for (Pattern p : AUDIENCE_IN_PASSING) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                String who = BriefWords.tidyAnswer(BriefWords.cutAudience(m.group(1)).replaceFirst("(?i)\\s+(?:that|which)\\s+.*$", ""));
                if (BriefWords.looksLikePeople(who) && !who.matches("(?i)(?:you|me|us|them|everyone|it)")) return Optional.of(who);
            }
        }
        return Optional.empty();
    }

    /** A value as stored: one line, no quotes or trailing punctuation, at most 200 characters. */
    static String clean(String s) {
        if (s == null) return null;
        String c = s.replace(Sentences.CUT, ' ').replaceAll("\\s+", " ").replaceAll("^[\"'“”‘’*\\s]+|[\"'“”‘’*\\s.,;:!?]+$", "").strip();
        return c.isEmpty() ? null : BriefWords.clip(c, 200);
    }
}
