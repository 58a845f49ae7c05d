package video.zapcut.agents.safety;

import java.util.List;

/**
 * The safety agent's answer. {@code status} is "approved" or "blocked". A blocked verdict lists its
 * violations and a rewritten, safe version of the text; an approved one carries the negative prompt
 * the generators must use.
 */
public record SafetyVerdict(String status, List<Violation> violations, String safeAlternative, String negativePrompt) {
    public static final String APPROVED = "approved";
    public static final String BLOCKED = "blocked";

    public boolean blocked() { return BLOCKED.equals(status); }
}
