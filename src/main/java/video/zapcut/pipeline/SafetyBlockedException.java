package video.zapcut.pipeline;

import video.zapcut.agents.safety.SafetyVerdict;

/** The safety review blocked the ad; carries the verdict with its violations and safe alternative. */
public class SafetyBlockedException extends RuntimeException {
    private final SafetyVerdict verdict;

    public SafetyBlockedException(SafetyVerdict verdict) {
        super("blocked by the safety review: " + verdict.violations().size() + " violation(s)");
        this.verdict = verdict;
    }

    public SafetyVerdict verdict() { return verdict; }
}
