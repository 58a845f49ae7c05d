package video.zapcut.publishing;

/**
 * The account a connection posts as.
 *
 * @param id     X's user id; LinkedIn's member id (the OpenID {@code sub}), whose author URN is {@code urn:li:person:{id}}
 * @param name   the display name
 * @param handle X's username (without @); null on LinkedIn
 */
public record PlatformAccount(String id, String name, String handle) {
    public PlatformAccount {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("an account needs its platform id");
    }
}
