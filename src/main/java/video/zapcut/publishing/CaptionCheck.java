package video.zapcut.publishing;

import java.util.List;
import video.zapcut.agents.safety.Violation;

/**
 * What {@link CaptionRules} found.
 *
 * @param length     the caption's length as the platform counts it
 * @param limit      the platform's limit
 * @param problems   length and emptiness problems, in words (a 400)
 * @param violations what the safety screen blocked (a 422)
 */
public record CaptionCheck(Platform platform, int length, int limit, List<String> problems, List<Violation> violations) {
    public boolean ok() { return problems.isEmpty() && violations.isEmpty(); }
}
