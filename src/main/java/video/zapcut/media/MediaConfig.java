package video.zapcut.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import video.zapcut.config.ZapcutHome;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.ImageLimits;
import video.zapcut.media.image.PhotoIntake;

/** The media tools: the bundled FFmpeg (extracted once into ZAPCUT_HOME), its probe and resizer, the image inspector and the photo intake. */
@Configuration(proxyBeanMethods = false)
public class MediaConfig {

    @Bean
    Ffmpeg ffmpeg(ZapcutHome home) { return Ffmpeg.locate(home.bin()); }

    @Bean
    MediaProbe mediaProbe(Ffmpeg ffmpeg) { return new MediaProbe(ffmpeg); }

    @Bean
    VideoResizer videoResizer(Ffmpeg ffmpeg) { return new VideoResizer(ffmpeg); }

    @Bean
    ImageInspector imageInspector() { return new ImageInspector(ImageLimits.defaults()); }

    @Bean
    PhotoIntake photoIntake(ImageInspector inspector) { return new PhotoIntake(inspector); }
}
