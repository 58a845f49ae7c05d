package video.zapcut.media.scene;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.Ffmpeg;
import video.zapcut.media.MediaException;

/**
 * Turns a scene's layers into its clip with one FFmpeg run: the camera move animated as real parallax
 * (see {@link CameraPath}, {@link MotionFilterBuilder}), H.264 at 30 fps, no audio, exactly
 * {@code round(duration * 30)} frames.
 */
public final class SceneClipRenderer {
    public static final int FPS = 30;
    private final ClipEncoding encoding;

    public SceneClipRenderer() { this(ClipEncoding.DEFAULT); }

    public SceneClipRenderer(ClipEncoding encoding) { this.encoding = Objects.requireNonNull(encoding, "encoding"); }

    public static int frameCount(double durationSeconds) {
        if (!(durationSeconds > 0)) throw new IllegalArgumentException("duration must be positive: " + durationSeconds);
        return (int) Math.max(1, Math.round(durationSeconds * FPS));
    }

    /** Renders {@code outMp4} and returns it. */
    public Path render(SceneLayers layers, SceneSpec scene, AspectRatio aspect, Path outMp4, Ffmpeg ffmpeg) {
        List<String> args = arguments(layers, scene, aspect, outMp4);
        try {
            Path parent = outMp4.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new MediaException("cannot create " + outMp4.getParent() + ": " + e.getMessage(), e);
        }
        ffmpeg.run(args);
        return outMp4;
    }

    /** The complete FFmpeg command line (without the binary) that {@link #render} runs. */
    List<String> arguments(SceneLayers layers, SceneSpec scene, AspectRatio aspect, Path outMp4) {
        Objects.requireNonNull(layers, "layers");
        int frames = frameCount(scene.durationSeconds());
        CameraPath path = CameraPath.of(scene.move(), scene.motionStrength(), aspect);
        List<String> args = new ArrayList<>(List.of("-y", "-loglevel", "error"));
        int[] bgSize = pngSize(layers.background());
        args.addAll(List.of("-i", layers.background().toString()));
        var bg = new MotionFilterBuilder.LayerInput(0, bgSize[0], bgSize[1], new Rectangle(0, 0, bgSize[0], bgSize[1]));
        MotionFilterBuilder.LayerInput product = null, light = null;
        int next = 1;
        if (layers.product() != null && Files.isRegularFile(layers.product())) {
            product = transparentLayer(layers.product(), next);
            if (product != null) {
                args.addAll(List.of("-i", layers.product().toString()));
                next++;
            }
        }
        if (layers.light() != null && Files.isRegularFile(layers.light())) {
            light = transparentLayer(layers.light(), next);
            if (light != null) args.addAll(List.of("-i", layers.light().toString()));
        }
        String graph = new MotionFilterBuilder(aspect, frames, path).build(bg, product, light);
        args.addAll(List.of("-filter_complex", graph, "-map", "[v]", "-an", "-frames:v", Integer.toString(frames)));
        args.addAll(encoding.args());
        args.add(outMp4.toString());
        return args;
    }

    /** Size and visible bounds of an ARGB layer; null when it is fully transparent (nothing to draw). */
    private static MotionFilterBuilder.LayerInput transparentLayer(Path png, int input) {
        Rectangle content = LayerBounds.of(png);
        if (content == null) return null;
        int[] size = pngSize(png);
        return new MotionFilterBuilder.LayerInput(input, size[0], size[1], content);
    }

    /** Reads only the PNG header: the plate is large and its pixels are FFmpeg's business. */
    private static int[] pngSize(Path png) {
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
