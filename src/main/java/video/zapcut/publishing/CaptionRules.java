package video.zapcut.publishing;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import video.zapcut.agents.safety.RuleBasedSafetyAgent;
import video.zapcut.agents.safety.SafetyVerdict;
import video.zapcut.agents.safety.TextUnit;

/**
 * The one rulebook for a post's caption, asked by the API, the command line and the studio's live
 * count before anything is uploaded.
 * <ul>
 *   <li>X counts "weighted" characters up to 280: most Latin text 1 each, CJK and emoji 2, any URL 23.
 *       The count is X's own library's (twitter-text), so it is the count X applies.</li>
 *   <li>LinkedIn takes 3000 characters of commentary. Its reserved characters are escaped by the
 *       LinkedIn client on the way out and do not count here: the member sees them once.</li>
 *   <li>Both pass the same deterministic safety screen as briefs (the one that runs before any LLM
 *       review), with the ad's own brand allowed to be named; it is instant, so the studio's live
 *       count can ask it at every pause in typing.</li>
 * </ul>
 */
public final class CaptionRules {
    public static final int X_LIMIT = 280;
    public static final int LINKEDIN_LIMIT = 3000;

    private CaptionRules() {}

    /** How long {@code caption} is on {@code platform}, as that platform counts. */
    public static int length(Platform platform, String caption) {
        String text = caption == null ? "" : caption;
        return switch (platform) {
            case X -> TwitterTextParser.parseTweet(text).weightedLength;
            case LINKEDIN -> text.codePointCount(0, text.length());
        };
    }

    public static int limit(Platform platform) {
        return platform == Platform.X ? X_LIMIT : LINKEDIN_LIMIT;
    }

    /** The counts and every problem with {@code caption} on {@code platform}; {@code brand} (may be null) may be named freely. */
    public static CaptionCheck check(Platform platform, String caption, String brand) {
        String text = caption == null ? "" : caption;
        int length = length(platform, text);
        int limit = limit(platform);
        List<String> problems = new ArrayList<>();
        if (text.isBlank()) problems.add("the caption is empty");
        if (length > limit) {
            problems.add(platform.label() + " takes " + limit + " characters" + (platform == Platform.X ? " as X counts them" : "")
                    + "; this caption has " + length);
        }
        if (platform == Platform.X && !text.isBlank() && length <= limit && !validOnX(text)) {
            problems.add("X would refuse this caption (it holds characters X does not accept)");
        }
        SafetyVerdict verdict = text.isBlank() ? null
                : new RuleBasedSafetyAgent(brand == null || brand.isBlank() ? Set.of() : Set.of(brand))
                        .review(List.of(new TextUnit(null, text)));
        return new CaptionCheck(platform, length, limit, List.copyOf(problems),
                verdict == null || !verdict.blocked() ? List.of() : verdict.violations());
    }

    private static boolean validOnX(String text) {
        TwitterTextParseResults r = TwitterTextParser.parseTweet(text);
        return r.isValid;
    }
}
