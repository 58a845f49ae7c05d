package video.zapcut.web.publishing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import video.zapcut.agents.safety.Violation;
import video.zapcut.ads.Ads;
import video.zapcut.publishing.CaptionCheck;
import video.zapcut.publishing.CaptionRules;
import video.zapcut.publishing.Export;
import video.zapcut.publishing.ExportOrder;
import video.zapcut.publishing.ExportRunner;
import video.zapcut.publishing.ExportWorker;
import video.zapcut.publishing.Exports;
import video.zapcut.publishing.Platform;
import video.zapcut.publishing.Publisher;
import video.zapcut.publishing.PublishingRefused;
import video.zapcut.web.errors.NotFound;
import video.zapcut.web.security.CurrentUser;

/**
 * Posting an ad (the seed's {@code POST /export/twitter} and {@code /export/linkedin}), its status
 * and history, and the caption check the studio counts with. Synchronous by default, as in the
 * seed; {@code Prefer: respond-async} answers 202 at once. {@code Idempotency-Key} makes a repeat
 * return the first result, resuming the first attempt if it stopped half-way.
 */
@RestController
public class ExportController {
    private final Publisher publisher;
    private final Exports exports;
    private final ExportRunner runner;
    private final ObjectProvider<ExportWorker> worker;
    private final Ads ads;

    public ExportController(Publisher publisher, Exports exports, ExportRunner runner, ObjectProvider<ExportWorker> worker, Ads ads) {
        this.publisher = publisher;
        this.exports = exports;
        this.runner = runner;
        this.worker = worker;
        this.ads = ads;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TwitterExportRequest(String adId, String caption, String twitterAccountId) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LinkedInExportRequest(String adId, String caption, String visibility, String linkedinAccountId) {}

    @PostMapping("/v1/export/twitter")
    ResponseEntity<?> twitter(@CurrentUser UUID userId, @RequestBody TwitterExportRequest body,
                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                              @RequestHeader(name = "Prefer", required = false) String prefer) {
        return export(new ExportOrder(userId, adId(body.adId()), Platform.X, body.caption(), null, body.twitterAccountId(), key), prefer);
    }

    @PostMapping("/v1/export/linkedin")
    ResponseEntity<?> linkedin(@CurrentUser UUID userId, @RequestBody LinkedInExportRequest body,
                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                               @RequestHeader(name = "Prefer", required = false) String prefer) {
        return export(new ExportOrder(userId, adId(body.adId()), Platform.LINKEDIN, body.caption(), body.visibility(),
                body.linkedinAccountId(), key), prefer);
    }

    private ResponseEntity<?> export(ExportOrder order, String prefer) {
        Export export = publisher.file(order);
        boolean async = prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
        if (!export.finished()) {
            if (async) return accepted(start(export));
            // Run it here; when another runner holds it (a background worker took it first, or a concurrent
            // request with the same key), wait for its result, taking over if its lease lapses.
            export = runUntilFinished(export.id(), SYNC_WAIT);
        }
        if (!export.finished()) {
            throw new PublishingRefused(PublishingRefused.Reason.IN_PROGRESS, "Idempotency-Key", "the export " + export.id()
                    + " with this Idempotency-Key is still running; follow it at /v1/exports/" + export.id());
        }
        if (Export.FAILED.equals(export.status())) throw new ExportFailed(export);
        return ResponseEntity.ok(PostedResponse.of(export));
    }

    /** How long a synchronous request waits for an export another runner carries. */
    static final Duration SYNC_WAIT = Duration.ofMinutes(15);

    private Export runUntilFinished(UUID id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        Export export = runner.run(id);
        while (!export.finished() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            export = runner.run(id);
        }
        return export;
    }

    /** Hands the export to the background worker; where none runs in this process, to a thread of its own. */
    private Export start(Export export) {
        ExportWorker w = worker.getIfAvailable();
        if (w != null && w.isRunning()) w.kick(export.id());
        else Thread.ofVirtual().name("export-" + export.id()).start(() -> runner.run(export.id()));
        return export;
    }

    private static ResponseEntity<ExportResponse> accepted(Export export) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/v1/exports/" + export.id()))
                .header("Preference-Applied", "respond-async").body(ExportResponse.of(export));
    }

    @GetMapping("/v1/exports/{id}")
    ExportResponse one(@CurrentUser UUID userId, @PathVariable String id) {
        return ExportResponse.of(exports.forOwner(userId, NotFound.uuid("export", id)).orElseThrow(() -> NotFound.of("export", id)));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ExportListResponse(List<ExportResponse> exports) {}

    @GetMapping("/v1/ads/{adId}/exports")
    ExportListResponse ofAd(@CurrentUser UUID userId, @PathVariable String adId) {
        UUID ad = NotFound.uuid("ad", adId);
        if (ads.forOwner(userId, ad).isEmpty()) throw NotFound.of("ad", adId);
        return new ExportListResponse(exports.ofAd(userId, ad).stream().map(ExportResponse::of).toList());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CaptionCheckRequest(String platform, String caption, String adId) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CaptionCheckResponse(String platform, String caption, int length, int limit, boolean ok, List<String> problems,
                                       List<Violation> violations) {}

    /** The caption as the platform will count it, and whether it passes, without posting: the studio's live count. */
    @PostMapping("/v1/export/captions/check")
    CaptionCheckResponse checkCaption(@CurrentUser UUID userId, @RequestBody CaptionCheckRequest body) {
        Platform platform = Platform.of(body.platform()).orElseThrow(() -> new PublishingRefused(PublishingRefused.Reason.INVALID,
                "platform", "platform must be x or linkedin, not '" + body.platform() + "'"));
        String brand = null;
        if (body.adId() != null) brand = ads.forOwner(userId, adId(body.adId())).map(a -> a.productName()).orElse(null);
        CaptionCheck c = CaptionRules.check(platform, body.caption(), brand);
        return new CaptionCheckResponse(platform.id(), body.caption(), c.length(), c.limit(), c.ok(), c.problems(), c.violations());
    }

    private static UUID adId(String id) {
        if (id == null || id.isBlank()) throw new PublishingRefused(PublishingRefused.Reason.INVALID, "ad_id", "ad_id is required");
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new PublishingRefused(PublishingRefused.Reason.AD_NOT_FOUND, "ad_id", "no ad " + id.replaceAll("[^\\w-]", "?") + " among yours");
        }
    }

    /** The seed's answer: X's {@code tweet_id}/{@code tweet_url}, LinkedIn's {@code post_id}/{@code post_url}; plus our export id. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record PostedResponse(UUID exportId, String tweetId, String tweetUrl, String postId, String postUrl, Instant postedAt) {
        static PostedResponse of(Export e) {
            String url = e.postUrl() == null ? null : e.postUrl().toString();
            return e.platform() == Platform.X ? new PostedResponse(e.id(), e.postId(), url, null, null, e.postedAt())
                    : new PostedResponse(e.id(), null, null, e.postId(), url, e.postedAt());
        }
    }

    /** A finished export that failed, as a problem (see {@code PublishingProblemHandler}). */
    public static final class ExportFailed extends RuntimeException {
        private final transient Export export;

        ExportFailed(Export export) {
            super(export.errorDetail());
            this.export = export;
        }

        public Export export() { return export; }
    }
}
