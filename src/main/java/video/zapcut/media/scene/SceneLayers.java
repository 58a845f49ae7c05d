package video.zapcut.media.scene;

import java.nio.file.Path;

/**
 * The files a scene's keyframe consists of, all inside one directory so the pipeline can persist and
 * restore them as a unit. The clip renderer animates these layers; {@code keyframe} is the composite
 * of the first frame (what an image-to-video model would receive as its start image).
 *
 * @param background RGB plate larger than the frame, giving the camera room to move
 * @param product    ARGB product layer, or null for a typographic scene without a photo
 * @param light      ARGB moving-light layer (a soft glow swept across the frame)
 * @param keyframe   the first frame as a PNG at the output size
 */
public record SceneLayers(Path background, Path product, Path light, Path keyframe) {}
