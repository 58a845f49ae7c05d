package video.zapcut.jobs;

/** A generation request that cannot be accepted, with the reason a client can branch on. */
public class GenerationRefusedException extends RuntimeException {
    public enum Reason {
        /** a referenced project, asset or bible does not exist for this user */
        NOT_FOUND,
        /** the request contradicts itself or the data it names */
        INVALID,
        /** the user has no videos left */
        QUOTA_EXHAUSTED,
        /** the user collected too many critical safety violations */
        GENERATION_BLOCKED,
        /** the job is in a state that does not allow this */
        CONFLICT
    }

    private final Reason reason;
    private final String field;

    public GenerationRefusedException(Reason reason, String message) {
        this(reason, null, message);
    }

    /** @param field the request field at fault (for INVALID), e.g. {@code scenes[2].duration_seconds} */
    public GenerationRefusedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() { return reason; }
    public String field() { return field; }
}
