package video.zapcut.ai.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import video.zapcut.ai.SceneClip;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.media.MediaInfo;
import video.zapcut.media.MediaProbe;
import video.zapcut.testing.ProductShots;
import video.zapcut.testing.VendorMedia;

/** Vendor keyframes with the local video provider: a pan across the still, at the frame size, 30 fps, exact length. */
class StillVideoModelTest {
    @TempDir
    Path dir;

    @Test
    void aVendorKeyframeBecomesAClipOfTheShotsLength() throws Exception {
        Path kf = Files.createDirectories(dir.resolve("kf"));
        ProductShots.writePng(ProductShots.luna(600), kf.resolve("keyframe.png"));
        SceneShot shot = new SceneShot(1, "setup", "hero", "p", "", CameraMove.values()[0], "calm", 2.5, 0.5, 0.7, 1, AspectRatio.SQUARE);
        SceneClip c = new StillVideoModel(VendorMedia.FFMPEG).render(shot, new VisualStyleSpec("s", "v", List.of(), "l", "c", "m", 5),
                kf, dir.resolve("clip.mp4"));
        MediaInfo info = new MediaProbe(VendorMedia.FFMPEG).probe(((SceneClip.Video) c).file());
        assertThat(info.width()).isEqualTo(1080);
        assertThat(info.height()).isEqualTo(1080);
        assertThat(info.fps()).isEqualTo(30.0);
        assertThat(info.durationSeconds()).isCloseTo(2.5, within(0.04));
    }
}
