package video.zapcut.publishing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import video.zapcut.ads.AdMedia;
import video.zapcut.config.Scratch;
import video.zapcut.ads.Ads;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorInterruptedException;

/**
 * Carries one export through: the platform's file, the upload (skipped when an earlier attempt's
 * upload is still good), the post ({@link PostOnce}). Every step is written to the export as it
 * finishes, so whoever runs it next (a retry, a repeated request, another process after a crash)
 * starts where this one stopped. Failures end the export with a code and the platform's own words.
 */
public class ExportRunner {
    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);
    private final Exports exports;
    private final Function<Platform, PlatformClient> clients;
    private final PlatformFiles files;
    private final Ads ads;
    private final AuthorizedCalls calls;
    private final PostOnce posts;
    private final Path scratchRoot;
    private final Clock clock;
    private final String owner;

    public ExportRunner(Exports exports, Connections connections, Function<Platform, PlatformClient> clients, PlatformFiles files, Ads ads,
                        PostOnceSettings settings, Path scratchRoot, Clock clock) {
        this.exports = exports;
        this.clients = clients;
        this.files = files;
        this.ads = ads;
        this.calls = new AuthorizedCalls(connections);
        this.posts = new PostOnce(exports, calls, settings.sleeper(), settings.maxRateLimitWait(), settings.firstBackoff());
        this.scratchRoot = scratchRoot;
        this.clock = clock;
        this.owner = "runner-" + UUID.randomUUID();
    }

    /** How {@link PostOnce} waits, how long it waits out a rate limit, and its first backoff after a doubtful answer. */
    public record PostOnceSettings(video.zapcut.ai.vendors.http.Sleeper sleeper, java.time.Duration maxRateLimitWait,
                                   java.time.Duration firstBackoff) {}

    /**
     * Runs the export when it is free (queued, or its last runner's lease lapsed) and returns it as it
     * ended; when another runner holds it, returns it as it stands.
     */
    public Export run(UUID exportId) {
        Export export = exports.claim(exportId, owner).orElse(null);
        if (export == null) return exports.find(exportId).orElseThrow();
        Path scratch = scratchRoot.resolve(exportId.toString());
        Thread heartbeat = Thread.ofVirtual().name("export-lease-" + exportId).start(() -> keepLease(exportId));
        try {
            exports.succeeded(exportId, owner, publish(export, scratch));
            log.info("export {} posted to {}", exportId, export.platform().label());
        } catch (Exports.LeaseLost e) {
            log.warn("{}; this runner stopped", e.getMessage());
        } catch (VendorInterruptedException e) {
            // Shutting down: the lease lapses and another runner resumes from the checkpoints.
            log.info("export {} interrupted; it resumes from its checkpoints", exportId);
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Stopped while resizing or waiting (FFmpeg and sleeps report it their own way): not a failure.
                log.info("export {} interrupted ({}); it resumes from its checkpoints", exportId, e.getMessage());
                return exports.find(exportId).orElseThrow();
            }
            Failure f = Failure.of(export.platform(), e);
            if (f.unexpected()) log.warn("export {} failed unexpectedly", exportId, e);
            else log.info("export {} failed: {} ({})", exportId, f.code(), f.detail());
            try {
                exports.failed(exportId, owner, f.code(), f.detail());
            } catch (Exports.LeaseLost lost) {
                log.warn("{}; its failure here is not recorded", lost.getMessage());
            }
        } finally {
            heartbeat.interrupt();
            Scratch.delete(scratch);
        }
        return exports.find(exportId).orElseThrow();
    }

    /**
     * Renews the lease a few times per lease period, so a long step without progress (a slow part
     * retried, a platform's long processing) never lets it lapse while this runner is alive.
     */
    private void keepLease(UUID exportId) {
        long every = Exports.LEASE.toMillis() / 4;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (!exports.renew(exportId, owner)) return;
            } catch (RuntimeException e) {
                log.debug("could not renew the lease of export {}: {}", exportId, e.toString());
            }
        }
    }

    private PublishedPost publish(Export export, Path scratch) {
        if (export.connectionId() == null) throw new Connections.ConnectionGone(export.id());
        PlatformClient client = clients.apply(export.platform());
        AdMedia ad = ads.media(export.adId()).orElseThrow(() -> new PlatformFiles.FileUnfit("the ad no longer exists"));
        PostRequest request = new PostRequest(export.caption(), export.visibility(), ad.productName());
        if (export.postAttemptedAt() != null && export.mediaId() != null) {
            // An earlier attempt sent the post and stopped before hearing back: ask before posting again.
            UploadedMedia earlier = new UploadedMedia(export.mediaId(), export.mediaKey(), export.mediaExpiresAt());
            var made = posts.find(export, client, earlier);
            if (made.isPresent()) return made.get();
        }
        UploadedMedia media = export.keptMedia(clock.instant());
        if (media == null) {
            exports.progress(export.id(), owner, "fitting", 0);
            Path file = files.fileFor(export.platform(), export.adId(), ad, scratch,
                    pct -> exports.progress(export.id(), owner, "fitting", pct / 5));
            UploadListener listener = (step, fraction) -> exports.progress(export.id(), owner, step,
                    "uploading".equals(step) ? 20 + (int) (fraction * 60) : 80 + (int) (fraction * 15));
            media = calls.call(export.connectionId(), export.platform(), token -> client.upload(token, export.account(), file, listener));
            exports.mediaUploaded(export.id(), owner, media);
        }
        return post(export, client, media, request);
    }

    private PublishedPost post(Export export, PlatformClient client, UploadedMedia media, PostRequest request) {
        exports.progress(export.id(), owner, "posting", 95);
        return posts.post(exports.find(export.id()).orElseThrow(), owner, client, media, request);
    }

    /** How an export failed, in a code clients branch on and words people read. */
    record Failure(String code, String detail, boolean unexpected) {
        static Failure of(Platform platform, RuntimeException e) {
            String name = platform.label();
            return switch (e) {
                case ReconnectRequired r -> new Failure("reconnect_required", r.getMessage(), false);
                case Connections.ConnectionGone g -> new Failure("connection_removed", g.getMessage(), false);
                case PlatformFiles.FileUnfit f -> new Failure("file_unfit", f.getMessage(), false);
                case MediaProcessingFailed m -> new Failure("processing_failed", name + " could not process the video: " + m.getMessage(), false);
                case PostLookupUnavailable p -> new Failure("outcome_unknown", name + " did not answer whether the post was made, and "
                        + p.getMessage() + "; look at the account's feed before posting again", false);
                case VendorException v when v.status() == 429 -> new Failure("rate_limited", name + " is limiting requests"
                        + (v.retryAfter() == null ? "" : " for another " + Math.max(1, v.retryAfter().toSeconds()) + " s") + ": "
                        + v.getMessage(), false);
                case VendorException v when v.retryable() -> new Failure("platform_unavailable", name + " did not answer properly after "
                        + "several tries: " + v.getMessage(), false);
                case VendorException v -> new Failure("platform_rejected", name + " refused: " + v.getMessage(), false);
                default -> new Failure("internal_error", "the export stopped on an unexpected error (" + e.getClass().getSimpleName()
                        + "); try again", true);
            };
        }
    }
}
