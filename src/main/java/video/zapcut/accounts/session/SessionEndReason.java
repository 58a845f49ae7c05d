package video.zapcut.accounts.session;

/** Why a session ended; stored in {@code sessions.end_reason}. */
public enum SessionEndReason {
    /** The user signed out ({@code POST /v1/auth/logout}). */
    SIGNED_OUT("signed_out"),
    /** A spent refresh token of the session was presented again: someone else holds a copy. */
    REFRESH_TOKEN_REUSED("refresh_token_reused");

    private final String column;

    SessionEndReason(String column) { this.column = column; }

    public String column() { return column; }

    public static SessionEndReason fromColumn(String value) {
        for (SessionEndReason reason : values()) {
            if (reason.column.equals(value)) return reason;
        }
        throw new IllegalArgumentException("unknown session end reason " + value);
    }
}
