package video.zapcut.ai.vendors.replicate;

import java.nio.file.Path;
import video.zapcut.ai.MusicModel;
import video.zapcut.ai.MusicRequest;
import video.zapcut.ai.vendors.MediaFitting;
import video.zapcut.costs.CostMeter;

/** Music on Replicate, fitted to the ad's length (loop with crossfades, or trim with a fade). */
public final class ReplicateMusicModel implements MusicModel {
    private final ReplicateClient client;
    private final String model;
    private final MusicFamily family;
    private final MediaFitting fitting;
    private final CostMeter meter;

    public ReplicateMusicModel(ReplicateClient client, String model, MediaFitting fitting, CostMeter meter) {
        this.client = client;
        this.model = model;
        this.family = MusicFamily.of(model);
        this.fitting = fitting;
        this.meter = meter;
    }

    @Override
    public String provider() { return "replicate/" + model; }

    @Override
    public Path compose(MusicRequest request, Path outWav) {
        double ad = request.grid().targetSeconds();
        double seconds = family.seconds(ad);
        MediaBilling billing = new MediaBilling("music", "music_second", seconds, Math.max(seconds, family.mostSeconds(ad)));
        Path raw = MeteredPredictions.runAndDownload(client, meter, billing, model, family.input(request, ad),
                outWav.resolveSibling("vendor_music"), fitting::durationSeconds);
        return fitting.fitMusic(raw, ad, outWav);
    }
}
