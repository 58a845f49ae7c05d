package video.zapcut.publishing;

import java.time.Duration;
import java.util.Optional;
import video.zapcut.ai.vendors.http.Sleeper;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorInterruptedException;

/**
 * Sends a post so that it appears once, whatever fails. Before each send the export records that a
 * post may exist; after an answer that can hide a success (5xx, timeout, a reset connection) the
 * platform is asked for a post carrying this upload, and the post is sent again only when there is
 * none. (A resumed export that finds the record asks the same question first: {@link ExportRunner}.) A 429 or 401 created nothing and is simply tried again (after the
 * platform's reset time, within {@code maxRateLimitWait}). Other 4xx are the platform's final word.
 */
final class PostOnce {
    static final int ATTEMPTS = 4;
    private final Exports exports;
    private final AuthorizedCalls calls;
    private final Sleeper sleeper;
    private final Duration maxRateLimitWait;
    private final Duration firstBackoff;

    PostOnce(Exports exports, AuthorizedCalls calls, Sleeper sleeper, Duration maxRateLimitWait, Duration firstBackoff) {
        this.exports = exports;
        this.calls = calls;
        this.sleeper = sleeper;
        this.maxRateLimitWait = maxRateLimitWait;
        this.firstBackoff = firstBackoff;
    }

    PublishedPost post(Export export, String owner, PlatformClient client, UploadedMedia media, PostRequest request) {
        PlatformAccount account = export.account();
        VendorException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            exports.postAttempted(export.id(), owner);
            try {
                return calls.call(export.connectionId(), export.platform(), token -> client.createPost(token, account, media, request));
            } catch (VendorException e) {
                last = e;
                if (e.status() == 429) {
                    Duration wait = e.retryAfter() != null ? e.retryAfter() : backoff(attempt);
                    if (wait.compareTo(maxRateLimitWait) > 0 || attempt == ATTEMPTS) throw e;
                    sleep(wait);
                } else if (ambiguous(e)) {
                    Optional<PublishedPost> made = find(export, client, media);
                    if (made.isPresent()) return made.get();
                    if (attempt < ATTEMPTS) sleep(backoff(attempt));
                } else {
                    throw e;
                }
            }
        }
        throw last;
    }

    /**
     * No answer, a server error, or a success whose body could not be read (the post exists, its id is
     * unknown): the post may or may not exist, so the platform is asked before anything is sent again.
     */
    static boolean ambiguous(VendorException e) { return e.status() == -1 || e.status() >= 500 || e.status() / 100 == 2; }

    /** The account's post carrying {@code media}, asked before posting again after an attempt that may have succeeded. */
    Optional<PublishedPost> find(Export export, PlatformClient client, UploadedMedia media) {
        return calls.call(export.connectionId(), export.platform(), token -> client.findPost(token, export.account(), media));
    }

    /** By default 2, 4, 8 s: a platform's trouble is usually over in seconds, and the export waits anyway. */
    Duration backoff(int attempt) { return firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 5)); }

    private void sleep(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VendorInterruptedException("publishing", "interrupted while waiting to post", e);
        }
    }
}
