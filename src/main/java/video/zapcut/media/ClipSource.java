package video.zapcut.media;

import java.nio.file.Path;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.scene.SceneLayers;
import video.zapcut.media.scene.SceneSpec;

/** Where a scene's picture comes from in composition. */
public sealed interface ClipSource {
    /** A video file, normalised to the frame size, 30 fps and the exact length. */
    record Video(Path file) implements ClipSource {}

    /** Layers animated with the scene's camera move inside the composition pass. */
    record Layers(SceneLayers layers, SceneSpec spec, AspectRatio aspect) implements ClipSource {}
}
