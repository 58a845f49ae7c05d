package video.zapcut.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.PromptAgent;
import video.zapcut.agents.StoryAgent;
import video.zapcut.agents.StyleAgent;
import video.zapcut.agents.safety.SafetyAgent;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.MusicModel;
import video.zapcut.ai.VideoModel;
import video.zapcut.ai.vendors.ProvidersSettings;
import video.zapcut.assets.AssetRepository;
import video.zapcut.costs.MeteredStage;
import video.zapcut.media.AudioMaster;
import video.zapcut.media.Composer;
import video.zapcut.media.Ffmpeg;
import video.zapcut.media.MediaProbe;
import video.zapcut.media.LoudnessMeter;
import video.zapcut.media.VideoEncoding;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.media.image.ImageLimits;
import video.zapcut.pipeline.GenerationRunner;
import video.zapcut.pipeline.GenerationStore;
import video.zapcut.pipeline.Stage;
import video.zapcut.pipeline.StageHandler;
import video.zapcut.pipeline.stages.CompositionStage;
import video.zapcut.pipeline.stages.ContinuityStage;
import video.zapcut.pipeline.stages.CreativeBibleStage;
import video.zapcut.pipeline.stages.KeyframesStage;
import video.zapcut.pipeline.stages.MusicStage;
import video.zapcut.pipeline.stages.PromptStage;
import video.zapcut.pipeline.stages.QualityStage;
import video.zapcut.pipeline.stages.ReferenceImagesStage;
import video.zapcut.pipeline.stages.SafetyStage;
import video.zapcut.pipeline.stages.SceneStage;
import video.zapcut.pipeline.stages.StoryboardStage;
import video.zapcut.storage.BlobStore;

/**
 * Wires the pipeline: agents, models (the offline local providers by default), media tools and the
 * stage graph. Vendors plug in here by configuration; the pipeline itself only knows the ports.
 */
@Configuration(proxyBeanMethods = false)
public class PipelineConfig {

    @Bean
    Ffmpeg ffmpeg(ZapcutHome home) { return Ffmpeg.locate(home.bin()); }

    @Bean
    MediaProbe mediaProbe(Ffmpeg ffmpeg) { return new MediaProbe(ffmpeg); }

    @Bean
    ImageInspector imageInspector() { return new ImageInspector(ImageLimits.defaults()); }

    @Bean
    AgentOutputValidator agentOutputValidator() { return new AgentOutputValidator(); }

    // Agents and models: ProvidersConfig (local by default, vendors by configuration).

    @Bean
    GenerationRunner generationRunner(Environment env, ZapcutHome home, Ffmpeg ffmpeg, GenerationStore store, BlobStore blobs,
                                      AssetRepository assets, ImageInspector inspector, AgentOutputValidator validator,
                                      StyleAgent style, StoryAgent story, SafetyAgent safety, PromptAgent prompts,
                                      ImageModel images, VideoModel video, MusicModel music, MediaProbe probe,
                                      ProvidersSettings providers) {
        List<StageHandler> handlers = new ArrayList<>(List.of(
                new CreativeBibleStage(style, validator, assets, inspector, store),
                new StoryboardStage(story, validator),
                new SafetyStage(safety, validator, store),
                new ReferenceImagesStage(images, store),
                new PromptStage(prompts, validator),
                new KeyframesStage(images),
                new MusicStage(music, new AudioMaster(ffmpeg)),
                new ContinuityStage(ffmpeg, images, video, store),
                new CompositionStage(new Composer(ffmpeg, VideoEncoding.DEFAULT), probe),
                new QualityStage(probe, new LoudnessMeter(ffmpeg))));
        for (int i = 1; i <= Stage.SCENES.size(); i++) handlers.add(new SceneStage(i, video, ffmpeg));
        handlers.replaceAll(MeteredStage::new); // vendor calls are charged to the ad; its costs summed from the ledger
        // Vendor scenes wait on the network, not the CPU: all five (and the music) may be in flight at once.
        int cores = Runtime.getRuntime().availableProcessors();
        int parallelism = env.getProperty("zapcut.pipeline.parallelism", Integer.class,
                providers.choice("video").local() ? cores : Math.max(cores, Stage.SCENES.size() + 1));
        return new GenerationRunner(store, blobs, handlers, home.work(), parallelism,
                env.getProperty("ZAPCUT_FAIL_AT_STAGE", env.getProperty("zapcut.debug.fail-at-stage")));
    }
}
