package video.zapcut.pipeline;

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
import video.zapcut.ai.ProviderChoices;
import video.zapcut.ai.VideoModel;
import video.zapcut.ai.VoiceModel;
import video.zapcut.config.Scratch;
import video.zapcut.config.ZapcutHome;
import video.zapcut.media.AudioMaster;
import video.zapcut.media.Composer;
import video.zapcut.media.FrameGrabber;
import video.zapcut.media.Ffmpeg;
import video.zapcut.media.LoudnessMeter;
import video.zapcut.media.MediaProbe;
import video.zapcut.media.VideoEncoding;
import video.zapcut.media.VoiceMix;
import video.zapcut.media.image.ImageInspector;
import video.zapcut.pipeline.stages.CompositionStage;
import video.zapcut.pipeline.stages.ContinuityStage;
import video.zapcut.pipeline.stages.CreativeBibleStage;
import video.zapcut.pipeline.stages.KeyframesStage;
import video.zapcut.pipeline.stages.MusicStage;
import video.zapcut.pipeline.stages.OffPaletteScene;
import video.zapcut.pipeline.stages.PromptStage;
import video.zapcut.pipeline.stages.QualityStage;
import video.zapcut.pipeline.stages.ReferenceImagesStage;
import video.zapcut.pipeline.stages.SafetyStage;
import video.zapcut.pipeline.stages.SceneStage;
import video.zapcut.pipeline.stages.StoryboardStage;
import video.zapcut.pipeline.stages.VoiceoverStage;
import video.zapcut.storage.BlobStore;

/**
 * Wires the stage graph over the agents and models the ai and agents modules chose (the offline
 * local providers by default); the pipeline itself only knows the ports.
 */
@Configuration(proxyBeanMethods = false)
public class PipelineConfig {

    /** Collects which path produced what while a stage runs; agents and models record into it. */
    @Bean
    StageProvenance stageProvenance() { return new StageProvenance(); }

    @Bean
    GenerationRunner generationRunner(Environment env, Scratch scratch, Ffmpeg ffmpeg, RunJournal journal, BlobStore blobs,
                                      ImageInspector inspector, AgentOutputValidator validator,
                                      StyleAgent style, StoryAgent story, SafetyAgent safety, PromptAgent prompts,
                                      ImageModel images, VideoModel video, MusicModel music, MediaProbe probe,
                                      VoiceModel voice, ProviderChoices providers) {
        images = offPaletteHook(env, images);
        List<StageHandler<?>> handlers = new ArrayList<>(List.of(
                new CreativeBibleStage(style, validator, inspector),
                new StoryboardStage(story, validator),
                new SafetyStage(safety, validator),
                new ReferenceImagesStage(images),
                new PromptStage(prompts, validator),
                new KeyframesStage(images),
                new MusicStage(music, new AudioMaster(ffmpeg)),
                new VoiceoverStage(voice, providers.voice()),
                new ContinuityStage(ffmpeg, images, video),
                new CompositionStage(new Composer(ffmpeg, VideoEncoding.DEFAULT), probe, new VoiceMix(ffmpeg),
                        new FrameGrabber(ffmpeg)),
                new QualityStage(probe, new LoudnessMeter(ffmpeg))));
        for (int i = 1; i <= Stage.SCENES.size(); i++) handlers.add(new SceneStage(i, video, images, ffmpeg));
        // Vendor scenes wait on the network, not the CPU: all five (and the music) may be in flight at once.
        int cores = Runtime.getRuntime().availableProcessors();
        int parallelism = env.getProperty("zapcut.pipeline.parallelism", Integer.class,
                providers.local("video") ? cores : Math.max(cores, Stage.SCENES.size() + 1));
        return new GenerationRunner(journal, blobs, handlers, scratch.dir(), parallelism,
                env.getProperty("ZAPCUT_FAIL_AT_STAGE", env.getProperty("zapcut.debug.fail-at-stage")));
    }

    /**
     * A test hook like ZAPCUT_FAIL_AT_STAGE: {@code ZAPCUT_DEBUG_OFF_PALETTE_SCENE=N} draws scene N's keyframe
     * off the palette until a brand correction asks for it (see {@link OffPaletteScene}).
     */
    private static ImageModel offPaletteHook(Environment env, ImageModel images) {
        String scene = env.getProperty("ZAPCUT_DEBUG_OFF_PALETTE_SCENE", env.getProperty("zapcut.debug.off-palette-scene"));
        return scene == null || scene.isBlank() ? images : new OffPaletteScene(images, Integer.parseInt(scene.strip()));
    }
}
