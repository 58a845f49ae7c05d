package video.zapcut.ai;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import video.zapcut.common.AspectRatio;

/** Port for still images: the creative bible's reference images and each scene's keyframe. */
public interface ImageModel {
    /** The reference images' roles, in the order they are made and listed. */
    List<String> REFERENCE_ROLES = List.of("hero", "detail", "lifestyle", "alternate");

    String provider();

    /** Writes hero, detail, lifestyle and alternate images into {@code dir}; returns role to file. */
    Map<String, Path> referenceImages(ProductImages product, VisualStyleSpec style, AspectRatio aspect, Path dir);

    /**
     * Writes the scene's keyframe into {@code dir} as {@code keyframe.png} (plus whatever else the
     * matching video model needs from this directory), conditioned on the reference images and on
     * the previous scene's keyframe directory, which is null for the first scene.
     */
    Path keyframe(SceneShot shot, ProductImages product, VisualStyleSpec style, Map<String, Path> references,
                  Path previousKeyframeDir, Path dir);
}
