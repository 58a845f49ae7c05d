package video.zapcut.studio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * <li>plain statements: labelled parts ("Brand: Luna Coffee", "Mood: warm"), corrections ("no, the
 * product is X", "change the brand to X", "it's for students, not professionals"), hand-overs ("you
 * choose the scenes", "style, music, scenes - surprise me"), the benefit flagged as such ("the big
 * thing is ..."), music, tone, length and format;</li>
 * <li>what is left answers the question just asked ("Pulse House - we're a HIIT studio": the brand
 * is "Pulse House"), so a settings line ("1:1", "make the music more upbeat") never answers it;</li>
 * <li>what is still left is read for facts said in passing ("... made for busy professionals",
 * "called Tallybird Books").</li>
 * </ol>
 * A pasted brand document is read by {@link BriefDocument}. Nothing here changes the state:
 * {@link Orchestrator} and {@link BriefEdits} decide what to apply.
 */
final class BriefReader {
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

    // --- plain statements ------------------------------------------------------------------------------

    private static final String LABEL_WORDS = "brand(?:\\s+name)?|company(?:\\s+name)?|business(?:\\s+name)?|product(?:\\s+name)?|"
            + "target\\s+audience|audience|target\\s+market|target\\s+customers?|customers?|who\\s+it'?s\\s+for|key\\s+benefit|main\\s+benefit|"
            + "benefit|key\\s+message|message|promise|usp|(?:main\\s+|key\\s+|unique\\s+)?selling\\s+point|value\\s+prop(?:osition)?|tagline|"
            + "tone\\s+words|tone(?:\\s+of\\s+voice)?|voice(?:\\s+(?:and|&)\\s+tone)?|style|look(?:\\s+(?:and|&)\\s+feel)?|vibe|mood|"
            + "creative\\s+direction|music(?:\\s+mood)?|soundtrack|length|duration|format|aspect(?:\\s+ratio)?|scene\\s+ideas|scenes?|storyboard";
    /** "Brand: Luna", "- **Product:** X", "The benefit: X", "scenes - you pick": a label at the start of a sentence. */
    static final Pattern LABELLED = Pattern.compile("(?i)^\\s*(?:[-*•]\\s*)?(?:\\*\\*)?(?:(?:the|our|my|your)\\s+)?(" + LABEL_WORDS
            + ")(?:\\*\\*)?\\s*(?:[:=]|\\s[–—-](?=\\s))\\s*(.*)$");
    /** "the product is X", "no, the brand is Y", "Brand is T and the product is D": where a field's value starts. */
    private static final Pattern FIELD_IS = Pattern.compile(
            "(?i)(?:^|[,;]\\s*|\\b(?:and|no|nope|actually|sorry|wait|oops|correction|i\\s+meant)[,.!:]?\\s+)"
            + "(?:the\\s+|our\\s+|my\\s+|its\\s+)?(brand(?:\\s+name)?|company(?:\\s+name)?|product(?:\\s+name)?|target\\s+audience|audience|"
            + "key\\s+benefit|main\\s+benefit|benefit|key\\s+message)"
            + "\\s+(?:is|are|should\\s+be|will\\s+be|'s)\\s+(?:actually\\s+|called\\s+|named\\s+)?");
    private static final Pattern LABEL_ASKED = Pattern.compile("(?i)^(?:(?:the|our|your|my|and|so|oh)\\s+)*(" + LABEL_WORDS + ")\\s*\\?$");
    private static final Pattern CHANGE = Pattern.compile(
            "(?i)\\b(?:change|set|switch|update|rename|make)\\s+(?:the\\s+|our\\s+|my\\s+)?(brand(?:\\s+name)?|company(?:\\s+name)?|"
            + "product(?:\\s+name)?|target\\s+audience|audience|key\\s+benefit|benefit|key\\s+message|tone|style|music(?:\\s+mood)?)"
            + "\\s+(?:to|into|as|be)\\s+(.+)$");
    private static final Pattern AUDIENCE_NOT = Pattern.compile(
            "(?i)\\b(?:actually\\s+)?(?:it'?s|it\\s+is|this\\s+is|the\\s+ad\\s+is|it'?s\\s+really|we'?re\\s+targeting|we\\s+target|target)"
            + "\\s+(?:for\\s+|aimed\\s+at\\s+|targeting\\s+)?([^,.;!?\\n]{3,80}?),?\\s+not\\s+([^.;!?\\n]{3,80})");
    /** The benefit flagged as the thing to remember: "the big thing is ...", "Honestly the main thing is ...". */
    private static final List<Pattern> BENEFIT_CUES = List.of(
            Pattern.compile("(?i)(?:^|,\\s*|\\b(?:and|but|so)\\s+)(?:(?:honestly|basically|really|so|and|but|ok)[,\\s]+)*(?:the\\s+|our\\s+|my\\s+)?"
                    + "(?:main|big|biggest|key|one|number\\s+one|most\\s+important|core|real|whole|only)\\s+(?:thing|point|benefit|selling\\s+point|"
                    + "message|promise|idea|draw|reason|takeaway)(?:\\s+(?:we|i|you|people|customers|they|to|for|about)\\b[^:.!?]{0,60}?)?\\s*(?:is|was|:|=)"
                    + "\\s*:?\\s*(?:that\\s+)?(.{3,})$"),
            Pattern.compile("(?i)\\b(?:people|customers|everyone|they)\\s+should\\s+(?:remember|know|take\\s+away)(?:\\s+that)?\\s*:?\\s+(.{3,})$"),
            Pattern.compile("(?i)\\bwhat\\s+makes\\s+(?:it|us|them)\\s+(?:special|different|better)\\s+is\\s+(?:that\\s+)?(.{3,})$"));
    private static final Pattern MUSIC_MORE = Pattern.compile(
            "(?i)\\b(?:make\\s+)?(?:the\\s+)?music\\b[^.!?\\n]{0,30}?\\b(?:be|sound|feel|is|to)?\\s*(?:a\\s+(?:bit|little|lot)\\s+|much\\s+|way\\s+)?"
            + "(more|less)\\s+([\\p{L}\\-]+)");
    private static final Pattern MUSIC_STATED = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:music|soundtrack)(?:\\s+mood)?(?:\\s*-?\\s*wise)?,?\\s*(?:should\\s+be|could\\s+be|must\\s+be|needs\\s+to\\s+be|"
            + "to\\s+be|will\\s+be|be|is|:|feels?|sounds?|i'?m\\s+thinking|i\\s+think|we'?re\\s+thinking|maybe|something|like)\\s+([^.;!?\\n]{2,60})");
    private static final String MOODS = "upbeat|calm|chill|energetic|mellow|gentle|dreamy|epic|playful|dramatic|happy|uplifting|jazzy|acoustic|"
            + "lo-?fi|ambient|cinematic|funky|soft|relaxed|relaxing|driving|bouncy|moody|warm|quiet|electronic|piano|orchestral|guitar";
    private static final Pattern MUSIC_ADJ = Pattern.compile("(?i)\\b((?:" + MOODS + ")(?:[ ,]+(?:and\\s+)?(?:" + MOODS + ")){0,2})\\s+"
            + "(?:music|soundtrack|track|beats?|tunes?)\\b");
    /** "music upbeat", "music - calm piano": a mood named right after the word. */
    private static final Pattern MUSIC_BARE = Pattern.compile("(?i)\\b(?:music|soundtrack)\\s*[-–—]?\\s*((?:" + MOODS + ")(?:[ ,]+(?:and\\s+)?(?:" + MOODS
            + ")){0,2})\\b");
    private static final Pattern TONE_STATED = Pattern.compile(
            "(?i)\\b(?:(?:the|our|its|overall)\\s+)*(?:look(?:\\s+(?:and|&)\\s+feel)?|feel|vibe|tone(?:\\s+of\\s+voice)?|style|voice|aesthetic|mood|"
            + "visuals?|creative\\s+direction)\\s+(?:should\\s+be|must\\s+be|needs\\s+to\\s+be|will\\s+be|to\\s+be|is|are|:)\\s+(.{2,160})$");
    private static final Pattern TONE_MAKE = Pattern.compile(
            "(?i)\\b(?:(?:make|keep)\\s+(?:it|the\\s+ad|the\\s+video|everything)\\s+(?:feel|look)(?:ing)?|(?:i|we)\\s*(?:want|'d\\s+like|would\\s+like)"
            + "\\s+(?:it|the\\s+ad|the\\s+video)\\s+to\\s+(?:feel|look))\\s+(.{2,160})$");
    private static final Pattern MAKE_IT = Pattern.compile("(?i)\\b(?:make|keep)\\s+(?:it|the\\s+ad|the\\s+video|everything)\\s+([^\\uE000,;]{2,60})$");
    /** A length said any way: "15 seconds", "30s", "a 60 second ad", "half a minute", "a minute long"; not "in their 30s". */
    private static final Pattern LENGTH = Pattern.compile("(?i)(?:\\b(?:make|keep|cut)\\s+it\\s+)?(?:\\b(?:a|an)\\s+)?"
            + "(?:(?<!\\btheir\\s)(?<!\\bthe\\s)(?<!\\bearly\\s)(?<!\\blate\\s)(?<!\\bmid\\s)\\b(15|30|60)\\s*-?\\s*(?:s|sec|secs|second|seconds)\\b"
            + "|\\b(fifteen|thirty|sixty)[\\s-]*seconds?\\b|\\b(half\\s+a\\s+minute)\\b|(?<!\\bin\\s)(?<!\\bwithin\\s)(?<!\\bevery\\s)\\b((?:a|one|1)[\\s-]*min(?:ute)?)\\b)"
            + "(?:\\s+(?:long|max|total|spot|ad|video|cut|version))?\\.?");
    /** A format said any way: "9:16", "vertical", "square please", "landscape for youtube", "for reels", "tiktok format". */
    private static final Pattern FORMAT = Pattern.compile("(?i)(?:\\b(?:make|keep|do)\\s+it\\s+)?(?:\\b(?:in|as)\\s+)?"
            + "(?:\\b(16[:x]9|9[:x]16|1[:x]1|4[:x]5)\\b|\\b(vertical|portrait|square|landscape|widescreen|wide\\s+screen|horizontal)\\b"
            + "|\\b(?:for|on)\\s+(?:the\\s+)?(?:(?:instagram|insta|ig)\\s+)?(stories|story|reels?|tiktok|youtube\\s+shorts|shorts|youtube|feed)\\b"
            + "|\\b(tiktok|reels?|instagram\\s+stories|youtube\\s+shorts|youtube)\\b)"
            + "(?:\\s+(?:format|video|ad|version|ratio|aspect\\s+ratio|pre-?roll|feed))*");
    private static final Pattern AUDIENCE_STATEMENT = Pattern.compile(
            "(?i)\\b(?:it'?s|its|it\\s+is|this\\s+is|this\\s+one\\s+is|the\\s+ad\\s+is|they'?re|we'?re)\\s+(?:mainly\\s+|mostly\\s+|really\\s+|"
            + "primarily\\s+)?(?:for|aimed\\s+at|targeted\\s+at|targeting)\\s+([^.;!?\\n]{3,120})");

    // --- hand-overs ------------------------------------------------------------------------------------

    private static final String HAND_OVER = "(?:(?:you|u|zapcut)\\s+(?:can\\s+|could\\s+|should\\s+|may\\s+|get\\s+to\\s+)?(?:choose|decide|pick|write|"
            + "come\\s+up\\s+with|suggest|do|handle|sort)|up\\s+to\\s+you|surprise\\s+me|your\\s+call|you'?re\\s+the\\s+(?:expert|pro)|"
            + "dealer'?s\\s+choice|whatever\\s+you\\s+(?:think|like|want)|(?:i'?ll\\s+)?leave\\s+it\\s+(?:up\\s+)?to\\s+you|no\\s+preference)";
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
    /** "you choose the scenes", "surprise me with the music", "u pick the scenes", "you write the storyboard". */
    private static final Pattern HANDED_OVER_FIELDS = Pattern.compile("(?i)\\b" + HAND_OVER + "\\s+(?:with\\s+|on\\s+|for\\s+)?"
            + "(?:the\\s+|a\\s+|an\\s+|some\\s+)?" + FIELD_LIST + "\\b" + HAND_OVER_TAIL);
    private static final Pattern NO_SCENE_IDEAS = Pattern.compile("(?i)\\b(?:i\\s+have\\s+|i'?ve\\s+got\\s+|we\\s+have\\s+)?(?:don'?t\\s+have\\s+"
            + "(?:any\\s+)?|haven'?t\\s+got\\s+(?:any\\s+)?|no\\s+)(?:scene\\s+ideas?|ideas?\\s+for\\s+(?:the\\s+)?scenes?)(?:\\s+(?:honestly|really|tbh|yet))?");
    /** "surprise me on everything", "you choose the rest": every field the user has not given. */
    private static final Pattern EVERYTHING = Pattern.compile("(?i)\\b(?:surprise\\s+me|(?:you|u)\\s+(?:choose|decide|pick|do))\\s+(?:on\\s+|with\\s+|for\\s+)?"
            + "(?:everything|all\\s+of\\s+it|it\\s+all|the\\s+rest|all\\s+the\\s+rest)\\b");
    private static final Pattern CHOOSE_WHOLE = Pattern.compile(
            "(?i)^\\s*(?:(?:hmm+|honestly|ok(?:ay)?|no idea|not sure|i'?m not sure|ugh|um+|idk|dunno|tbh|well|so|now|then|just)[,.]?\\s+)*"
            + "(?:surprise me|up to you|you choose|you decide|you pick|u choose|u pick|u decide|your call|dealer'?s choice|whatever you think|"
            + "whatever you think is best|whatever works|whatever you like|anything(?: works| is fine)?|no preference|no ideas?|i don'?t (?:know|mind|care)|dunno|idk|not sure|"
            + "(?:please\\s+)?(?:you|zapcut)\\s+(?:can\\s+)?(?:choose|decide|pick|write (?:it|them|the storyboard)|come up with (?:it|them|something))|"
            + "(?:can|could|would|will)\\s+you\\s+(?:just\\s+)?(?:choose|decide|pick)(?:\\s+(?:for me|one|something))?|"
            + "(?:just\\s+)?pick (?:something|one|for me)|(?:i'?ll\\s+)?leave it (?:to|up to) you|you'?re the (?:expert|pro)|"
            + "go ahead|skip|none|no|nope|nothing|let'?s go|sounds good|looks good|fine|sure)"
            + "(?:[\\s,.!]+(?:please|thanks|thank you|you'?re the expert|you'?re the pro|surprise me|go for it|i trust you|then|now|too|tbh))*[\\s.!?]*$");

    // --- the rest of the conversation ----------------------------------------------------------------

    private static final Pattern SCENE_CHANGE = Pattern.compile(
            "(?i)\\b(?:make\\s+|keep\\s+|have\\s+)?scene\\s*(?:#|no\\.?\\s*)?([1-5])\\s+(?:a\\s+(?:bit|little|lot)\\s+|much\\s+)?(shorter|longer|quicker|faster|slower)"
            + "|\\b(shorten|lengthen|extend|trim|cut down|speed up)\\s+scene\\s*(?:#|no\\.?\\s*)?([1-5])");
    private static final Pattern GO_BACK = Pattern.compile(
            "(?i)\\b(?:go|step|take (?:me|us)|move)\\s+back(?:\\s+a\\s+step|\\s+one\\s+step)?\\b|\\bprevious step\\b|\\bback a step\\b|\\bstep back\\b");
    private static final Pattern BACK_TO = Pattern.compile(
            "(?i)\\b(?:go|take (?:me|us)|get)\\s+back\\s+to\\s+(?:the\\s+)?(brand|product|photos?|scenes?|scene ideas|review)");

    /** Greetings and chat openers in front of an answer ("hello! Puddle Press here", "ok cool. we're ..."). */
    private static final Pattern GREETING = Pattern.compile("(?i)^(?:(?:(?:hi|hello|hey|hiya|heya|yo|howdy|greetings|good\\s+(?:morning|afternoon|"
            + "evening|day))(?:\\s+(?:there|all|team|guys|folks))?(?=[\\s,!.:;]|$)|(?:ok(?:ay)?|so|well|um+|uh+|ah|oh|right|alright|yeah)(?=[\\s,!.:;]|$)"
            + "|(?:cool|great|sure|awesome|perfect|nice|thanks|thank\\s+you)(?=[,!.:;]|$))[\\s,!.:;-]*)+");
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?i)(?:[\\s,]+(?:lol|haha+|hehe+|tho|though|pls|please|thanks|thank\\s+you|x+|tbh|honestly|really|!+))+[.!]*$");
    private static final Pattern QUESTION_START = Pattern.compile("(?i)^(?:what|how|why|who|where|when|which|can\\s+you|could\\s+you|would\\s+you|"
            + "will\\s+you|do\\s+you|does|is\\s+this|is\\s+it|are\\s+you|can\\s+i|may\\s+i|should\\s+i)\\b");
    private static final Pattern QUESTION = Pattern.compile("(?s)(?:" + QUESTION_START.pattern() + ".*|.*\\?\\s*)");
    /** Talk about the conversation itself rather than the brief. */
    private static final Pattern META = Pattern.compile("(?i)^(?:i'?ll|i\\s+will|i'?m\\s+going\\s+to|let\\s+me|show\\s+me|that'?s\\s+(?:all|it)|"
            + "here\\s+(?:are|is)|here'?s|let'?s\\s+(?:go|do\\s+it|start|begin|move\\s+on)|next|done|continue|go\\s+ahead|generate)\\b"
            + "|\\b(?:(?:send|upload|add|attach)(?:ed|ing)?\\s+(?:the\\s+|some\\s+|my\\s+|more\\s+|a\\s+few\\s+)?(?:photos?|pictures?|images?)"
            + "|photos?\\s+(?:are\\s+)?(?:up|uploaded|coming|later|tomorrow)|come\\s+back\\s+later|the\\s+plan\\b|brand\\s+(?:notes|book|guidelines|guide)"
            + "|(?:notes|doc|document|guidelines)\\s+(?:below|above|attached))");
    private static final Pattern HEDGE = Pattern.compile("(?i)^(?:hmm+|ugh|um+|uh+|idk|dunno|not\\s+sure|no\\s+idea|i\\s+don'?t\\s+know|"
            + "i'?m\\s+not\\s+sure|good\\s+question)\\b");

    // --- answers to the question asked -----------------------------------------------------------------

    private static final Pattern PERSON_FROM = Pattern.compile("^(?i:i'?m|i\\s+am|this\\s+is|it'?s)\\s+\\p{Lu}\\p{L}+\\s+(?i:from|at|with|of)\\s+");
    private static final Pattern BRAND_LEAD = Pattern.compile("(?i)^(?:(?:so|and|well|yeah)\\s+)?(?:(?:we'?re|we\\s+are|it'?s|it\\s+is|this\\s+is|"
            + "i'?m\\s+from|i\\s+am\\s+from|i'?m\\s+with|i\\s+am\\s+with|i\\s+work\\s+(?:at|for)|i\\s+run|i\\s+own|"
            + "(?:(?:our|the|my)\\s+)?(?:brand|company|business|shop|store)(?:\\s+name)?(?:\\s+is|'s)|(?:our|the|my)\\s+name\\s+is|name'?s|called|named|"
            + "(?:a|an|the)\\s+[^,.;]{0,50}?\\s+(?:called|named))\\s+)+");
    private static final Pattern PRODUCT_LEAD = Pattern.compile("(?i)^(?:(?:so|and|well|yeah)\\s+)?(?:(?:it'?s|it\\s+is|this\\s+is|that'?s|called|named|"
            + "(?:the|our)\\s+product\\s+is|product\\s+is|this\\s+one(?:\\s+is|'s)\\s+for|the\\s+ad(?:\\s+is|'s)\\s+for|this\\s+ad(?:\\s+is|'s)\\s+for|"
            + "we\\s+sell|we\\s+make|we'?re\\s+selling|we\\s+offer|(?:we|i)(?:'d|\\s+would)\\s+like\\s+to\\s+(?:advertise|promote|push|feature|sell)|"
            + "(?:we|i)\\s+want\\s+to\\s+(?:advertise|promote|push|feature|sell)|let'?s\\s+(?:advertise|promote|push)|advertise|promote|push|"
            + "(?:we'?re\\s+|we\\s+are\\s+)?(?:introducing|launching|selling|promoting|advertising)|meet)\\s+)+");
    private static final Pattern AUDIENCE_LEAD = Pattern.compile("(?i)^(?:(?:it'?s|its|it\\s+is|this\\s+is|they'?re|they\\s+are)\\s+)?"
            + "(?:(?:for|aimed\\s+at|targeting|target|targeted\\s+at)\\s+|(?:mainly|mostly|primarily|especially|basically)\\s+|"
            + "(?:our|the)\\s+(?:target\\s+)?(?:audience|customers?|market)\\s+(?:is|are)\\s+|we\\s+target\\s+|people\\s+like\\s+)+");
    private static final Pattern BENEFIT_LEAD = Pattern.compile("(?i)^(?:(?:the\\s+)?(?:main\\s+|key\\s+)?benefit\\s+is\\s+(?:that\\s+)?|basically\\s+|honestly\\s+|"
            + "that\\s+(?=(?:it|it's|you|you're|they|they're|we|we're|your)\\b))");

    // --- facts said in passing --------------------------------------------------------------------------

    private static final String NAME = "(\\p{Lu}[\\p{L}0-9'&\\-]*(?:\\.(?=\\s))?(?:\\s+(?:(?:&|and|of|n')\\s+)?[\\p{Lu}0-9][\\p{L}0-9'&\\-]*){0,4})";
    private static final List<Pattern> BRAND = List.of(
            Pattern.compile("(?i)\\b(?:brand|company|business|shop|store|label|studio|bakery|clinic|agency|cafe|café)(?:'s)?\\s+(?:name\\s+)?"
                    + "(?:is\\s+called|is\\s+named|called|named)\\s+([^.,;!?\\n]{2,50})"),
            Pattern.compile("\\b(?i:we\\s+are|we're|i\\s+am\\s+from|i'm\\s+from|i\\s+work\\s+at|i\\s+work\\s+for|i\\s+run|i\\s+own|i'm\\s+with|"
                    + "i\\s+am\\s+with|here\\s+at|brought\\s+to\\s+you\\s+by|founder\\s+of|owner\\s+of)\\s+" + NAME),
            Pattern.compile("\\b(?i:i'm|i\\s+am|this\\s+is|it's)\\s+\\p{Lu}\\p{L}+\\s+(?i:from|at|with)\\s+" + NAME),
            Pattern.compile("\\b(?i:we're|we\\s+are|i\\s+run|i\\s+own|i\\s+have)\\s+(?i:a|an|the)\\s+[^.,;!?\\n]{0,50}?\\s+(?i:called|named)\\s+" + NAME),
            Pattern.compile("(?m)^" + NAME + "\\s+(?i:here)\\b"));
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?i:it'?s|it\\s+is|this\\s+is|that'?s|called|named|introducing|meet|presenting|launching|say\\s+hello\\s+to)\\s+"
            + "(?:(?i:the|our|a|an)\\s+)?(?:(?i:new)\\s+)?" + NAME);
    private static final Pattern PRODUCT_VERB = Pattern.compile(
            "\\b(?i:an?\\s+(?:ad|video|commercial|spot|campaign)\\s+(?:for|about)|advertise|advertising|promote|promoting|push|pushing|feature|"
            + "featuring|showcase|showcasing|selling)(?:\\s+(?i:is|are))?\\s+(?:(?i:the|our|my|a|an)\\s+)?(?:(?i:new)\\s+)?" + NAME);
    private static final String WHO = "([^.;!?\\n]{3,120})";
    private static final List<Pattern> AUDIENCE_IN_PASSING = List.of(
            Pattern.compile("(?i)\\b(?:made|designed|built|crafted|created|perfect|ideal|great|aimed|targeted|tailored|meant|intended)\\s+(?:for|at)\\s+" + WHO),
            Pattern.compile("(?i)\\b(?:aimed\\s+at|targeting|we\\s+target|we\\s+serve|we\\s+sell\\s+to|loved\\s+by|popular\\s+with)\\s+" + WHO),
            Pattern.compile("(?i)\\bwe\\s+(?:sell|make|offer|bake|brew|build|design)\\s+[^.\\n]{2,60}?\\s+(?:to|for)\\s+" + WHO),
            Pattern.compile("(?i)\\bfor\\s+" + WHO));
    private static final Pattern STYLE_ADJ = Pattern.compile(
            "(?i)\\b((?:[\\p{L}\\-]+,?\\s+(?:and\\s+)?){0,3}[\\p{L}\\-]+)\\s+(?:feel|vibe|look|tone|style|aesthetic|colou?rs|visuals)\\b"
            + "(?!\\s+(?:is|should|to|like)\\b)");

    // --- scenes ----------------------------------------------------------------------------------------

    private static final Pattern SCENE_SPLIT = Pattern.compile("(?i)\\s*(?:;|,?\\s*\\bthen\\b|,?\\s*\\bafter that\\b|,?\\s*\\bfinally\\b"
            + "|(?<=[.!])\\s+(?=(?:cut\\s+to|next|end\\s+on|close\\s+on|we\\s+see)\\b))\\s*");
    private static final Pattern ENUMERATED = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}\\s*[:.)\\-]|(?i:scene|shot)\\s*\\d+\\s*[:.)\\-]?)\\s*\\S");
    /** "1 a kid licking a cone": a number and a space, read as a list only when the lines count 1, 2, 3. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s+(?=\\p{L})");
    private static final Pattern ENUMERATOR = Pattern.compile("(?i)^\\s*(?:[-*•]\\s*)?(?:(?:scene|shot)\\s*)?(?:\\d{1,2}\\s*[:.)\\-]?\\s*)?");

    private final BriefAnalyzer analyzer = new BriefAnalyzer();

    /** What a message says, mutable while it is read. */
    private static final class Found {
        final Map<BriefField, String> stated = new LinkedHashMap<>();
        final Set<BriefField> plain = EnumSet.noneOf(BriefField.class);
        final Set<BriefField> delegated = EnumSet.noneOf(BriefField.class);
        boolean everything;
        String description;
        /** "Scenes: 1. a kid opening the box 2. a volcano fizzing": scene ideas written after a label. */
        final List<String> labelledScenes = new ArrayList<>();

        /** Said plainly: the first plain statement of a field wins. */
        void plain(BriefField f, String value) {
            if (value == null || value.isBlank() || plain.contains(f)) return;
            stated.put(f, value.strip());
            plain.add(f);
        }

        /** Said as an answer or in passing: only if nothing was said of the field yet. */
        void implied(BriefField f, String value) {
            if (value == null || value.isBlank() || has(f)) return;
            stated.put(f, value.strip());
        }

        boolean has(BriefField f) { return stated.containsKey(f) || delegated.contains(f); }
    }

    Reading read(String text, String awaiting, boolean atScenes) { return read(text, awaiting, atScenes, Set.of()); }

    /**
     * @param awaiting the field the last question asked for (a short reply answers it), or null
     * @param atScenes true when the conversation is collecting scene ideas (lines read as scenes)
     * @param given    fields the user has already given (a hand-over of "everything" leaves them alone)
     */
    Reading read(String text, String awaiting, boolean atScenes, Set<BriefField> given) {
        String t = Sentences.normalize(text);
        Found f = new Found();
        if (BriefDocument.isDocument(t)) {
            BriefDocument.Read doc = BriefDocument.read(t);
            doc.fields().forEach(f::plain);
            f.description = doc.description();
            for (Sentence s : Sentences.split(doc.body())) if (LABELLED.matcher(s.text).find()) labelled(s, f);
            t = doc.note(); // settings and hand-overs are read from the covering note only
            awaiting = null;
            atScenes = false;
        }
        String[] lines = t.split("\n");
        Set<Integer> listed = listedScenes(lines);
        StringBuilder facts = new StringBuilder();
        for (int i = 0; i < lines.length; i++) if (!listed.contains(i)) facts.append(lines[i]).append('\n');
        List<Sentence> sentences = labelsAsked(Sentences.split(facts.toString()));

        for (Sentence s : sentences) readPlainly(s, f);
        for (Sentence s : sentences) handedOverWhole(s, awaiting, f);
        if (f.everything) handOverTheRest(awaiting, given, f);

        List<String> ideas = listed.isEmpty() ? atScenes ? sceneLines(sentences) : List.of() : listedIdeas(lines, listed);
        if (ideas.isEmpty() && !f.labelledScenes.isEmpty()) ideas = f.labelledScenes.subList(0, Math.min(5, f.labelledScenes.size()));
        if (!ideas.isEmpty()) f.delegated.remove(BriefField.SCENES);
        answerAwaited(sentences, awaiting, f);
        inPassing(sentences, f);
        f.delegated.forEach(d -> {
            f.stated.remove(d);
            f.plain.remove(d);
        });

        if (f.description == null && f.stated.containsKey(BriefField.PRODUCT) && BriefWords.words(t) > 8) f.description = clip(t, 600);
        Map<BriefField, String> tidy = new LinkedHashMap<>();
        f.stated.forEach((k, v) -> {
            String c = k == BriefField.LENGTH || k == BriefField.FORMAT ? v : clean(v);
            if (c != null && !isChoosePhrase(c)) tidy.put(k, c);
        });
        Set<BriefField> corrected = EnumSet.copyOf(f.plain.isEmpty() ? EnumSet.noneOf(BriefField.class) : f.plain);
        corrected.retainAll(tidy.keySet());
        return new Reading(tidy, corrected, f.delegated, f.description == null ? null : clip(f.description.strip(), 600), ideas,
                sceneChanges(t), GO_BACK.matcher(t).find(), backTo(t));
    }

    /** "Main benefit? Full flavour at 0.5%.": a label asked and answered by the next sentence reads as "Main benefit: ...". */
    private static List<Sentence> labelsAsked(List<Sentence> sentences) {
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

    // --- 1. plain statements ---------------------------------------------------------------------------

    /** Everything a sentence says plainly, each part used up as it is read. */
    private static void readPlainly(Sentence s, Found f) {
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
        if (mentions(w, "you", "u ", "surprise", "idea", "preference", "zapcut")) handOvers(s, f);
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

    /** "keep it minimal and premium", "make it fun and punchy": style words, once settings ("make it vertical") are read. */
    private static void makeItStyle(Sentence s, Found f) {
        Matcher m = MAKE_IT.matcher(s.left());
        String style = m.find() ? m.group(1).replaceAll("[.!?]+$", "").strip() : "";
        if (BriefWords.looksLikeStyle(style)) {
            f.plain(BriefField.TONE, style);
            s.consume(m.start(), m.end());
        }
    }

    private static void labelled(Sentence s, Found f) {
        Matcher m = LABELLED.matcher(s.left());
        if (!m.find()) return;
        s.consumeAll();
        Optional<BriefField> field = field(m.group(1));
        String value = m.group(2).strip().replaceAll("[.]+$", "").strip();
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
            case SCENES -> f.labelledScenes.addAll(inlineScenes(value));
            case BRAND -> f.plain(k, BriefWords.splitAppositive(cutNotClause(value))[0]);
            case PRODUCT -> product(value, f, true);
            default -> f.plain(k, value);
        }
    }

    /** A product said with its description: "Loopa Pass, unlimited rides for a month"; "for hikers who ..." in it is the audience. */
    private static void product(String value, Found f, boolean plainly) {
        String[] parts = BriefWords.splitAppositive(cutNotClause(value));
        String name = BriefWords.cutName(parts[0]);
        Matcher forWhom = Pattern.compile("(?i)\\s+(?:(?:made|designed|built)\\s+)?for\\s+(.+)$").matcher(name);
        if (forWhom.find() && BriefWords.looksLikePeople(forWhom.group(1))) {
            f.implied(BriefField.AUDIENCE, BriefWords.cutAudience(forWhom.group(1)));
            name = name.substring(0, forWhom.start()).strip();
        }
        if (plainly) f.plain(BriefField.PRODUCT, name);
        else f.implied(BriefField.PRODUCT, name);
        if (parts[1] != null) {
            f.description = name + ", " + parts[1];
            audienceInPassing(parts[1]).ifPresent(a -> f.implied(BriefField.AUDIENCE, a));
        }
    }

    private static void handOvers(Sentence s, Found f) {
        for (Pattern p : List.of(FIELDS_HANDED_OVER, HANDED_OVER_FIELDS, LEAVE_FIELDS)) {
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
    private static void corrections(Sentence s, Found f) {
        fieldStatements(s, f);
        Matcher c = CHANGE.matcher(s.left());
        if (c.find()) field(c.group(1)).ifPresent(k -> {
            if (stated(k, c.group(2), f)) s.consume(c.start(), c.end());
        });
        Matcher a = AUDIENCE_NOT.matcher(s.left());
        if (a.find()) {
            String who = a.group(1).strip().replaceFirst("(?i)^(?:for|aimed at|targeting)\\s+", "");
            if (!who.matches("(?i)(?:a|an|the)?\\s*(?:product|brand|company|video|ad)\\b.*")) {
                f.plain(BriefField.AUDIENCE, who);
                s.consume(a.start(), a.end());
            }
        }
    }

    /** Each "the X is ..." in a sentence runs to where the next one starts. */
    private static void fieldStatements(Sentence s, Found f) {
        String left = s.left();
        Matcher m = FIELD_IS.matcher(left);
        List<int[]> heads = new ArrayList<>();
        while (m.find()) heads.add(new int[] {m.start(), m.end()});
        if (heads.isEmpty()) return;
        m.reset();
        int i = 0;
        int consumedTo = -1;
        while (m.find()) {
            int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : left.length();
            String value = left.substring(heads.get(i)[1], end);
            Optional<BriefField> k = field(m.group(1));
            if (k.isPresent() && stated(k.get(), value, f)) consumedTo = end;
            i++;
        }
        if (consumedTo > 0) s.consume(heads.get(0)[0], consumedTo);
    }

    /** A field's value said outright; false if it is not a value ("the product is ready", "the brand is up to you"). */
    private static boolean stated(BriefField k, String raw, Found f) {
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

    private static void benefitCue(Sentence s, Found f) {
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
    private static void music(Sentence s, Found f) {
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
    private static void tone(Sentence s, Found f) {
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
    private static void settings(Sentence s, String lower, Found f) {
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
    private static void audienceStatement(Sentence s, Found f) {
        Matcher m = AUDIENCE_STATEMENT.matcher(s.left());
        if (!m.find() || f.has(BriefField.AUDIENCE)) return;
        String who = tidyAnswer(BriefWords.cutAudience(m.group(1)));
        if (!BriefWords.looksLikePeople(who)) return;
        f.implied(BriefField.AUDIENCE, who);
        s.consume(m.start(), m.end());
    }

    /** "Vertical, 15 seconds, bold and playful colours", "a 60 second YouTube ad, clean and friendly": what is left is the look. */
    private static void styleBesideSettings(Sentence s, Found f) {
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

    /** A sentence that only hands the question over ("you choose", "hmm, not sure. you pick", "no ideas"). */
    private static void handedOverWhole(Sentence s, String awaiting, Found f) {
        String rest = stripGreeting(s.rest());
        if (rest.isEmpty() || !isChoosePhrase(rest) || awaiting == null) return;
        boolean refusal = rest.matches("(?i)^\\s*(?:no|nope|none|nothing|skip)[\\s.!]*$");
        if ("scenes".equals(awaiting)) f.delegated.add(BriefField.SCENES);
        else if (!refusal) BriefField.byKey(awaiting).filter(k -> k.delegable).ifPresent(f.delegated::add);
        s.consumeAll();
    }

    /** "Surprise me on everything": every field Zapcut may choose that the user has not given, and the one asked for. */
    private static void handOverTheRest(String awaiting, Set<BriefField> given, Found f) {
        for (BriefField k : BriefField.values()) {
            if (k.delegable && !given.contains(k) && !f.stated.containsKey(k)) f.delegated.add(k);
        }
        if (awaiting != null) BriefField.byKey(awaiting.equals("scenes") ? BriefField.SCENES.key : awaiting).filter(k -> k.delegable)
                .ifPresent(f.delegated::add);
    }

    // --- 2. the answer to the question asked -------------------------------------------------------------

    /** What is left of the message answers the question just asked, if it has the shape of an answer. */
    private static void answerAwaited(List<Sentence> sentences, String awaiting, Found f) {
        Optional<BriefField> asked = awaiting == null ? Optional.empty() : BriefField.byKey(awaiting);
        if (asked.isEmpty() || !asked.get().required || f.has(asked.get())) return;
        List<Sentence> candidates = sentences.stream().filter(BriefReader::answerable).limit(3).toList();
        if (candidates.isEmpty()) return;
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
        String rest = stripGreeting(s.rest());
        return !rest.isEmpty() && !(isQuestion(s.text) && !tentativeName(rest)) && !s.text.strip().endsWith(":") && !META.matcher(rest).find()
                && !HEDGE.matcher(rest).find() && !isChoosePhrase(rest);
    }

    private static boolean isQuestion(String sentence) { return QUESTION.matcher(sentence.strip()).matches(); }

    /** "Nomad Notebooks?", "the Field Journal?": a name said with a question mark is still an answer. */
    private static boolean tentativeName(String rest) {
        String r = rest.replaceAll("[?\\s]+$", "");
        return !QUESTION_START.matcher(r).find() && BriefWords.looksLikeName(r) && (BriefWords.words(r) >= 2 || BriefWords.isProperName(r));
    }

    /** "Pulse House - we're a HIIT studio", "hello! Puddle Press here, ...", "we're scorchbird hot sauce": the name in front. */
    private static void brandAnswer(List<Sentence> candidates, Found f) {
        Sentence s = candidates.get(0);
        String r = stripGreeting(s.rest());
        Matcher person = PERSON_FROM.matcher(r);
        Matcher lead = BRAND_LEAD.matcher(r);
        int from = person.find() ? person.end() : lead.find() ? lead.end() : 0;
        boolean led = from > 0;
        r = r.substring(from);
        String[] parts = BriefWords.splitAppositive(r);
        String name = cutNotClause(BriefWords.cutClause(parts[0])).replaceFirst("(?i)\\s+here$", "").strip();
        name = withoutPlace(tidyAnswer(name));
        boolean alone = parts[1] == null && name.equals(tidyAnswer(r.replaceFirst("(?i)\\s+here$", "").strip())) && BriefWords.words(name) <= 5;
        // "we're hearth and crumb, a bakery" names it; "we're a HIIT studio" only says what it is
        boolean described = name.matches("(?i)(?:a|an)\\s.*") || !alone && name.matches("(?i:the)\\s+\\p{Ll}.*");
        boolean introduced = led && BriefWords.words(name) <= 4;
        if (BriefWords.looksLikeName(name) && !described && (alone || introduced || BriefWords.isProperName(name))) f.implied(BriefField.BRAND, name);
    }

    /**
     * "the Tempo 3, a lightweight daily trainer", "fresh dog food. the Chicken & Pumpkin Bowl", "our new game,
     * Lantern Harbour - a cooperative game": the proper name if there is one, else the first phrase; the
     * rest describes it.
     */
    private static void productAnswer(List<Sentence> candidates, Found f) {
        List<String> segments = new ArrayList<>();
        String chosen = null;
        int used = 0;
        for (Sentence s : candidates) {
            List<String> own = phrases(PRODUCT_LEAD.matcher(tidyAnswer(stripGreeting(s.rest()))).replaceFirst(""));
            segments.addAll(own);
            used++;
            chosen = own.stream().filter(BriefWords::isProperName).findFirst().orElse(null);
            if (chosen != null) break;
        }
        if (chosen == null) {
            used = 1;
            segments = phrases(PRODUCT_LEAD.matcher(tidyAnswer(stripGreeting(candidates.get(0).rest()))).replaceFirst(""));
            if (segments.isEmpty()) return;
            chosen = segments.get(0);
        }
        String name = calledName(PRODUCT_LEAD.matcher(chosen).replaceFirst(""));
        String bare = BriefWords.cutName(name).replaceFirst("(?i)\\s+(?:(?:made|designed|built)\\s+)?for\\s+.*$", "");
        if (BriefWords.words(name) > 10 || !BriefWords.looksLikeName(bare)) return;
        List<String> others = new ArrayList<>(segments);
        others.remove(chosen);
        product(others.isEmpty() ? name : name + ", " + String.join(", ", others), f, false);
        candidates.subList(0, used).forEach(Sentence::consumeAll);
    }

    /** A phrase cut at its appositives: "Lantern Harbour - a cooperative game" -> ["Lantern Harbour", "a cooperative game"]. */
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

    private static void audienceAnswer(Sentence s, Found f) {
        String r = tidyAnswer(AUDIENCE_LEAD.matcher(stripGreeting(s.rest())).replaceFirst(""));
        String who = BriefWords.cutAudience(r);
        if (BriefWords.words(who) <= 20) {
            f.implied(BriefField.AUDIENCE, who);
            s.consumeAll();
        }
    }

    private static void benefitAnswer(List<Sentence> candidates, Found f) {
        List<String> parts = new ArrayList<>();
        for (Sentence s : candidates) parts.add(tidyAnswer(BENEFIT_LEAD.matcher(stripGreeting(s.rest())).replaceFirst("")));
        String all = String.join(". ", parts);
        String benefit = BriefWords.words(all) <= 30 ? all : parts.get(0);
        if (BriefWords.words(benefit) < 2 || BriefWords.words(benefit) > 30) return;
        f.implied(BriefField.BENEFIT, benefit);
        candidates.forEach(Sentence::consumeAll);
    }

    // --- 3. facts said in passing --------------------------------------------------------------------------

    private void inPassing(List<Sentence> sentences, Found f) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : sentences) if (!s.used()) b.append(s.rest()).append('\n');
        String rest = b.toString();
        if (rest.isBlank()) return;
        if (!f.has(BriefField.BRAND)) brandInPassing(rest).ifPresent(v -> f.implied(BriefField.BRAND, v));
        if (!f.has(BriefField.PRODUCT)) productInPassing(rest, f.stated.get(BriefField.BRAND), f);
        if (!f.has(BriefField.AUDIENCE)) audienceInPassing(rest).ifPresent(v -> f.implied(BriefField.AUDIENCE, v));
        if (!f.has(BriefField.BENEFIT)) {
            String benefit = analyzer.analyze(new Brief(rest, null, null, 30, AspectRatio.LANDSCAPE, List.of())).benefit();
            if (!DEFAULT_BENEFIT.equals(benefit)) f.implied(BriefField.BENEFIT, benefit);
        }
        if (!f.has(BriefField.TONE)) {
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
                String name = withoutPlace(BriefWords.cutClause(m.group(1).strip()).replaceAll("[.]+$", ""));
                if (BriefWords.looksLikeName(name) && !name.matches("(?i)(?:the|a|an|our|my|here|this|it|I)")) return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** "called Tallybird Books", "Introducing Luna Cold Brew, ...", "an ad for our Flex Membership": a proper name only. */
    private static void productInPassing(String t, String brand, Found f) {
        for (Pattern p : List.of(NAMED, PRODUCT_VERB)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                String name = BriefWords.cutName(m.group(1)).replaceAll("[.]+$", "");
                String after = t.substring(m.end());
                if (after.matches("(?is)^\\s+(?:from|at|here|with)\\b.*") || !BriefWords.looksLikeName(name)
                        || name.matches("(?i)(?:I|We|It|This|That|Hi|Hello)") || name.equalsIgnoreCase(brand)) {
                    continue;
                }
                f.implied(BriefField.PRODUCT, name);
                Matcher d = Pattern.compile("(?i)^\\s*,?\\s*(?:which\\s+is\\s+|it'?s\\s+)?(an?\\s+[^.;!?\\n]{4,160})").matcher(after);
                if (d.find()) f.description = name + ", " + d.group(1).strip();
                return;
            }
        }
    }

    /** An audience said in passing ("made for busy professionals", "we sell cold brew to nurses", "for surfers"): people only. */
    static Optional<String> audienceInPassing(String t) {
        for (Pattern p : AUDIENCE_IN_PASSING) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                String who = tidyAnswer(BriefWords.cutAudience(m.group(1)).replaceFirst("(?i)\\s+(?:that|which)\\s+.*$", ""));
                if (BriefWords.looksLikePeople(who) && !who.matches("(?i)(?:you|me|us|them|everyone|it)")) return Optional.of(who);
            }
        }
        return Optional.empty();
    }

    // --- scenes ------------------------------------------------------------------------------------------

    /** Lines of a numbered or bulleted list (two or more) that describe shots, not settings or labelled facts. */
    private static Set<Integer> listedScenes(String[] lines) {
        Map<Integer, String> items = new TreeMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (ENUMERATED.matcher(lines[i]).find() && !LABELLED.matcher(lines[i]).find()) items.put(i, lines[i]);
        }
        if (items.size() < 2) items = countedLines(lines);
        if (items.size() < 2) return Set.of();
        Set<Integer> scenes = new java.util.TreeSet<>();
        items.forEach((i, line) -> {
            String idea = ENUMERATOR.matcher(line).replaceFirst("").strip();
            String withoutSettings = FORMAT.matcher(LENGTH.matcher(idea).replaceAll("")).replaceAll("").strip();
            if (BriefWords.words(withoutSettings) >= 2 && !isChoosePhrase(idea)) scenes.add(i);
        });
        return scenes.size() >= 2 ? scenes : Set.of();
    }

    /** Lines that start 1, 2, 3 ... with no punctuation after the number. */
    private static Map<Integer, String> countedLines(String[] lines) {
        Map<Integer, String> items = new TreeMap<>();
        int next = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = BARE_NUMBER.matcher(lines[i]);
            if (m.find() && Integer.parseInt(m.group(1)) == next) {
                items.put(i, lines[i]);
                next++;
            }
        }
        return items;
    }

    /** Scene ideas on one line: "1. a kid opening the box 2. a volcano fizzing", or joined by "then" and semicolons. */
    private static List<String> inlineScenes(String value) {
        List<String> ideas = new ArrayList<>();
        for (String part : value.split("\\s*(?:(?<=^|\\s)\\d{1,2}[.):]\\s+|;|,?\\s+then\\s+)")) {
            String idea = part.replaceAll("^[,.:\\-\\s]+|[,\\s.]+$", "").strip();
            if (BriefWords.words(idea) >= 2) ideas.add(clip(idea, 300));
        }
        return ideas;
    }

    private static List<String> listedIdeas(String[] lines, Set<Integer> listed) {
        List<String> ideas = new ArrayList<>();
        for (int i : listed) {
            String idea = ENUMERATOR.matcher(lines[i]).replaceFirst("").replaceAll("^[,.:\\-]+|[,\\s]+$", "").strip();
            if (!idea.isEmpty() && ideas.size() < 5) ideas.add(clip(idea, 300));
        }
        return ideas;
    }

    /**
     * While collecting scenes: what is left of each line after settings, hand-overs and the like were read,
     * cut at "then" and semicolons; a header ("one per line:"), a question or talk to Zapcut is not a scene.
     */
    private static List<String> sceneLines(List<Sentence> sentences) {
        Map<Integer, List<Sentence>> byLine = new TreeMap<>();
        for (Sentence s : sentences) {
            String rest = s.rest();
            if (s.used() || BriefWords.words(rest) < 3 || s.text.strip().endsWith(":") || isQuestion(s.text)
                    || META.matcher(rest).find() || HEDGE.matcher(rest).find() || isChoosePhrase(rest)
                    || rest.matches("(?is).*\\b(?:scenes?|storyboard|ideas?)\\b.*")
                    || rest.matches("(?i)^(?:(?:i|we)(?:'d|'ll|\\s+would|\\s+want|\\s+need|\\s+have)|can\\s+you|could\\s+you|please|let'?s|thanks|ok|use)\\b.*")) {
                continue;
            }
            byLine.computeIfAbsent(s.line, k -> new ArrayList<>()).add(s);
        }
        List<String> ideas = new ArrayList<>();
        for (List<Sentence> line : byLine.values()) {
            String text = String.join(" ", line.stream().map(Sentence::rest).toList());
            for (String part : SCENE_SPLIT.split(text)) {
                String idea = part.replaceAll("^[,.:\\-\\s]+|[,\\s.]+$", "").strip();
                if (BriefWords.words(idea) >= 3 && ideas.size() < 5) ideas.add(clip(idea, 300));
            }
            line.forEach(Sentence::consumeAll);
        }
        return ideas;
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

    // --- small helpers ------------------------------------------------------------------------------------

    private static Optional<BriefField> field(String words) {
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

    private static void consumeAll(Sentence s, Pattern p) {
        Matcher m = p.matcher(s.left());
        while (m.find()) {
            s.consume(m.start(), m.end());
            m = p.matcher(s.left());
        }
    }

    /** "Bloom Room in Leeds" -> "Bloom Room": where a business is, is not its name. */
    private static String withoutPlace(String name) {
        return name.replaceFirst("(?i)\\s+(?:based\\s+)?(?:in|near|out\\s+of)\\s+(?:the\\s+)?\\p{Lu}.*$", "").strip();
    }

    private static String stripGreeting(String s) { return GREETING.matcher(s.strip()).replaceFirst("").strip(); }

    /** An answer without chat around it: "ppl who put hot sauce on evrything lol" -> "ppl who put hot sauce on evrything". */
    private static String tidyAnswer(String s) { return TRAILING_FILLER.matcher(s.strip()).replaceFirst("").replaceAll("[\\s,;:!?]+$", "").strip(); }

    private static Optional<String> lengthIn(String t) {
        Matcher m = LENGTH.matcher(t);
        if (!m.find()) return Optional.empty();
        if (m.group(1) != null) return Optional.of(m.group(1));
        if (m.group(2) != null) return Optional.of(switch (m.group(2).toLowerCase(Locale.ROOT)) { case "fifteen" -> "15"; case "thirty" -> "30"; default -> "60"; });
        return Optional.of(m.group(3) != null ? "30" : "60");
    }

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

    /** "Luna Cold Brew, not 'Voice is Calm'" -> "Luna Cold Brew". */
    private static String cutNotClause(String s) {
        return s.replaceFirst("(?i),?\\s+(?:not|instead of|rather than)\\s+.*$", "").replaceFirst("(?i)\\s+(?:please|thanks|thank you)[.!]*$", "").strip();
    }

    static String clean(String s) {
        if (s == null) return null;
        String c = s.replace(Sentences.CUT, ' ').replaceAll("\\s+", " ").replaceAll("^[\"'“”‘’*\\s]+|[\"'“”‘’*\\s.,;:!?]+$", "").strip();
        return c.isEmpty() ? null : clip(c, 200);
    }

    private static String clip(String s, int max) { return s.length() <= max ? s : s.substring(0, max).strip(); }
}
