package video.zapcut.publishing;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One platform's wire protocol, behind which X ({@code publishing.x}) and LinkedIn
 * ({@code publishing.linkedin}) sit. It speaks HTTP and nothing else: which token to use, when to
 * refresh it, what was already done for an export and whether a post may be tried again are
 * decided by the callers in this package.
 *
 * <p>Failures are {@code VendorException}s (status, retryable, retry-after, the platform's message);
 * a 401 on any call means the access token was refused. Calls that are safe to repeat (token
 * exchange excepted, uploads, polls, reads) retry retryable failures themselves;
 * {@link #createPost} never does.
 */
public interface PlatformClient {
    Platform platform();

    /** The page that asks the user to grant Zapcut access (authorization code flow with PKCE S256). */
    URI authorizeUrl(String state, String codeChallenge, URI redirectUri);

    /** Trades the code the browser brought back, and the PKCE verifier, for tokens. Not retried: a code is single use. */
    TokenGrant exchangeCode(String code, String codeVerifier, URI redirectUri);

    /**
     * A fresh access token from a refresh token. X rotates refresh tokens: the answer carries the
     * new one and the old one is dead. Throws {@link ReconnectRequired} when the platform refuses the
     * refresh token (revoked, expired, already used).
     */
    TokenGrant refresh(String refreshToken);

    /** Who the access token belongs to (X {@code GET /2/users/me}; LinkedIn {@code GET /v2/userinfo}). */
    PlatformAccount account(String accessToken);

    /**
     * Uploads {@code video} (already fitted to the platform) and waits until the platform has
     * processed it, within a bound; a processing failure is a {@link MediaProcessingFailed}.
     */
    UploadedMedia upload(String accessToken, PlatformAccount account, Path video, UploadListener listener);

    /**
     * The account's post that carries {@code media}, if one exists: asked before a post is tried
     * again after an answer that may have hidden a success (5xx, timeout), so nothing posts twice.
     * Throws {@link PostLookupUnavailable} when the platform does not let this app read posts.
     */
    Optional<PublishedPost> findPost(String accessToken, PlatformAccount account, UploadedMedia media);

    /** Creates the post, once: one HTTP exchange, never retried here. */
    PublishedPost createPost(String accessToken, PlatformAccount account, UploadedMedia media, PostRequest post);
}
