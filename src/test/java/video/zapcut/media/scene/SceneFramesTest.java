package video.zapcut.media.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.media.Ffmpeg;

/**
 * The continuity check compares frames composited in Java2D; they must be the frames FFmpeg renders
 * for the same shot, at the start, the middle and the end of every move.
 */
class SceneFramesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = CameraMove.class, names = {"PUSH_IN", "PAN_RIGHT", "ORBIT", "PULL_OUT"})
    void javaCompositesMatchTheFramesFfmpegRenders(CameraMove move) {
        Ffmpeg ffmpeg = Ffmpeg.locate(Path.of(System.getProperty("java.io.tmpdir"), "zapcut-bin"));
        SceneSpec spec = new SceneSpec(2, "exploration", move, "calm, inviting", 1.2, 0.8, 0.9, 7);
        SceneLayers layers = new SceneRenderer().renderLayers(spec, Map.of(), SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE),
                "Luma Serum", SyntheticProduct.navyStyle(), AspectRatio.LANDSCAPE, null, tmp.resolve("layers"));
        Path clip = new SceneClipRenderer().render(layers, spec, AspectRatio.LANDSCAPE, tmp.resolve("clip.mp4"), ffmpeg);
        List<Integer> indices = List.of(0, 17, 35);
        List<Path> composites = SceneFrames.render(layers, spec, AspectRatio.LANDSCAPE, indices, tmp);
        for (int k = 0; k < indices.size(); k++) {
            Path rendered = tmp.resolve("rendered_" + k + ".png");
            ffmpeg.run(List.of("-y", "-i", clip.toString(), "-vf", "select='eq(n," + indices.get(k) + ")'", "-vsync", "0",
                    "-frames:v", "1", rendered.toString()));
            assertThat(ImageChecks.meanAbsDiff(Raster.read(composites.get(k)), Raster.read(rendered)))
                    .as("frame %d of %s", indices.get(k), move).isLessThan(4);
        }
        assertThat(ImageChecks.meanAbsDiff(Raster.read(composites.get(0)), Raster.read(composites.get(2))))
                .as("the move is visible").isGreaterThan(1);
    }

    @Test
    void aScaledFrameIsTheFullFrameAtThatSize() {
        SceneSpec spec = new SceneSpec(3, "climax", CameraMove.PUSH_IN, "bold, energetic", 1.2, 0.8, 0.9, 11);
        SceneLayers layers = new SceneRenderer().renderLayers(spec, Map.of(), SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE),
                "Luma Serum", SyntheticProduct.navyStyle(), AspectRatio.LANDSCAPE, null, tmp.resolve("layers"));
        BufferedImage full = Raster.read(SceneFrames.render(layers, spec, AspectRatio.LANDSCAPE, List.of(20), tmp.resolve("full")).get(0));
        BufferedImage half = Raster.read(SceneFrames.render(layers, spec, AspectRatio.LANDSCAPE, List.of(20), tmp.resolve("half"), 0.5).get(0));
        assertThat(half.getWidth()).isEqualTo(960);
        assertThat(half.getHeight()).isEqualTo(540);
        BufferedImage shrunk = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shrunk.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(full, 0, 0, 960, 540, null);
        g.dispose();
        assertThat(ImageChecks.meanAbsDiff(half, shrunk)).isLessThan(4);
    }
}
