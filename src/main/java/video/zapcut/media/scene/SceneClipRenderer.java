package video.zapcut.media.scene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
        SceneMotionGraph.Fragment motion = SceneMotionGraph.of(layers, scene, aspect, 0, "s");
        List<String> args = new ArrayList<>(List.of("-y", "-loglevel", "error"));
        for (Path input : motion.inputs()) args.addAll(List.of("-i", input.toString()));
        args.addAll(List.of("-filter_complex", motion.filter(), "-map", "[" + motion.outputLabel() + "]", "-an",
                "-frames:v", Integer.toString(frames)));
        args.addAll(encoding.args());
        args.add(outMp4.toString());
        return args;
    }
}
