package video.zapcut.studio;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of words the offline reader judges a value by: does it look like a name, a group of
 * people, a few style words, or chat ("ok thanks, I'll come back later")? And where does a name end
 * ("Stride 5, a lightweight racing shoe": the name is "Stride 5", the rest describes it)?
 */
final class BriefWords {
    private BriefWords() {}

    /** Words that never sit in a brand or product name: pronouns, auxiliaries, chat. */
    private static final Set<String> CHAT = Set.of("i", "i'm", "i'll", "i'd", "i've", "me", "my", "you", "you're", "your", "u", "we",
            "we're", "we'll", "we'd", "we've", "us", "it's", "is", "are", "was", "were", "will", "would", "can", "could", "should", "do",
            "does", "did", "don't", "have", "has", "what", "how", "why", "when", "where", "who", "which", "thanks", "thank", "please",
            "later", "tomorrow", "today", "yes", "no", "not", "maybe", "sure", "ok", "okay", "photo", "photos", "upload", "music",
            "scene", "scenes", "video", "make", "want", "need", "send", "come", "go", "this", "that", "there", "here", "idea", "ideas",
            "know", "think", "mean", "just", "really", "about", "lol", "our", "here's", "hey", "hi", "hello", "below", "attached", "carry", "continue", "next", "skip", "same");

    /** Words a style is never made of: pronouns, determiners, verbs of asking, settings and filler. */
    private static final Set<String> NOT_STYLE = Set.of("i", "i'm", "i'd", "i'll", "we", "we're", "we'd", "we'll", "you", "your", "u", "it",
            "it's", "its", "they", "me", "my", "our", "us", "the", "this", "that", "these", "those", "a", "an", "is", "are", "be", "was",
            "make", "made", "keep", "want", "love", "like", "would", "should", "could", "can", "will", "run", "use", "using", "need",
            "have", "for", "on", "in", "at", "to", "of", "from", "with", "as", "by", "ad", "ads", "video", "spot", "commercial", "version",
            "format", "clip", "cut", "please", "pls", "thanks", "thank", "tho", "though", "lol", "now", "also", "too", "instead", "then",
            "ok", "okay", "so", "just", "long", "total", "max", "feed", "scene", "scenes", "music", "photo", "photos", "do", "does",
            "go", "get", "let's", "let", "what", "how", "who", "which", "there", "here", "bumper", "something", "actually",
            "maybe", "honestly", "really", "yeah", "yes", "no", "hey", "hi", "hello", "sorry", "oops", "wait");

    /** Head nouns of an audience: who an ad speaks to. */
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:people|persons?|folks?|ppl|men|women|guys|girls|boys|kids|children|"
            + "child|teens?|teenagers|adults|babies|toddlers|parents|mums?|moms?|mothers|dads|fathers|famil(?:y|ies)|famlies|couples|"
            + "friends|groups|students|pupils|grads|graduates|professionals|workers|employees|staff|teams|businesses|companies|startups|"
            + "start-ups|brands|founders|owners|customers|clients|patients|residents|locals|neighbou?rs|athletes|gym-?goers|beginners|"
            + "seniors|retirees|millennials|boomers|gen[ -]?z|anyone|everyone|someone|those|lovers|fans|enthusiasts|regulars|nerds|geeks|"
            + "shoppers|buyers|users|homeowners|renters|vegans|vegetarians|expats|singles|newlyweds|brides|grooms|hosts|guests|"
            + "audiences?|humans|nurses|chefs|cooks|vets|pilots|coaches|nannies|creatives|introverts|extroverts|foodies|techies|newbies|"
            + "yogis|tweens|twins|grand(?:parents|kids|children)|(?:step|foster)?(?:mums|moms|dads|parents)|folk)\\b");
    /** Nouns of people made from verbs and trades: runners, cyclists, musicians, retirees. */
    private static final Pattern PERSON_SUFFIX = Pattern.compile("(?i)\\b(\\p{L}{2,}(?:ers|ists|ians|ees|ors))\\b");
    /** Things that end like people ("trainers" are shoes). */
    private static final Set<String> THINGS = Set.of("trainers", "sneakers", "speakers", "papers", "computers", "containers", "stickers",
            "summers", "winters", "flowers", "layers", "orders", "offers", "matters", "letters", "numbers", "covers", "filters", "markers",
            "posters", "folders", "centers", "corners", "borders", "chargers", "printers", "burgers", "beers", "waters", "towers",
            "blenders", "toasters", "dryers", "diapers", "slippers", "zippers", "lockers", "timers", "burners", "liners", "headphones",
            "colors", "colours", "flavors", "flavours", "doors", "floors", "hours", "tours", "odors", "sensors", "monitors", "motors",
            "mirrors", "errors", "interiors", "others", "coffees", "fees", "trees", "degrees", "knees", "towels", "lists", "twists",
            "wrists", "playlists", "checklists", "physicians", "guardians", "fittings", "answers", "powers", "showers", "tractors");

    /** Where an appositive or a description starts after a name: ", a ...", ": ...", " - ...", " (...)". */
    private static final Pattern APPOSITIVE = Pattern.compile("\\s*(?:,\\s|,$|:\\s|:$|;|\\s[-–—]\\s|\\s[-–—]$|\\s?\\()");
    /** A new clause after a name: "Harbor Coffee and we sell cold brew", "Harbor Cold Brew and it comes in glass". */
    private static final Pattern NEW_CLAUSE = Pattern.compile("(?i),?\\s+(?:(?:and|but|so|while|because|since|as)\\s+"
            + "(?:it|it's|its|we|we're|we'll|we've|they|they're|our|i|i'm|i'll|you|you'll|the\\s+(?:big|main|key|one)\\b)\\b"
            + "|which\\b|because\\b|so\\s+that\\b|,?\\s*not\\s+(?:the\\s+)?['\"‘“]).*$");
    /** A name's usual lead-in: "the", "our new". */
    private static final Pattern DETERMINERS = Pattern.compile("(?i)^(?:(?:the|our|my|a|an|some|new|brand[- ]new)\\s+)+");

    static int words(String s) { return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length; }

    private static List<String> lowerWords(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[\\s,;:!?()\"]+"))
                .map(w -> w.replaceAll("^['‘’.-]+|['‘’.-]+$", "")).filter(w -> !w.isEmpty()).toList();
    }

    /** A name: at most six words, none of them chat ("ok thanks, I'll come back later" is not a brand). */
    static boolean looksLikeName(String s) {
        if (s == null || s.isBlank() || words(s) > 6 || s.endsWith("?") || !s.matches("(?s).*\\p{L}.*")) return false;
        for (String word : s.strip().split("[\\s,;:!?()\"]+")) {
            String w = word.replaceAll("^['‘’.-]+|['‘’.-]+$", "");
            if (w.isEmpty() || !CHAT.contains(w.toLowerCase(Locale.ROOT))) continue;
            // chat words are lowercase; a capitalised one belongs to a name ("Make Up Forever", "Music Box"), but "I'll" is never a name
            if (!Character.isUpperCase(w.codePointAt(0)) || w.matches("I(?:'.*)?")) return false;
        }
        return true;
    }

    /**
     * A proper name: its first word capitalized (or a number: "7-day Alpine Rail Tour") and at least
     * half its words too ("Starlight Owls bedtime books", not "Fresh dog food").
     */
    static boolean isProperName(String s) {
        String n = DETERMINERS.matcher(s.strip()).replaceFirst("");
        String[] w = n.split("\\s+");
        if (n.isEmpty() || !(Character.isUpperCase(w[0].codePointAt(0)) || Character.isDigit(w[0].codePointAt(0)))) return false;
        int caps = 0;
        int counted = 0;
        boolean letters = false;
        for (String word : w) {
            if (word.matches("(?i)&|and|of|the|de|la|le|du|von|van|n'|'n'|\\+")) continue;
            counted++;
            int c = word.codePointAt(0);
            if (Character.isDigit(c)) { // "Stride 5", "7-day": numbers count neither way
                counted--;
                continue;
            }
            if (Character.isUpperCase(c)) {
                letters = true;
                caps++;
            }
        }
        return letters && caps * 2 >= counted;
    }

    /** A group of people: a people noun ("surfers", "busy professionals") or someone "who ..."; not "2-5 players". */
    static boolean looksLikePeople(String s) {
        if (s == null || s.isBlank()) return false;
        String t = s.strip();
        if (Character.isDigit(t.codePointAt(0))) return false; // a count of players, not who they are
        if (PEOPLE.matcher(t).find() || t.matches("(?i).*\\b(?:who|whose)\\b.*")) return true;
        Matcher m = PERSON_SUFFIX.matcher(t);
        while (m.find()) if (!THINGS.contains(m.group(1).toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** A few style words ("bold and playful colours", "not too corporate"): no pronouns, verbs of asking or settings. */
    static boolean looksLikeStyle(String s) {
        if (s == null || s.isBlank() || words(s) > 7 || s.contains("?")) return false;
        List<String> w = lowerWords(s);
        return w.stream().anyMatch(x -> !x.matches("and|or|but|&")) && w.stream().noneMatch(NOT_STYLE::contains)
                && w.stream().allMatch(x -> x.matches("[\\p{L}][\\p{L}'-]*|&"));
    }

    /** The style words at the end of a phrase: "we want a premium" -> "premium". */
    static String styleTail(String s) {
        String[] w = s.strip().split("\\s+");
        int from = w.length;
        while (from > 0 && looksLikeStyle(w[from - 1].replaceAll("[,]+$", ""))) from--;
        String tail = String.join(" ", Arrays.copyOfRange(w, from, w.length)).replaceFirst("(?i)^(?:and|or)\\s+", "").replaceAll("[,\\s]+$", "");
        return tail.strip();
    }

    /** "Stride 5, a lightweight racing shoe" -> ["Stride 5", "a lightweight racing shoe"]; no appositive: [s, null]. */
    static String[] splitAppositive(String s) {
        Matcher m = APPOSITIVE.matcher(s);
        while (m.find()) {
            if (m.start() == 0) continue;
            String head = s.substring(0, m.start()).strip();
            String rest = s.substring(m.end()).replaceFirst("^[\\s,:;(–—-]+", "").replaceFirst("\\)\\s*$", "").strip();
            return new String[] {head, rest.isEmpty() ? null : rest};
        }
        return new String[] {s.strip(), null};
    }

    /** A name cut where a new clause starts, without its lead-in "the"/"our". */
    static String cutName(String s) {
        return DETERMINERS.matcher(NEW_CLAUSE.matcher(s.strip()).replaceFirst("")).replaceFirst("").strip();
    }

    /** A phrase cut where a new clause starts: "Ledgerly and we make ..." -> "Ledgerly". */
    static String cutClause(String s) { return NEW_CLAUSE.matcher(s.strip()).replaceFirst("").strip(); }

    /** An audience cut where a new clause starts: "walkers who hike in winter, and the big thing is ..." -> "walkers who hike in winter". */
    static String cutAudience(String a) {
        String c = NEW_CLAUSE.matcher(a.strip()).replaceFirst("");
        c = c.replaceFirst("(?i),?\\s+(?:called|named|so\\s+(?:that|they|their|them|you|your|it|its|we|our|the)|to\\s+help)\\b.*$", "");
        return c.replaceFirst("(?i)^(?:mostly|mainly|primarily|basically|really|especially|largely)\\s+", "").strip();
    }

    /** "Salt & Stone" from "SALT & STONE"; names in mixed case stay as written. */
    static String titleCaseIfShouting(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT)) || !s.matches("(?s).*\\p{Lu}.*")) return s;
        StringBuilder out = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return out.toString();
    }

    // --- chat around an answer ------------------------------------------------------------------------

    /** Greetings and chat openers in front of an answer ("hello! Inkwell Press here", "ok cool. we're ..."). */
    private static final Pattern GREETING = Pattern.compile("(?i)^(?:(?:(?:hi|hello|hey|hiya|heya|yo|howdy|greetings|good\\s+(?:morning|afternoon|"
            + "evening|day))(?:\\s+(?:there|all|team|guys|folks))?(?=[\\s,!.:;]|$)|(?:ok(?:ay)?|so|well|um+|uh+|ah|oh|right|alright|yeah)(?=[\\s,!.:;]|$)"
            + "|(?:cool|great|sure|awesome|perfect|nice|thanks|thank\\s+you)(?=[,!.:;]|$))[\\s,!.:;-]*)+");

    /** Chat after an answer: "lol", "tho", "please". */
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?i)(?:[\\s,]+(?:lol|haha+|hehe+|tho|though|pls|please|thanks|thank\\s+you|x+|tbh|honestly|really|!+))+[.!]*$");

    /** A question's first words. */
    static final Pattern QUESTION_START = Pattern.compile("(?i)^(?:what|how|why|who|where|when|which|can\\s+you|could\\s+you|would\\s+you|"
            + "will\\s+you|do\\s+you|does|is\\s+this|is\\s+it|are\\s+you|can\\s+i|may\\s+i|should\\s+i)\\b");

    private static final Pattern QUESTION = Pattern.compile("(?s)(?:" + QUESTION_START.pattern() + ".*|.*\\?\\s*)");

    /** Talk about the conversation itself rather than the brief. */
    static final Pattern META = Pattern.compile("(?i)^(?:i'?ll|i\\s+will|i'?m\\s+going\\s+to|let\\s+me|show\\s+me|that'?s\\s+(?:all|it)|"
            + "here\\s+(?:are|is)|here'?s|let'?s\\s+(?:go|do\\s+it|start|begin|move\\s+on)|next|done|continue|go\\s+ahead|generate)\\b"
            + "|\\b(?:(?:send|upload|add|attach)(?:ed|ing)?\\s+(?:the\\s+|some\\s+|my\\s+|more\\s+|a\\s+few\\s+)?(?:photos?|pictures?|images?)"
            + "|photos?\\s+(?:are\\s+)?(?:up|uploaded|coming|later|tomorrow)|come\\s+back\\s+later|the\\s+plan\\b|brand\\s+(?:notes|book|guidelines|guide)"
            + "|(?:notes|doc|document|guidelines)\\s+(?:below|above|attached))");

    /** Not knowing: "hmm", "not sure", "no idea". */
    static final Pattern HEDGE = Pattern.compile("(?i)^(?:hmm+|ugh|um+|uh+|idk|dunno|not\\s+sure|no\\s+idea|i\\s+don'?t\\s+know|"
            + "i'?m\\s+not\\s+sure|good\\s+question)\\b");

    /** A question: asked with a question word or a question mark. */
    static boolean isQuestion(String sentence) { return QUESTION.matcher(sentence.strip()).matches(); }

    /** "hello! Inkwell Press here" -> "Inkwell Press here". */
    static String stripGreeting(String s) { return GREETING.matcher(s.strip()).replaceFirst("").strip(); }

    /** An answer without chat around it: "ppl who put chilli on everything lol" -> "ppl who put chilli on everything". */
    static String tidyAnswer(String s) { return TRAILING_FILLER.matcher(s.strip()).replaceFirst("").replaceAll("[\\s,;:!?]+$", "").strip(); }

    /** "Bloom Room in Leeds" -> "Bloom Room": where a business is, is not its name. */
    static String withoutPlace(String name) {
        return name.replaceFirst("(?i)\\s+(?:based\\s+)?(?:in|near|out\\s+of)\\s+(?:the\\s+)?\\p{Lu}.*$", "").strip();
    }

    static String clip(String s, int max) { return s.length() <= max ? s : s.substring(0, max).strip(); }
}
