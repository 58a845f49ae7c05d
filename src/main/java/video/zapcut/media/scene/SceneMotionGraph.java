package video.zapcut.media.scene;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.MediaException;

/**
 * A scene's camera move as a fragment of a larger FFmpeg filtergraph, so the final composition can
 * render the shot from its layers in the same pass that encodes the ad: the scene's frames are then
 * encoded once, not once as an intermediate clip and again in the ad.
 */
public final class SceneMotionGraph {
    private static final Pattern LABEL = Pattern.compile("\\[([A-Za-z_][A-Za-z0-9_]*)\\]");
    private static final Pattern INPUT = Pattern.compile("\\[(\\d+):v\\]");

    private SceneMotionGraph() {}

    /**
     * @param inputs the image files to pass as FFmpeg inputs, in order, starting at {@code firstInput}
     * @param filter filter text whose final output label is {@code [<prefix>_v]}
     */
    public record Fragment(List<Path> inputs, String filter, String outputLabel) {}

    public static Fragment of(SceneLayers layers, SceneSpec scene, AspectRatio aspect, int firstInput, String prefix) {
        return of(layers, scene, aspect, firstInput, prefix, 0);
    }

    /**
     * The shot from frame {@code startFrame} on (the fragment yields {@code frameCount - startFrame}
     * frames): lets the composer render one shot in two parts, each continuing the same move.
     */
    public static Fragment of(SceneLayers layers, SceneSpec scene, AspectRatio aspect, int firstInput, String prefix,
                              int startFrame) {
        int frames = SceneClipRenderer.frameCount(scene.durationSeconds());
        CameraPath path = CameraPath.of(scene.move(), scene.motionStrength(), aspect);
        List<Path> inputs = new ArrayList<>();
        int[] bgSize = pngSize(layers.background());
        inputs.add(layers.background());
        var bg = new MotionFilterBuilder.LayerInput(0, bgSize[0], bgSize[1], new Rectangle(0, 0, bgSize[0], bgSize[1]));
        MotionFilterBuilder.LayerInput product = null, light = null;
        if (layers.product() != null && Files.isRegularFile(layers.product())) {
            product = layer(layers.product(), inputs.size());
            if (product != null) inputs.add(layers.product());
        }
        if (layers.light() != null && Files.isRegularFile(layers.light())) {
            light = layer(layers.light(), inputs.size());
            if (light != null) inputs.add(layers.light());
        }
        String graph = new MotionFilterBuilder(aspect, frames, path, startFrame).build(bg, product, light);
        return new Fragment(inputs, relabel(graph, firstInput, prefix), prefix + "_v");
    }

    /** Shifts input indices by {@code firstInput} and prefixes every link label, so fragments can be combined. */
    static String relabel(String graph, int firstInput, String prefix) {
        Matcher in = INPUT.matcher(graph);
        StringBuilder shifted = new StringBuilder();
        while (in.find()) in.appendReplacement(shifted, "[" + (Integer.parseInt(in.group(1)) + firstInput) + ":v]");
        in.appendTail(shifted);
        return LABEL.matcher(shifted.toString()).replaceAll("[" + prefix + "_$1]");
    }

    private static MotionFilterBuilder.LayerInput layer(Path png, int input) {
        Rectangle content = LayerBounds.of(png);
        if (content == null) return null;
        int[] size = pngSize(png);
        return new MotionFilterBuilder.LayerInput(input, size[0], size[1], content);
    }

    /** Reads only the PNG header. */
    static int[] pngSize(Path png) {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            if (in == null) throw new MediaException("cannot open " + png);
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new MediaException("not an image: " + png);
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            throw new MediaException("cannot read " + png + ": " + e.getMessage(), e);
        }
    }
}
