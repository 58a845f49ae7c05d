package video.zapcut.media.scene;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import video.zapcut.common.AspectRatio;
import video.zapcut.media.Ffmpeg;
import video.zapcut.media.MediaException;

/** Renders chosen frames of a layered shot to PNG, exactly as composition will render them. */
public final class SceneFrames {
    private SceneFrames() {}

    /** Writes frames {@code indices} (0-based, ascending) of the shot into {@code dir}; returns the files in order. */
    public static List<Path> render(SceneLayers layers, SceneSpec spec, AspectRatio aspect, List<Integer> indices, Path dir,
                                    Ffmpeg ffmpeg) {
        SceneMotionGraph.Fragment fragment = SceneMotionGraph.of(layers, spec, aspect, 0, "s");
        List<String> args = new ArrayList<>(List.of("-y"));
        for (Path p : fragment.inputs()) args.addAll(List.of("-i", p.toString()));
        String select = indices.stream().map(i -> "eq(n," + i + ")").collect(Collectors.joining("+"));
        args.addAll(List.of("-filter_complex", fragment.filter() + String.format(Locale.ROOT, ";[%s]select='%s'[out]",
                fragment.outputLabel(), select), "-map", "[out]", "-vsync", "0", "-frames:v", Integer.toString(indices.size()),
                dir.resolve("frame_%d.png").toString()));
        ffmpeg.run(args);
        List<Path> out = new ArrayList<>();
        for (int k = 1; k <= indices.size(); k++) {
            Path f = dir.resolve("frame_" + k + ".png");
            if (!f.toFile().isFile()) throw new MediaException("frame " + indices.get(k - 1) + " of scene " + spec.index() + " was not rendered");
            out.add(f);
        }
        return out;
    }
}
