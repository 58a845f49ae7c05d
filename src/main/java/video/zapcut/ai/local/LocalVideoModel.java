package video.zapcut.ai.local;

import java.nio.file.Path;
import video.zapcut.ai.SceneClip;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VideoModel;
import video.zapcut.ai.VisualStyleSpec;

/**
 * Offline image-to-video: the shot is the keyframe's layers moved by the camera path. Composition
 * renders it in the ad's own encoding pass (see SceneMotionGraph), so no intermediate clip is
 * encoded and decoded again.
 */
public final class LocalVideoModel implements VideoModel {
    @Override
    public String provider() { return "local"; }

    @Override
    public SceneClip render(SceneShot shot, VisualStyleSpec style, Path keyframeDir, Path out) {
        if (!keyframeDir.resolve("background.png").toFile().isFile()) {
            throw new IllegalStateException("keyframe " + keyframeDir.getFileName() + " has no background layer");
        }
        return new SceneClip.FromKeyframe(keyframeDir, shot);
    }
}
