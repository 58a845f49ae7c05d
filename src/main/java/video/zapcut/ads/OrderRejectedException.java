package video.zapcut.ads;

import java.util.List;
import java.util.stream.Collectors;

/** An order broke one or more of {@link OrderRules}; nothing was written. */
public class OrderRejectedException extends RuntimeException {
    private final List<RuleViolation> violations;

    public OrderRejectedException(List<RuleViolation> violations) {
        super(violations.stream().map(RuleViolation::message).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public OrderRejectedException(String field, String message) {
        this(List.of(new RuleViolation(field, message)));
    }

    public List<RuleViolation> violations() { return violations; }
}
