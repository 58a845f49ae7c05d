package video.zapcut.ai;

import java.nio.file.Path;

/** What a video model returns for a scene. */
public sealed interface SceneClip {
    /** A rendered video file (any size or frame rate; composition normalises it). */
    record Video(Path file) implements SceneClip {}

    /**
     * A shot that composition renders from the keyframe's layers with the shot's camera move, in the
     * same pass that encodes the ad, so its frames are encoded once.
     */
    record FromKeyframe(Path keyframeDir, SceneShot shot) implements SceneClip {}
}
