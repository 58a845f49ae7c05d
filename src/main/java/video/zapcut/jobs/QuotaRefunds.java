package video.zapcut.jobs;

import java.util.UUID;
import org.springframework.stereotype.Component;
import video.zapcut.accounts.Quotas;
import video.zapcut.ads.Ads;

/**
 * Gives back the video an ad's generation spent, at most once (the ad remembers it was refunded); a
 * no-op for ads that spent none. Runs in the caller's transaction.
 */
@Component
public class QuotaRefunds {
    private final Ads ads;
    private final Quotas quotas;

    public QuotaRefunds(Ads ads, Quotas quotas) {
        this.ads = ads;
        this.quotas = quotas;
    }

    public void refund(UUID adId) {
        ads.markQuotaRefunded(adId).ifPresent(quotas::refundOne);
    }
}
