package video.zapcut.publishing;

/** The platform refused the connection's tokens for good (revoked, expired, refresh token used): the user must connect again. */
public class ReconnectRequired extends RuntimeException {
    private final Platform platform;

    public ReconnectRequired(Platform platform, String message) {
        super(message);
        this.platform = platform;
    }

    public Platform platform() { return platform; }
}
