package video.zapcut.ai;

import java.nio.file.Path;

/** Port for image-to-video: animates a scene from its keyframe directory into a clip. */
public interface VideoModel {
    String provider();

    /** Animates the scene; a video file is written to {@code out} when the model renders one. */
    SceneClip render(SceneShot shot, VisualStyleSpec style, Path keyframeDir, Path out);
}
