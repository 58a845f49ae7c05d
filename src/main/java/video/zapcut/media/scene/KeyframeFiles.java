package video.zapcut.media.scene;

import java.nio.file.Files;
import java.nio.file.Path;

/** The layer files of a keyframe directory written by {@link SceneRenderer}. */
public final class KeyframeFiles {
    private KeyframeFiles() {}

    /** The layers in {@code dir}; the product layer is absent for typographic scenes. */
    public static SceneLayers layers(Path dir) {
        Path product = dir.resolve(SceneRenderer.PRODUCT);
        return new SceneLayers(dir.resolve(SceneRenderer.BACKGROUND), Files.exists(product) ? product : null,
                dir.resolve(SceneRenderer.LIGHT), dir.resolve(SceneRenderer.KEYFRAME));
    }
}
