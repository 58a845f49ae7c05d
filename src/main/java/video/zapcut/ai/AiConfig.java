package video.zapcut.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import video.zapcut.ai.local.FestivalVoiceModel;
import video.zapcut.ai.local.LocalImageModel;
import video.zapcut.ai.local.LocalMusicModel;
import video.zapcut.ai.local.LocalVideoModel;
import video.zapcut.ai.local.StillVideoModel;
import video.zapcut.ai.vendors.LocalFallback;
import video.zapcut.ai.vendors.Providers;
import video.zapcut.ai.vendors.ProvidersSettings;
import video.zapcut.ai.vendors.replicate.MusicFamily;
import video.zapcut.ai.vendors.replicate.VideoFamily;
import video.zapcut.costs.CostEstimator;
import video.zapcut.costs.CostLedger;
import video.zapcut.costs.PriceTable;
import video.zapcut.media.Ffmpeg;

/**
 * Chooses the provider of each capability from configuration (default: local, offline) and exposes
 * the models through the ports; vendor adapters stay inside this module.
 */
@Configuration(proxyBeanMethods = false)
public class AiConfig {
    private static final Logger log = LoggerFactory.getLogger(AiConfig.class);

    @Bean
    ProvidersSettings providersSettings(Environment env) {
        return new ProvidersSettings(env::getProperty);
    }

    @Bean
    ProviderChoices providerChoices(ProvidersSettings settings) { return new ProviderChoices(settings); }

    @Bean
    Providers providers(ProvidersSettings settings, CostLedger ledger, Ffmpeg ffmpeg) {
        if (!settings.vendorsInUse().isEmpty()) log.info("providers: {}", settings);
        return new Providers(settings, ledger, ffmpeg);
    }

    /** What an order will cost with the configured providers, each vendor family billing its own seconds. */
    @Bean
    CostEstimator costEstimator(ProvidersSettings settings, PriceTable prices) {
        List<CostEstimator.Line> lines = new ArrayList<>();
        for (ProvidersSettings.Choice c : settings.choices().values()) {
            DoubleUnaryOperator seconds = s -> s;
            if (!c.local() && c.capability().equals("video")) seconds = s -> VideoFamily.of(c.model()).seconds(s);
            if (!c.local() && c.capability().equals("music")) seconds = s -> MusicFamily.of(c.model()).seconds(s);
            lines.add(new CostEstimator.Line(c.capability(), c.provider(), c.model(), seconds));
        }
        return new CostEstimator(prices, lines);
    }

    @Bean
    TextModel textModel(Providers providers) {
        TextModel m = providers.text();
        return m != null ? m : new TextModel() { // "local": the rule-based agents answer; nothing calls this
            @Override public String provider() { return "local"; }
            @Override public String model() { return "rule-based"; }
            @Override public Answer complete(Prompt prompt) { throw new IllegalStateException("no text model configured"); }
        };
    }

    @Bean
    ImageModel imageModel(Providers providers, Provenance provenance) {
        ImageModel vendor = providers.image();
        if (vendor == null) return new LocalImageModel();
        return providers.settings().fallbackToLocal() ? LocalFallback.image(vendor, new LocalImageModel(), provenance) : vendor;
    }

    @Bean
    VideoModel videoModel(Providers providers, Provenance provenance, Ffmpeg ffmpeg) {
        // Keyframes from a vendor have no layers for the local scene renderer: animate the still instead.
        VideoModel local = providers.settings().choice("image").local() ? new LocalVideoModel() : new StillVideoModel(ffmpeg);
        VideoModel vendor = providers.video();
        if (vendor == null) return local;
        return providers.settings().fallbackToLocal() ? LocalFallback.video(vendor, local, provenance) : vendor;
    }

    /**
     * The voice: Festival offline, a vendor when chosen, or one that says nothing ("none": ads without a
     * voiceover). A missing offline voice is said at start-up, once, with the command that installs it.
     */
    @Bean
    VoiceModel voiceModel(Providers providers, Provenance provenance) {
        ProvidersSettings.Choice c = providers.settings().choice("voice");
        return switch (c.provider()) {
            case "none" -> VoiceModel.NONE;
            case "local" -> {
                String missing = FestivalVoiceModel.unavailable();
                if (missing != null) log.warn("voice: {}", missing);
                yield new FestivalVoiceModel();
            }
            default -> providers.settings().fallbackToLocal()
                    ? LocalFallback.voice(providers.voice(), new FestivalVoiceModel(), provenance) : providers.voice();
        };
    }

    @Bean
    MusicModel musicModel(Providers providers, Provenance provenance) {
        MusicModel vendor = providers.music();
        if (vendor == null) return new LocalMusicModel();
        return providers.settings().fallbackToLocal() ? LocalFallback.music(vendor, new LocalMusicModel(), provenance) : vendor;
    }
}
