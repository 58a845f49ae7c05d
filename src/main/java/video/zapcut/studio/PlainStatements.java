package video.zapcut.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import video.zapcut.studio.Sentences.Sentence;

/**
 * What a sentence says plainly, read before anything else and used up as it is read: labelled parts
 * ("Brand: Harbor Coffee", "Mood: warm"), field statements and changes ("no, the product is X", "change the
 * brand to X", "it's for students, not professionals"), hand-overs ("you choose the scenes", "style, music,
 * scenes - surprise me"), the benefit flagged as the thing to remember ("the big thing is ..."), music,
 * tone, length and format ("make it 15 seconds, vertical"), and moves in the conversation ("go back a
 * step", "make scene 3 shorter").
 */
final class PlainStatements {
    private PlainStatements() {}

    // --- labels, field statements and changes ----------------------------------------------------

    /** The words a field is labelled with. */
    private static final String LABEL_WORDS = "brand(?:\\s+name)?|company(?:\\s+name)?|business(?:\\s+name)?|product(?:\\s+name)?|"
            + "target\\s+audience|audience|target\\s+market|target\\s+customers?|customers?|who\\s+it'?s\\s+for|key\\s+benefit|main\\s+benefit|"
            + "benefit|key\\s+message|message|promise|usp|(?:main\\s+|key\\s+|unique\\s+)?selling\\s+point|value\\s+prop(?:osition)?|tagline|"
            + "tone\\s+words|tone(?:\\s+of\\s+voice)?|voice(?:\\s+(?:and|&)\\s+tone)?|style|look(?:\\s+(?:and|&)\\s+feel)?|vibe|mood|"
            + "creative\\s+direction|music(?:\\s+mood)?|soundtrack|length|duration|format|aspect(?:\\s+ratio)?|scene\\s+ideas|scenes?|storyboard";

    /** "Brand: Harbor", "- **Product:** X", "The benefit: X", "scenes - you pick": a label at the start of a sentence. */
    static final Pattern LABELLED = Pattern.compile("(?i)^\\s*(?:(?:[-*•]|\\d{1,2}[.)])\\s*)?(?:\\*\\*)?(?:(?:the|our|my|your)\\s+)?(" + LABEL_WORDS
            + ")(?:\\*\\*)?\\s*(?:[:=]|\\s[–—-](?=\\s))\\s*(.*)$");

    /** "the product is X", "our new product is X", "no, the brand is Y", "Brand is T and the product is D": where a field's value starts. */
    private static final Pattern FIELD_IS = Pattern.compile(
            "(?i)(?:^|[,;]\\s*|\\b(?:and|no|nope|actually|sorry|wait|oops|correction|i\\s+meant)[,.!:]?\\s+)"
            + "(?:the\\s+|our\\s+|my\\s+|its\\s+)?(?:(?:new|latest|main|flagship|hero|first)\\s+)?"
            + "(brand(?:\\s+name)?|company(?:\\s+name)?|product(?:\\s+name)?|target\\s+audience|audience|"
            + "key\\s+benefit|main\\s+benefit|benefit|key\\s+message)"
            + "\\s+(?:is|are|should\\s+be|will\\s+be|'s)\\s+(?:actually\\s+|called\\s+|named\\s+)?");

    /** "Main benefit?" followed by its answer. */
    private static final Pattern LABEL_ASKED = Pattern.compile("(?i)^(?:(?:the|our|your|my|and|so|oh)\\s+)*(" + LABEL_WORDS + ")\\s*\\?$");

    /** "change the brand to X", "set the tone to cinematic". */
    private static final Pattern CHANGE = Pattern.compile(
            "(?i)\\b(?:change|set|switch|update|rename|make)\\s+(?:the\\s+|our\\s+|my\\s+)?(brand(?:\\s+name)?|company(?:\\s+name)?|"
            + "product(?:\\s+name)?|target\\s+audience|audience|key\\s+benefit|benefit|key\\s+message|tone|style|music(?:\\s+mood)?)"
            + "\\s+(?:to|into|as|be)\\s+(.+)$");

    /** "it's for students, not professionals". */
    private static final Pattern AUDIENCE_NOT = Pattern.compile(
            "(?i)\\b(?:actually\\s+)?(?:it'?s|it\\s+is|this\\s+is|the\\s+ad\\s+is|it'?s\\s+really|we'?re\\s+targeting|we\\s+target|target)"
            + "\\s+(?:for\\s+|aimed\\s+at\\s+|targeting\\s+)?([^,.;!?\\n]{3,80}?),?\\s+not\\s+([^.;!?\\n]{3,80})");

    // --- benefit, music, tone and settings -------------------------------------------------------

    /** The benefit flagged as the thing to remember: "the big thing is ...", "Honestly the main thing is ...". */
    private static final List<Pattern> BENEFIT_CUES = List.of(
            Pattern.compile("(?i)(?:^|,\\s*|\\b(?:and|but|so)\\s+)(?:(?:honestly|basically|really|so|and|but|ok)[,\\s]+)*(?:the\\s+|our\\s+|my\\s+)?"
                    + "(?:main|big|biggest|key|one|number\\s+one|most\\s+important|core|real|whole|only)\\s+(?:thing|point|benefit|selling\\s+point|"
                    + "message|promise|idea|draw|reason|takeaway)(?:\\s+(?:we|i|you|people|customers|they|to|for|about)\\b[^:.!?]{0,60}?)?\\s*(?:is|was|:|=)"
                    + "\\s*:?\\s*(?:that\\s+)?(.{3,})$"),
            Pattern.compile("(?i)\\b(?:people|customers|everyone|they)\\s+should\\s+(?:remember|know|take\\s+away)(?:\\s+that)?\\s*:?\\s+(.{3,})$"),
            Pattern.compile("(?i)\\bwhat\\s+makes\\s+(?:it|us|them)\\s+(?:special|different|better)\\s+is\\s+(?:that\\s+)?(.{3,})$"));

    /** "make the music more upbeat", "can the music be less dramatic?". */
    private static final Pattern MUSIC_MORE = Pattern.compile(
            "(?i)\\b(?:make\\s+)?(?:the\\s+)?music\\b[^.!?\\n]{0,30}?\\b(?:be|sound|feel|is|to)?\\s*(?:a\\s+(?:bit|little|lot)\\s+|much\\s+|way\\s+)?"
            + "(more|less)\\s+([\\p{L}\\-]+)");

    /** "the music should be mellow acoustic", "Music wise I'm thinking lo-fi chill beats". */
    private static final Pattern MUSIC_STATED = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:music|soundtrack)(?:\\s+mood)?(?:\\s*-?\\s*wise)?,?\\s*(?:should\\s+be|could\\s+be|must\\s+be|needs\\s+to\\s+be|"
            + "to\\s+be|will\\s+be|be|is|:|feels?|sounds?|i'?m\\s+thinking|i\\s+think|we'?re\\s+thinking|maybe|something|like)\\s+([^.;!?\\n]{2,60})");

    /** Moods music is described by. */
    private static final String MOODS = "upbeat|calm|chill|energetic|mellow|gentle|dreamy|epic|playful|dramatic|happy|uplifting|jazzy|acoustic|"
            + "lo-?fi|ambient|cinematic|funky|soft|relaxed|relaxing|driving|bouncy|moody|warm|quiet|electronic|piano|orchestral|guitar";

    /** "gentle acoustic music", "lo-fi chill beats". */
    private static final Pattern MUSIC_ADJ = Pattern.compile("(?i)\\b((?:" + MOODS + ")(?:[ ,]+(?:and\\s+)?(?:" + MOODS + ")){0,2})\\s+"
            + "(?:music|soundtrack|track|beats?|tunes?)\\b");

    /** "music upbeat", "music - calm piano": a mood named right after the word. */
    private static final Pattern MUSIC_BARE = Pattern.compile("(?i)\\b(?:music|soundtrack)\\s*[-–—]?\\s*((?:" + MOODS + ")(?:[ ,]+(?:and\\s+)?(?:" + MOODS
            + ")){0,2})\\b");

    /** "the look should be gritty and high-energy", "Voice is calm, warm, never pushy". */
    private static final Pattern TONE_STATED = Pattern.compile(
            "(?i)\\b(?:(?:the|our|its|overall)\\s+)*(?:look(?:\\s+(?:and|&)\\s+feel)?|feel|vibe|tone(?:\\s+of\\s+voice)?|style|voice|aesthetic|mood|"
            + "visuals?|creative\\s+direction)\\s+(?:should\\s+be|must\\s+be|needs\\s+to\\s+be|will\\s+be|to\\s+be|is|are|:)\\s+(.{2,160})$");

    /** "make it feel soft and golden", "we want it to look premium". */
    private static final Pattern TONE_MAKE = Pattern.compile(
            "(?i)\\b(?:(?:make|keep)\\s+(?:it|the\\s+ad|the\\s+video|everything)\\s+(?:feel|look)(?:ing)?|(?:i|we)\\s*(?:want|'d\\s+like|would\\s+like)"
            + "\\s+(?:it|the\\s+ad|the\\s+video)\\s+to\\s+(?:feel|look))\\s+(.{2,160})$");

    /** "keep it minimal and calm": read after the settings, so "make it vertical" is a format. */
    private static final Pattern MAKE_IT = Pattern.compile("(?i)\\b(?:make|keep)\\s+(?:it|the\\s+ad|the\\s+video|everything)\\s+([^\\uE000,;]{2,60})$");

    /** A length said any way: "15 seconds", "30s", "a 60 second ad", "half a minute", "a minute long"; not "in their 30s". */
    static final Pattern LENGTH = Pattern.compile("(?i)(?:\\b(?:make|keep|cut)\\s+it\\s+)?(?:\\b(?:a|an)\\s+)?"
            + "(?:(?<!\\b(?:their|our|your|his|her|the|early|late|mid)\\s)\\b(15|30|60)\\s*-?\\s*(?:s|sec|secs|second|seconds)\\b"
            + "|\\b(fifteen|thirty|sixty)[\\s-]*seconds?\\b|\\b(half\\s+a\\s+minute)\\b|(?<!\\bin\\s)(?<!\\bwithin\\s)(?<!\\bevery\\s)\\b((?:a|one|1)[\\s-]*min(?:ute)?)\\b)"
            + "(?:\\s+(?:long|max|total|spot|ad|video|cut|version))?\\.?");

    /** A format said any way: "9:16", "vertical", "square please", "landscape for youtube", "for reels", "tiktok format". */
    static final Pattern FORMAT = Pattern.compile("(?i)(?:\\b(?:make|keep|do)\\s+it\\s+)?(?:\\b(?:in|as)\\s+)?"
            + "(?:\\b(16[:x]9|9[:x]16|1[:x]1|4[:x]5)\\b|\\b(vertical|portrait|square|landscape|widescreen|wide\\s+screen|horizontal)\\b"
            + "|\\b(?:for|on)\\s+(?:the\\s+)?(?:(?:instagram|insta|ig)\\s+)?(stories|story|reels?|tiktok|youtube\\s+shorts|shorts|youtube|feed)\\b"
            + "|\\b(tiktok|reels?|instagram\\s+stories|youtube\\s+shorts|youtube)\\b)"
            + "(?:\\s+(?:format|video|ad|version|ratio|aspect\\s+ratio|pre-?roll|feed))*");

    /** "It's for freelancers and remote workers who ...". */
    private static final Pattern AUDIENCE_STATEMENT = Pattern.compile(
            "(?i)\\b(?:it'?s|its|it\\s+is|this\\s+is|this\\s+one\\s+is|the\\s+ad\\s+is|they'?re|we'?re)\\s+(?:mainly\\s+|mostly\\s+|really\\s+|"
            + "primarily\\s+)?(?:for|aimed\\s+at|targeted\\s+at|targeting)\\s+([^.;!?\\n]{3,120})");

    // --- hand-overs ------------------------------------------------------------------------------

    /** The words of handing a choice to Zapcut. */
    private static final String HAND_OVER = "(?:(?:you|u|zapcut)\\s+(?:can\\s+|could\\s+|should\\s+|may\\s+|get\\s+to\\s+)?(?:choose|decide|pick|write|"
            + "come\\s+up\\s+with|suggest|do|handle|sort)|up\\s+to\\s+you|surprise\\s+me|your\\s+call|you'?re\\s+the\\s+(?:expert|pro)|"
            + "dealer'?s\\s+choice|whatever\\s+you\\s+(?:think|like|want)|(?:i'?ll\\s+)?leave\\s+it\\s+(?:up\\s+)?to\\s+you|no\\s+preference)";

    /** The fields that can be handed over, as people name them. */
    private static final String DELEGABLE = "(?:target\\s+audience|audience|key\\s+benefit|main\\s+benefit|benefit|tone|style|look|vibe|music|"
            + "soundtrack|scene\\s+ideas|scenes?|storyboard|shots)";

    private static final String FIELD_LIST = "((?:the\\s+)?" + DELEGABLE + "(?:\\s*(?:,|&|/|\\band\\b)\\s*(?:the\\s+)?" + DELEGABLE + ")*)";

    private static final String HAND_OVER_TAIL = "(?:\\s+(?:on|with|for)\\s+(?:all\\s+of\\s+(?:it|them)|everything|it\\s+all|both|them|those|these))?"
            + "(?:[\\s,]+(?:you'?re\\s+the\\s+(?:expert|pro)|please|thanks|i\\s+trust\\s+you))*";

    /** "style, music, scenes - surprise me on all of it", "scenes you choose", "audience: up to you". */
    private static final Pattern FIELDS_HANDED_OVER = Pattern.compile("(?i)\\b" + FIELD_LIST + "\\s*(?:[-:–—,]+\\s*|\\s+)(?:(?:are|is)\\s+)?"
            + "(?:all\\s+|both\\s+)?" + HAND_OVER + HAND_OVER_TAIL);

    /** "I'll leave the scenes to you". */
    private static final Pattern LEAVE_FIELDS = Pattern.compile("(?i)\\b(?:i'?ll\\s+|i\\s+will\\s+|we'?ll\\s+)?leave\\s+" + FIELD_LIST
            + "\\s+(?:up\\s+)?to\\s+you" + HAND_OVER_TAIL);

    /** "please write the scenes yourself", "pick the music for me". */
    private static final Pattern FIELDS_YOURSELF = Pattern.compile("(?i)\\b(?:please\\s+)?(?:write|do|pick|choose|come\\s+up\\s+with)\\s+"
            + "(?:the\\s+)?" + FIELD_LIST + "\\s+(?:yourself|yourselves|for\\s+me|for\\s+us)\\b" + HAND_OVER_TAIL);
    /** "you choose the scenes", "surprise me with the music", "u pick the scenes", "you write the storyboard". */
    private static final Pattern HANDED_OVER_FIELDS = Pattern.compile("(?i)(?<!\\b(?:so|lets|let|helps|help|where|when|if|can)\\s)\\b" + HAND_OVER + "\\s+(?:with\\s+|on\\s+|for\\s+)?"
            + "(?:the\\s+|a\\s+|an\\s+|some\\s+)?" + FIELD_LIST + "\\b" + HAND_OVER_TAIL);

    /** "I have no scene ideas honestly". */
    private static final Pattern NO_SCENE_IDEAS = Pattern.compile("(?i)\\b(?:i\\s+have\\s+|i'?ve\\s+got\\s+|we\\s+have\\s+)?(?:don'?t\\s+have\\s+"
            + "(?:any\\s+)?|haven'?t\\s+got\\s+(?:any\\s+)?|no\\s+)(?:scene\\s+ideas?|ideas?\\s+for\\s+(?:the\\s+)?scenes?)(?:\\s+(?:honestly|really|tbh|yet))?");

    /** "surprise me on everything", "you choose the rest": every field the user has not given. */
    private static final Pattern EVERYTHING = Pattern.compile("(?i)\\b(?:surprise\\s+me|(?:you|u)\\s+(?:choose|decide|pick|do))\\s+(?:on\\s+|with\\s+|for\\s+)?"
            + "(?:everything|all\\s+of\\s+it|it\\s+all|the\\s+rest|all\\s+the\\s+rest)\\b");

    /** A whole sentence that hands the question over: "you choose", "hmm, not sure. you pick", "up to you". */
    private static final Pattern CHOOSE_WHOLE = Pattern.compile(
            "(?i)^\\s*(?:(?:hmm+|honestly|ok(?:ay)?|no idea|not sure|i'?m not sure|ugh|um+|idk|dunno|tbh|well|so|now|then|just)[,.]?\\s+)*"
            + "(?:surprise me|up to you|you choose|you decide|you pick|u choose|u pick|u decide|your call|dealer'?s choice|whatever you think|"
            + "whatever you think is best|whatever works|whatever you like|anything(?: works| is fine)?|no preference|no ideas?|i don'?t (?:know|mind|care)|dunno|idk|not sure|"
            + "(?:please\\s+)?(?:you|zapcut)\\s+(?:can\\s+)?(?:choose|decide|pick|write (?:it|them|the storyboard)|come up with (?:it|them|something))|"
            + "(?:can|could|would|will)\\s+you\\s+(?:just\\s+)?(?:choose|decide|pick)(?:\\s+(?:for me|one|something))?|"
            + "(?:just\\s+)?pick (?:something|one|for me)|(?:i'?ll\\s+)?leave it (?:to|up to) you|you'?re the (?:expert|pro)|"
            + "go ahead|skip|none|no|nope|nothing|let'?s go|sounds good|looks good|fine|sure)"
            + "(?:[\\s,.!]+(?:please|thanks|thank you|you'?re the expert|you'?re the pro|surprise me|go for it|i trust you|then|now|too|tbh))*[\\s.!?]*$");

    // --- moves in the conversation ---------------------------------------------------------------

    /** "make scene 3 shorter", "shorten scene 2". */
    private static final Pattern SCENE_CHANGE = Pattern.compile(
            "(?i)\\b(?:make\\s+|keep\\s+|have\\s+)?scene\\s*(?:#|no\\.?\\s*)?([1-5])\\s+(?:a\\s+(?:bit|little|lot)\\s+|much\\s+)?(shorter|longer|quicker|faster|slower)"
            + "|\\b(shorten|lengthen|extend|trim|cut down|speed up)\\s+scene\\s*(?:#|no\\.?\\s*)?([1-5])");

    static final Pattern GO_BACK = Pattern.compile(
            "(?i)\\b(?:go|step|take (?:me|us)|move)\\s+back(?:\\s+a\\s+step|\\s+one\\s+step)?\\b|\\bprevious step\\b|\\bback a step\\b|\\bstep back\\b");

    /** "take me back to the product". */
    private static final Pattern BACK_TO = Pattern.compile(
            "(?i)\\b(?:go|take (?:me|us)|get)\\s+back\\s+to\\s+(?:the\\s+)?(brand|product|photos?|scenes?|scene ideas|review)");

    // --- reading a sentence ----------------------------------------------------------------------

    /** "Main benefit? Full flavour at 0.5%.": a label asked and answered by the next sentence reads as "Main benefit: ...". */
    static List<Sentence> labelsAsked(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences);
        for (int i = 0; i + 1 < out.size(); i++) {
            Matcher m = LABEL_ASKED.matcher(out.get(i).text);
            if (!m.matches()) continue;
            Sentence answer = out.get(i + 1);
            out.set(i + 1, new Sentence(m.group(1) + ": " + answer.text, answer.line));
            out.get(i).consumeAll();
        }
        return out;
    }

    /** True when a whole message hands the question to Zapcut ("you choose", "surprise me", "skip"). */
    static boolean isChoosePhrase(String text) { return CHOOSE_WHOLE.matcher(text).matches(); }

    /** Everything a sentence says plainly, each part used up as it is read. */
    static void readPlainly(Sentence s, MessageFacts f) {
        String w = s.text.toLowerCase(Locale.ROOT);
        if (mentions(w, ":", "=", " - ", " – ", " — ") && LABELLED.matcher(s.left()).find()) {
            labelled(s, f);
            return;
        }
        if (mentions(w, "back")) {
            consumeAll(s, GO_BACK);
            consumeAll(s, BACK_TO);
        }
        if (mentions(w, "scene")) consumeAll(s, SCENE_CHANGE);
        if (mentions(w, "you", "u ", "surprise", "idea", "preference", "zapcut", "for me", "for us")) handOvers(s, f);
        if (mentions(w, "brand", "company", "product", "audience", "benefit", "message", "change", "set", "switch", "update", "rename",
                "make", " not ")) {
            corrections(s, f);
        }
        if (mentions(w, "thing", "point", "benefit", "message", "promise", "idea", "draw", "reason", "takeaway", "remember", "know",
                "special", "different", "better")) {
            benefitCue(s, f);
        }
        if (mentions(w, "music", "soundtrack", "beat", "track", "tune")) music(s, f);
        if (mentions(w, "look", "feel", "vibe", "tone", "style", "voice", "aesthetic", "mood", "visual", "creative")) tone(s, f);
        settings(s, w, f);
        if (mentions(w, "for", "aimed", "target")) audienceStatement(s, f);
        if (s.hadSetting) styleBesideSettings(s, f);
        if (mentions(w, "make", "keep")) makeItStyle(s, f);
    }

    /** A cheap look for the words a pattern needs before it is run: a 20,000-character paste stays fast. */
    private static boolean mentions(String lower, String... words) {
        for (String word : words) if (lower.contains(word)) return true;
        return false;
    }

    static void labelled(Sentence s, MessageFacts f) {
        Matcher m = LABELLED.matcher(s.left());
        if (!m.find()) return;
        s.consumeAll();
        Optional<BriefField> field = field(m.group(1));
        String value = m.group(2).replaceFirst("^[*\\s]+", "").strip().replaceAll("[.]+$", "").strip();
        if (field.isEmpty() || value.isEmpty()) return; // "Scenes:" over a list
        BriefField k = field.get();
        if (isChoosePhrase(value)) {
            if (k.delegable) f.delegated.add(k);
            return;
        }
        switch (k) {
            case LENGTH -> lengthIn(value).ifPresent(v -> f.plain(k, v));
            case FORMAT -> aspectIn(value).ifPresent(v -> f.plain(k, v));
            case MUSIC -> f.plain(k, musicWords(value));
            case SCENES -> f.labelledScenes.addAll(SceneIdeas.inlineScenes(value));
            case BRAND -> f.plain(k, BriefWords.splitAppositive(cutNotClause(value))[0]);
            case PRODUCT -> product(value, f, true);
            default -> f.plain(k, value);
        }
    }

    /** "cold brew for busy people": who a product is for, said right after its name. */
    private static final Pattern FOR_WHOM = Pattern.compile("(?i)\\s+(?:(?:made|designed|built)\\s+)?for\\s+(.+)$");

    /** A product said with its description: "Metro Pass, unlimited rides for a month"; "for hikers who ..." in it is the audience. */
    static void product(String value, MessageFacts f, boolean plainly) {
        String[] parts = BriefWords.splitAppositive(cutNotClause(value));
        String name = BriefWords.cutName(parts[0]);
        Matcher forWhom = FOR_WHOM.matcher(name);
        if (forWhom.find() && BriefWords.looksLikePeople(forWhom.group(1))) {
            f.implied(BriefField.AUDIENCE, BriefWords.cutAudience(forWhom.group(1)));
            name = name.substring(0, forWhom.start()).strip();
        }
        if (plainly) f.plain(BriefField.PRODUCT, name);
        else f.implied(BriefField.PRODUCT, name);
        if (parts[1] != null) {
            f.description = name + ", " + parts[1];
            BriefReader.audienceInPassing(parts[1]).ifPresent(a -> f.implied(BriefField.AUDIENCE, a));
        }
    }

    /** Hand-overs that name their fields: "you choose the scenes", "style, music, scenes - surprise me", "no scene ideas". */
    private static void handOvers(Sentence s, MessageFacts f) {
        for (Pattern p : List.of(FIELDS_HANDED_OVER, HANDED_OVER_FIELDS, LEAVE_FIELDS, FIELDS_YOURSELF)) {
            Matcher m = p.matcher(s.left());
            while (m.find()) {
                for (String word : m.group(1).split("\\s*(?:,|&|/|\\band\\b)\\s*")) {
                    field(word.replaceFirst("(?i)^the\\s+", "")).filter(k -> k.delegable).ifPresent(f.delegated::add);
                }
                s.consume(m.start(), m.end());
                m = p.matcher(s.left());
            }
        }
        Matcher none = NO_SCENE_IDEAS.matcher(s.left());
        if (none.find()) {
            f.delegated.add(BriefField.SCENES);
            s.consume(none.start(), none.end());
        }
        Matcher all = EVERYTHING.matcher(s.left());
        if (all.find()) {
            f.everything = true;
            s.consume(all.start(), all.end());
        }
    }

    /** Fields said outright ("the product is X", "change the brand to Y", "it's for students, not professionals"). */
    private static void corrections(Sentence s, MessageFacts f) {
        fieldStatements(s, f);
        Matcher c = CHANGE.matcher(s.left());
        if (c.find()) {
            Optional<BriefField> k = field(c.group(1));
            if (k.isPresent() && stated(k.get(), c.group(2), f)) s.consume(c.start(), c.end());
        }
        Matcher a = AUDIENCE_NOT.matcher(s.left());
        if (a.find()) {
            String who = a.group(1).strip().replaceFirst("(?i)^(?:for|aimed at|targeting)\\s+", "");
            if (!who.matches("(?i)(?:a|an|the)?\\s*(?:product|brand|company|video|ad)\\b.*")) {
                f.plain(BriefField.AUDIENCE, who);
                s.consume(a.start(), a.end());
            }
        }
    }

    /** Where "the X is" starts, where its value starts, and which field it names. */
    private record Head(int start, int valueStart, String field) {}

    /** Each "the X is ..." in a sentence runs to where the next one starts. */
    private static void fieldStatements(Sentence s, MessageFacts f) {
        String left = s.left();
        List<Head> heads = new ArrayList<>();
        Matcher m = FIELD_IS.matcher(left);
        while (m.find()) heads.add(new Head(m.start(), m.end(), m.group(1)));
        int consumedTo = -1;
        for (int i = 0; i < heads.size(); i++) {
            int end = i + 1 < heads.size() ? heads.get(i + 1).start() : left.length();
            Optional<BriefField> k = field(heads.get(i).field());
            if (k.isPresent() && stated(k.get(), left.substring(heads.get(i).valueStart(), end), f)) consumedTo = end;
        }
        if (consumedTo > 0) s.consume(heads.get(0).start(), consumedTo);
    }

    /** A field's value said outright; false if it is not a value ("the product is ready", "the brand is up to you"). */
    private static boolean stated(BriefField k, String raw, MessageFacts f) {
        String value = raw.strip().replaceAll("[.!?]+$", "").strip();
        if (k == BriefField.BENEFIT) value = value.replaceFirst("(?i)^that\\s+", "");
        boolean named = k == BriefField.BRAND || k == BriefField.PRODUCT;
        if (value.isBlank() || isChoosePhrase(value) || named && value.matches("(?i)(?:it|this|that|what|who|for|not|ready|in|on|at)\\b.*")) {
            return false;
        }
        switch (k) {
            case PRODUCT -> product(value, f, true);
            case BRAND -> f.plain(k, BriefWords.cutName(BriefWords.splitAppositive(cutNotClause(value))[0]));
            case MUSIC -> f.plain(k, musicWords(value));
            case AUDIENCE -> f.plain(k, cutNotClause(value));
            default -> f.plain(k, value);
        }
        return true;
    }

    /** "the big thing is it folds flat". */
    private static void benefitCue(Sentence s, MessageFacts f) {
        for (Pattern p : BENEFIT_CUES) {
            Matcher m = p.matcher(s.left());
            if (m.find()) {
                f.plain(BriefField.BENEFIT, m.group(1));
                s.consume(m.start(), m.end());
                return;
            }
        }
    }

    /** Music: "make the music more upbeat", "the music should be mellow acoustic", "Music wise I'm thinking lo-fi chill beats". */
    private static void music(Sentence s, MessageFacts f) {
        Matcher more = MUSIC_MORE.matcher(s.left());
        if (more.find()) {
            String word = more.group(2).toLowerCase(Locale.ROOT);
            f.plain(BriefField.MUSIC, "less".equalsIgnoreCase(more.group(1)) ? opposite(word) : word);
            s.consume(more.start(), more.end());
            return;
        }
        Matcher stated = MUSIC_STATED.matcher(s.left());
        if (stated.find()) {
            String v = musicWords(stated.group(1).replaceFirst("(?i),?\\s+(?:and\\s+)?(?:the|make|you|scenes?|style|look)\\b.*$", ""));
            if (!v.isBlank()) {
                f.plain(BriefField.MUSIC, v);
                s.consume(stated.start(), stated.end());
                return;
            }
        }
        Matcher bare = MUSIC_BARE.matcher(s.left());
        if (bare.find()) {
            f.plain(BriefField.MUSIC, bare.group(1).toLowerCase(Locale.ROOT));
            s.consume(bare.start(), bare.end());
            return;
        }
        Matcher adj = MUSIC_ADJ.matcher(s.left());
        if (adj.find()) {
            f.plain(BriefField.MUSIC, adj.group(1).toLowerCase(Locale.ROOT));
            s.consume(adj.start(), adj.end());
        }
    }

    /** The look: "the look should be gritty and high-energy, ...", "make it feel soft and golden, ...", "Voice is calm, warm". */
    private static void tone(Sentence s, MessageFacts f) {
        for (Pattern p : List.of(TONE_STATED, TONE_MAKE)) {
            Matcher m = p.matcher(s.left());
            if (m.find()) {
                String v = m.group(1).replace(Sentences.CUT, ' ').replaceAll("[.!]+$", "").strip();
                if (v.isBlank() || v.matches("(?i)(?:it|this|that|the\\s+same)\\b.*")) continue;
                f.plain(BriefField.TONE, v);
                s.consume(m.start(), m.end());
                return;
            }
        }
    }

    /** Length and format, always plain enough to replace what was said before. */
    private static void settings(Sentence s, String lower, MessageFacts f) {
        Matcher len = LENGTH.matcher(s.left());
        if ((lower.matches("(?s).*\\d.*") || mentions(lower, "minute", "fifteen", "thirty", "sixty")) && len.find()) {
            lengthIn(len.group()).ifPresent(v -> f.plain(BriefField.LENGTH, v));
            s.consume(len.start(), len.end());
            s.hadSetting = true;
        }
        if (!mentions(lower, ":", "16", "1x1", "4x5", "vertical", "portrait", "square", "landscape", "wide", "horizontal", "stor", "reel", "tiktok", "shorts",
                "youtube", "feed")) {
            return;
        }
        Matcher fmt = FORMAT.matcher(s.left());
        while (fmt.find()) {
            aspectIn(fmt.group()).ifPresent(v -> f.plain(BriefField.FORMAT, v));
            s.consume(fmt.start(), fmt.end());
            s.hadSetting = true;
            fmt = FORMAT.matcher(s.left());
        }
    }

    /** "It's for freelancers and remote workers who ...": an audience, said so, when it names people. */
    private static void audienceStatement(Sentence s, MessageFacts f) {
        Matcher m = AUDIENCE_STATEMENT.matcher(s.left());
        if (!m.find() || f.has(BriefField.AUDIENCE)) return;
        String who = BriefWords.tidyAnswer(BriefWords.cutAudience(m.group(1)));
        if (!BriefWords.looksLikePeople(who)) return;
        f.implied(BriefField.AUDIENCE, who);
        s.consume(m.start(), m.end());
    }

    /** "Vertical, 15 seconds, bold and playful colours", "a 60 second YouTube ad, clean and friendly": what is left is the look. */
    private static void styleBesideSettings(Sentence s, MessageFacts f) {
        List<String> words = new ArrayList<>();
        for (String piece : s.pieces()) {
            for (String part : piece.split("\\s*,\\s*")) {
                String p = part.replaceFirst("(?i)^(?:and|but|also|with|very)\\s+", "").strip();
                if (BriefWords.looksLikeStyle(p)) words.add(p);
            }
        }
        if (!words.isEmpty()) {
            f.implied(BriefField.TONE, String.join(", ", words));
            s.consumeAll();
        }
    }

    /** "keep it minimal and premium", "make it fun and punchy": style words, once settings ("make it vertical") are read. */
    private static void makeItStyle(Sentence s, MessageFacts f) {
        Matcher m = MAKE_IT.matcher(s.left());
        String style = m.find() ? m.group(1).replaceAll("[.!?]+$", "").strip() : "";
        if (BriefWords.looksLikeStyle(style)) {
            f.plain(BriefField.TONE, style);
            s.consume(m.start(), m.end());
        }
    }

    /** A sentence that only hands the question over ("you choose", "hmm, not sure. you pick", "no ideas"). */
    static void handedOverWhole(Sentence s, String awaiting, MessageFacts f) {
        String rest = BriefWords.stripGreeting(s.rest());
        if (rest.isEmpty() || !isChoosePhrase(rest) || awaiting == null) return;
        boolean refusal = rest.matches("(?i)^\\s*(?:no|nope|none|nothing|skip)[\\s.!]*$");
        if ("scenes".equals(awaiting)) f.delegated.add(BriefField.SCENES);
        else if (!refusal) BriefField.byKey(awaiting).filter(k -> k.delegable).ifPresent(f.delegated::add);
        s.consumeAll();
    }

    /** "Surprise me on everything": every field Zapcut may choose that the user has not given, and the one asked for. */
    static void handOverTheRest(String awaiting, Set<BriefField> given, MessageFacts f) {
        for (BriefField k : BriefField.values()) {
            if (k.delegable && !given.contains(k) && !f.stated.containsKey(k)) f.delegated.add(k);
        }
        if (awaiting != null) BriefField.byKey(awaiting.equals("scenes") ? BriefField.SCENES.key : awaiting).filter(k -> k.delegable)
                .ifPresent(f.delegated::add);
    }

    // --- small helpers ---------------------------------------------------------------------------

    /** The scene length changes a message asks for. */
    static List<BriefReader.SceneChange> sceneChanges(String t) {
        List<BriefReader.SceneChange> out = new ArrayList<>();
        Matcher m = SCENE_CHANGE.matcher(t);
        while (m.find()) {
            if (m.group(1) != null) {
                String how = m.group(2).toLowerCase(Locale.ROOT);
                out.add(new BriefReader.SceneChange(Integer.parseInt(m.group(1)), how.equals("longer") || how.equals("slower") ? 1 : -1));
            } else {
                String how = m.group(3).toLowerCase(Locale.ROOT);
                out.add(new BriefReader.SceneChange(Integer.parseInt(m.group(4)), how.equals("lengthen") || how.equals("extend") ? 1 : -1));
            }
        }
        return out;
    }

    /** The step a message asks to go back to, or null. */
    static ConversationStage backTo(String t) {
        Matcher m = BACK_TO.matcher(t);
        if (!m.find()) return null;
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("brand")) return ConversationStage.COLLECT_BRAND_INFO;
        if (w.startsWith("product")) return ConversationStage.COLLECT_PRODUCT_INFO;
        if (w.startsWith("photo")) return ConversationStage.COLLECT_ASSETS;
        if (w.startsWith("scene")) return ConversationStage.COLLECT_SCENES;
        return ConversationStage.FINAL_REVIEW;
    }

    /** The field a label or a hand-over names. */
    static Optional<BriefField> field(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^(?:the|our|my|your|main|key|unique) ", "").strip();
        if (w.startsWith("brand") || w.startsWith("company") || w.startsWith("business")) return Optional.of(BriefField.BRAND);
        if (w.startsWith("product")) return Optional.of(BriefField.PRODUCT);
        if (w.contains("audience") || w.startsWith("customer") || w.startsWith("target") || w.startsWith("who it")) return Optional.of(BriefField.AUDIENCE);
        if (w.contains("benefit") || w.contains("message") || w.equals("promise") || w.equals("usp") || w.equals("tagline")
                || w.contains("selling point") || w.startsWith("value prop")) {
            return Optional.of(BriefField.BENEFIT);
        }
        if (w.startsWith("music") || w.equals("soundtrack")) return Optional.of(BriefField.MUSIC);
        if (w.startsWith("tone") || w.startsWith("voice") || w.equals("style") || w.startsWith("look") || w.equals("vibe") || w.equals("mood")
                || w.equals("creative direction")) {
            return Optional.of(BriefField.TONE);
        }
        if (w.equals("length") || w.equals("duration")) return Optional.of(BriefField.LENGTH);
        if (w.equals("format") || w.startsWith("aspect")) return Optional.of(BriefField.FORMAT);
        if (w.startsWith("scene") || w.equals("storyboard") || w.equals("shots")) return Optional.of(BriefField.SCENES);
        return Optional.empty();
    }

    /** Uses up every part of a sentence a pattern matches. */
    private static void consumeAll(Sentence s, Pattern p) {
        Matcher m = p.matcher(s.left());
        while (m.find()) {
            s.consume(m.start(), m.end());
            m = p.matcher(s.left());
        }
    }

    /** 15, 30 or 60 seconds, however said. */
    private static Optional<String> lengthIn(String t) {
        Matcher m = LENGTH.matcher(t);
        if (!m.find()) return Optional.empty();
        if (m.group(1) != null) return Optional.of(m.group(1));
        if (m.group(2) != null) return Optional.of(switch (m.group(2).toLowerCase(Locale.ROOT)) { case "fifteen" -> "15"; case "thirty" -> "30"; default -> "60"; });
        return Optional.of(m.group(3) != null ? "30" : "60");
    }

    /** 9:16, 16:9 or 1:1, however said. */
    private static Optional<String> aspectIn(String t) {
        String s = t.toLowerCase(Locale.ROOT).replaceAll("(\\d+)x(\\d+)", "$1:$2");
        if (s.contains("9:16")) return Optional.of("9:16");
        if (s.contains("16:9")) return Optional.of("16:9");
        if (s.contains("1:1")) return Optional.of("1:1");
        if (s.matches("(?s).*\\b(?:vertical|portrait|stories|story|reels?|tiktok|shorts)\\b.*")) return Optional.of("9:16");
        if (s.matches("(?s).*\\bsquare\\b.*")) return Optional.of("1:1");
        if (s.matches("(?s).*\\b(?:landscape|widescreen|wide\\s+screen|horizontal|youtube)\\b.*")) return Optional.of("16:9");
        return Optional.empty();
    }

    /** "a bit more upbeat music please" -> "upbeat". */
    private static String musicWords(String s) {
        return s.replaceFirst("(?i)^(?:a\\s+(?:bit|little|lot)\\s+|much\\s+|more\\s+|something\\s+|some\\s+)+", "")
                .replaceFirst("(?i)\\s+(?:music|soundtrack|track|please|instead)\\b.*$", "").strip().toLowerCase(Locale.ROOT);
    }

    /** What "less upbeat" asks for. */
    private static String opposite(String word) {
        return switch (word) {
            case "upbeat", "energetic", "intense", "loud", "fast", "dramatic" -> "calm";
            case "calm", "mellow", "quiet", "slow", "sad", "soft" -> "upbeat";
            default -> "not " + word;
        };
    }

    /** "Harbor Cold Brew, not 'Harbor Coffee'" -> "Harbor Cold Brew". */
    static String cutNotClause(String s) {
        return s.replaceFirst("(?i),?\\s+(?:not|instead of|rather than)\\s+.*$", "").replaceFirst("(?i)\\s+(?:please|thanks|thank you)[.!]*$", "").strip();
    }
}
