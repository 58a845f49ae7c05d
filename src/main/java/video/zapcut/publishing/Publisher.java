package video.zapcut.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import video.zapcut.ads.AdView;
import video.zapcut.ads.Ads;

/**
 * The front door for posting an ad, shared by the API and the command line: checks the order (the ad,
 * the connection, the caption by {@link CaptionRules}) before anything is stored or uploaded, and
 * files it as an export, or finds the export an earlier request with the same Idempotency-Key filed.
 */
public class Publisher {
    public static final int MAX_IDEMPOTENCY_KEY = 200;
    private final Ads ads;
    private final Connections connections;
    private final Exports exports;
    private final PublishingSettings settings;

    public Publisher(Ads ads, Connections connections, Exports exports, PublishingSettings settings) {
        this.ads = ads;
        this.connections = connections;
        this.exports = exports;
        this.settings = settings;
    }

    /** The export for {@code order}: new, or the one filed under the same idempotency key (which may be finished). */
    public Export file(ExportOrder order) {
        Platform platform = order.platform();
        settings.requireConfigured(platform);
        String key = order.idempotencyKey();
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new PublishingRefused(PublishingRefused.Reason.INVALID, "Idempotency-Key", "the Idempotency-Key must be 1 to "
                    + MAX_IDEMPOTENCY_KEY + " characters");
        }
        String visibility = visibility(order);
        AdView ad = ads.forOwner(order.userId(), order.adId()).orElseThrow(() -> new PublishingRefused(PublishingRefused.Reason.AD_NOT_FOUND,
                "ad_id", "no ad " + order.adId() + " among yours"));
        if (!"completed".equals(ad.status()) || ad.videoUri() == null) {
            throw new PublishingRefused(PublishingRefused.Reason.AD_NOT_READY, "ad_id", "the ad is " + ad.status()
                    + "; only a finished ad can be posted");
        }
        CaptionCheck caption = CaptionRules.check(platform, order.caption(), ad.productName());
        if (!caption.problems().isEmpty()) {
            throw new PublishingRefused(PublishingRefused.Reason.INVALID, "caption", String.join("; ", caption.problems()));
        }
        if (!caption.violations().isEmpty()) {
            throw new PublishingRefused(PublishingRefused.Reason.CAPTION_BLOCKED, "caption", "the caption did not pass the safety screen: "
                    + caption.violations().getFirst().description(), caption.violations());
        }
        Connection connection = connection(order);
        String hash = hash(platform.id(), order.adId().toString(), order.caption(), String.valueOf(visibility), connection.id().toString());
        Export export = exports.create(new Exports.NewExport(order.userId(), order.adId(), connection, order.caption(), visibility, key, hash));
        if (!export.requestHash().equals(hash)) {
            throw new PublishingRefused(PublishingRefused.Reason.KEY_REUSED, "Idempotency-Key", "this Idempotency-Key was already used for a"
                    + " different export (" + export.id() + "); use a new key for a new post");
        }
        return export;
    }

    private Connection connection(ExportOrder order) {
        Platform platform = order.platform();
        List<Connection> mine = connections.of(order.userId()).stream().filter(c -> c.platform() == platform).toList();
        if (mine.isEmpty()) {
            throw new PublishingRefused(PublishingRefused.Reason.NOT_CONNECTED, null, "no " + platform.label()
                    + " account is connected; connect one first (POST /v1/connections/" + platform.id() + "/authorize)");
        }
        String wanted = order.account();
        Connection chosen;
        if (wanted == null || wanted.isBlank()) {
            if (mine.size() > 1) {
                throw new PublishingRefused(PublishingRefused.Reason.ACCOUNT_UNCLEAR, accountField(platform), mine.size() + " " + platform.label()
                        + " accounts are connected (" + String.join(", ", mine.stream().map(Publisher::named).toList())
                        + "); say which with " + accountField(platform));
            }
            chosen = mine.getFirst();
        } else {
            chosen = mine.stream().filter(c -> c.id().toString().equalsIgnoreCase(wanted.strip()) || c.accountId().equals(wanted.strip())
                    || (c.handle() != null && c.handle().equalsIgnoreCase(wanted.strip().replaceFirst("^@", "")))).findFirst()
                    .orElseThrow(() -> new PublishingRefused(PublishingRefused.Reason.ACCOUNT_UNCLEAR, accountField(platform), "no connected "
                            + platform.label() + " account '" + wanted + "'; connected: " + String.join(", ", mine.stream().map(Publisher::named).toList())));
        }
        if (chosen.needsReconnect()) {
            throw new PublishingRefused(PublishingRefused.Reason.RECONNECT_REQUIRED, null, platform.label() + " no longer accepts the sign-in of "
                    + named(chosen) + "; connect the account again");
        }
        return chosen;
    }

    private static String visibility(ExportOrder order) {
        if (order.platform() != Platform.LINKEDIN) return null;
        String v = order.visibility() == null || order.visibility().isBlank() ? "public" : order.visibility().strip().toLowerCase(Locale.ROOT);
        if (!v.equals("public") && !v.equals("connections")) {
            throw new PublishingRefused(PublishingRefused.Reason.INVALID, "visibility", "visibility must be public or connections, not '"
                    + order.visibility() + "'");
        }
        return v.toUpperCase(Locale.ROOT);
    }

    static String accountField(Platform platform) { return platform == Platform.X ? "twitter_account_id" : "linkedin_account_id"; }

    private static String named(Connection c) {
        return (c.handle() != null ? "@" + c.handle() : c.name() != null ? c.name() : c.accountId()) + " [" + c.id() + "]";
    }

    private static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
