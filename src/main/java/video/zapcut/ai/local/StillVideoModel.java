package video.zapcut.ai.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import video.zapcut.ai.SceneClip;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VideoModel;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.media.Ffmpeg;

/**
 * The local video provider when keyframes come from a vendor (they have no layers for the local
 * scene renderer): a slow push across the keyframe still, at the frame size, 30 fps, exact length.
 */
public final class StillVideoModel implements VideoModel {
    private final Ffmpeg ffmpeg;

    public StillVideoModel(Ffmpeg ffmpeg) { this.ffmpeg = ffmpeg; }

    @Override
    public String provider() { return "local"; }

    @Override
    public SceneClip render(SceneShot shot, VisualStyleSpec style, Path keyframeDir, Path out) {
        int w = shot.aspect().width(), h = shot.aspect().height();
        int frames = (int) Math.round(shot.durationSeconds() * 30);
        // Cover the frame at 108%, then pan the crop window across the spare margin over the shot.
        String vf = String.format(Locale.ROOT, "scale=%d:%d:force_original_aspect_ratio=increase,crop=%d:%d,"
                        + "crop=%d:%d:x='(in_w-out_w)*n/%d':y='(in_h-out_h)/2',setsar=1,format=yuv420p",
                Math.round(w * 1.08), Math.round(h * 1.08), Math.round(w * 1.08), Math.round(h * 1.08), w, h, Math.max(1, frames - 1));
        ffmpeg.run(List.of("-y", "-loop", "1", "-framerate", "30", "-i", keyframeDir.resolve("keyframe.png").toString(), "-vf", vf,
                "-frames:v", String.valueOf(frames), "-c:v", "libx264", "-preset", "ultrafast", "-crf", "16", "-r", "30", out.toString()));
        return new SceneClip.Video(out);
    }
}
