package video.zapcut.publishing;

import java.util.List;
import video.zapcut.agents.safety.Violation;

/** A connection or an export that cannot start, and why; nothing was stored or uploaded. The web layer maps {@link Reason} to a status. */
public class PublishingRefused extends RuntimeException {
    public enum Reason {
        /** The platform has no client id here. */
        NOT_CONFIGURED,
        AD_NOT_FOUND,
        /** The ad is not finished (no video to post). */
        AD_NOT_READY,
        /** No account of that platform is connected. */
        NOT_CONNECTED,
        /** Several are connected and the request did not say which; or it named one that is not connected. */
        ACCOUNT_UNCLEAR,
        RECONNECT_REQUIRED,
        /** Wrong field values (empty or too long caption, unknown visibility). */
        INVALID,
        /** The caption failed the safety screen. */
        CAPTION_BLOCKED,
        /** The same Idempotency-Key came with a different request. */
        KEY_REUSED,
        /** The same Idempotency-Key's export is still running. */
        IN_PROGRESS
    }

    private final Reason reason;
    private final String field;
    private final List<Violation> violations;

    public PublishingRefused(Reason reason, String field, String detail) { this(reason, field, detail, List.of()); }

    public PublishingRefused(Reason reason, String field, String detail, List<Violation> violations) {
        super(detail);
        this.reason = reason;
        this.field = field;
        this.violations = List.copyOf(violations);
    }

    public Reason reason() { return reason; }

    /** The request field at fault, or null. */
    public String field() { return field; }

    public List<Violation> violations() { return violations; }
}
