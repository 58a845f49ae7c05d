package video.zapcut.ai.local;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.ProductImages;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.image.ProductCutout;
import video.zapcut.media.scene.KeyframeFiles;
import video.zapcut.media.scene.ReferenceImageRenderer;
import video.zapcut.media.scene.SceneRenderer;

/**
 * Offline images: reference images composed from the product cutout and the palette, and keyframes
 * as layered stills (background plate, product, light) that {@link LocalVideoModel} animates.
 */
public final class LocalImageModel implements ImageModel {
    private final ReferenceImageRenderer references = new ReferenceImageRenderer();
    private final SceneRenderer scenes = new SceneRenderer();
    /** The last cutout decoded: one generation asks for the same one six times (references + five keyframes). */
    private volatile CachedCutout lastCutout;

    private record CachedCutout(Path file, long modified, ProductCutout cutout) {}

    @Override
    public String provider() { return "local"; }

    @Override
    public Map<String, Path> referenceImages(ProductImages product, VisualStyleSpec style, AspectRatio aspect, Path dir) {
        Map<String, BufferedImage> images = references.render(cutout(product.cutout()), product.productName(),
                LocalImages.style(style), aspect);
        Map<String, Path> out = new LinkedHashMap<>();
        images.keySet().forEach(role -> out.put(role, dir.resolve(role + ".png")));
        // The four encodes are independent; side by side they take half the time on two cores.
        images.entrySet().parallelStream().forEach(e -> LocalImages.write(e.getValue(), out.get(e.getKey())));
        return out;
    }

    @Override
    public Path keyframe(SceneShot shot, ProductImages product, VisualStyleSpec style, Map<String, Path> referenceFiles,
                         Path previousKeyframeDir, Path dir) {
        // Only the still a scene is anchored to is ever looked at (and only by the first scene; later ones
        // follow the previous keyframe), so stills are decoded when asked for, not all four every time.
        Map<String, BufferedImage> refs = new LazyImages(referenceFiles);
        scenes.renderLayers(shot.toSceneSpec(), refs, cutout(product.cutout()), product.productName(),
                LocalImages.style(style), shot.aspect(),
                previousKeyframeDir == null ? null : KeyframeFiles.layers(previousKeyframeDir), dir);
        return dir.resolve(SceneRenderer.KEYFRAME);
    }

    /** Role to image, each decoded on first access. */
    private static final class LazyImages extends java.util.AbstractMap<String, BufferedImage> {
        private final Map<String, Path> files;
        private final Map<String, BufferedImage> decoded = new java.util.concurrent.ConcurrentHashMap<>();

        LazyImages(Map<String, Path> files) { this.files = files; }

        @Override
        public BufferedImage get(Object role) {
            Path file = files.get(role);
            return file == null ? null : decoded.computeIfAbsent((String) role, r -> LocalImages.read(file));
        }

        @Override
        public boolean containsKey(Object role) { return files.containsKey(role); }

        @Override
        public java.util.Set<Entry<String, BufferedImage>> entrySet() {
            Map<String, BufferedImage> all = new LinkedHashMap<>();
            files.keySet().forEach(role -> all.put(role, get(role)));
            return all.entrySet();
        }
    }

    private ProductCutout cutout(Path file) {
        if (file == null) return null;
        long modified = file.toFile().lastModified();
        CachedCutout cached = lastCutout;
        if (cached != null && cached.file().equals(file) && cached.modified() == modified) return cached.cutout();
        ProductCutout cutout = LocalImages.cutout(file);
        lastCutout = new CachedCutout(file, modified, cutout);
        return cutout;
    }
}
