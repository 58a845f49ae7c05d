package video.zapcut.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import video.zapcut.config.ZapcutHome;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.ImageLimits;

/** The media tools: the bundled FFmpeg (extracted once into ZAPCUT_HOME), its probe, and the image inspector. */
@Configuration(proxyBeanMethods = false)
public class MediaConfig {

    @Bean
    Ffmpeg ffmpeg(ZapcutHome home) { return Ffmpeg.locate(home.bin()); }

    @Bean
    MediaProbe mediaProbe(Ffmpeg ffmpeg) { return new MediaProbe(ffmpeg); }

    @Bean
    ImageInspector imageInspector() { return new ImageInspector(ImageLimits.defaults()); }
}
