package video.zapcut.publishing;

/** The platform would not let this app read the account's posts, so whether an earlier attempt posted cannot be known. */
public class PostLookupUnavailable extends RuntimeException {
    public PostLookupUnavailable(String message) { super(message); }
}
