package video.zapcut.ai.vendors.replicate;

import java.nio.file.Path;
import video.zapcut.ai.SceneClip;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VideoModel;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.ai.vendors.MediaFitting;
import video.zapcut.costs.CostMeter;

/**
 * Image-to-video on Replicate: the scene's keyframe is uploaded and used as the start frame; the clip
 * is downloaded at once and made to last the shot (composition brings it to the frame size and 30 fps
 * in its one encoding pass). An
 * output that expired before we fetched it is rendered once more.
 */
public final class ReplicateVideoModel implements VideoModel {
    private final ReplicateClient client;
    private final String model;
    private final VideoFamily family;
    private final MediaFitting fitting;
    private final CostMeter meter;

    public ReplicateVideoModel(ReplicateClient client, String model, MediaFitting fitting, CostMeter meter) {
        this.client = client;
        this.model = model;
        this.family = VideoFamily.of(model);
        this.fitting = fitting;
        this.meter = meter;
    }

    @Override
    public String provider() { return "replicate/" + model; }

    @Override
    public SceneClip render(SceneShot shot, VisualStyleSpec style, Path keyframeDir, Path out) {
        Path keyframe = keyframeDir.resolve("keyframe.png");
        if (!ReplicateClient.isFile(keyframe)) throw new IllegalStateException("scene " + shot.index() + " has no keyframe.png");
        String image = client.upload(keyframe, "image/png");
        int seconds = family.seconds(shot.durationSeconds());
        MediaBilling billing = new MediaBilling("video", "video_second", seconds, Math.max(seconds, family.mostSeconds()));
        Path raw = MeteredPredictions.runAndDownload(client, meter, billing, model, family.input(shot, image),
                out.resolveSibling("vendor_" + out.getFileName()), fitting::durationSeconds);
        fitting.normaliseClip(raw, shot.durationSeconds(), out);
        return new SceneClip.Video(out);
    }
}
