package video.zapcut.config;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.agents.AgentOutputValidator;
import video.zapcut.agents.PromptAgent;
import video.zapcut.agents.RuleBasedPromptAgent;
import video.zapcut.agents.RuleBasedStoryAgent;
import video.zapcut.agents.RuleBasedStyleAgent;
import video.zapcut.agents.StoryAgent;
import video.zapcut.agents.StyleAgent;
import video.zapcut.agents.llm.LlmChatAgent;
import video.zapcut.agents.llm.LlmPromptAgent;
import video.zapcut.agents.llm.LlmSafetyAgent;
import video.zapcut.agents.llm.LlmStoryAgent;
import video.zapcut.agents.llm.LlmStyleAgent;
import video.zapcut.agents.safety.RuleBasedSafetyAgent;
import video.zapcut.agents.safety.SafetyAgent;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.MusicModel;
import video.zapcut.ai.TextModel;
import video.zapcut.ai.VideoModel;
import video.zapcut.ai.local.LocalImageModel;
import video.zapcut.ai.local.LocalMusicModel;
import video.zapcut.ai.local.LocalVideoModel;
import video.zapcut.ai.vendors.LocalFallback;
import video.zapcut.ai.vendors.Providers;
import video.zapcut.ai.vendors.ProvidersSettings;
import video.zapcut.ai.vendors.StillVideoModel;
import video.zapcut.ai.vendors.replicate.MusicFamily;
import video.zapcut.ai.vendors.replicate.VideoFamily;
import video.zapcut.costs.CostEstimator;
import video.zapcut.costs.CostLedger;
import video.zapcut.costs.PriceTable;
import video.zapcut.costs.Provenance;
import video.zapcut.media.Ffmpeg;
import video.zapcut.studio.Orchestrator;

/**
 * Chooses the provider of each capability from configuration (default: local, offline) and wires
 * the agents and models the pipeline sees through its ports. Prices:
 * {@code zapcut.prices.<provider>.<model with / as __>.<unit>=cents} override the built-in table.
 */
@Configuration(proxyBeanMethods = false)
public class ProvidersConfig {
    private static final Logger log = LoggerFactory.getLogger(ProvidersConfig.class);

    @Bean
    ProvidersSettings providersSettings(Environment env) {
        return new ProvidersSettings(env::getProperty);
    }

    @Bean
    PriceTable priceTable(Environment env, ProvidersSettings settings) {
        PriceTable t = PriceTable.defaults();
        for (ProvidersSettings.Choice c : settings.choices().values()) {
            if (c.local()) continue;
            for (String unit : List.of("input_tokens", "output_tokens", "image", "video_second", "music_second")) {
                String v = env.getProperty("zapcut.prices." + c.provider() + "." + c.model().replace("/", "__") + "." + unit);
                if (v != null) t.put(c.provider(), c.model(), unit, Double.parseDouble(v));
            }
        }
        return t;
    }

    @Bean
    CostLedger costLedger(JdbcClient jdbc, TransactionTemplate tx, PriceTable prices, Environment env) {
        return new CostLedger(jdbc, tx, prices, env.getProperty("zapcut.costs.budget-cents", Long.class, 5000L));
    }

    @Bean
    Provenance provenance(JdbcClient jdbc) { return Provenance.jdbc(jdbc); }

    @Bean
    Providers providers(ProvidersSettings settings, CostLedger ledger, Ffmpeg ffmpeg) {
        if (!settings.vendorsInUse().isEmpty()) log.info("providers: {}", settings);
        return new Providers(settings, ledger, ffmpeg);
    }

    @Bean
    CostEstimator costEstimator(ProvidersSettings settings, PriceTable prices) {
        List<CostEstimator.Line> lines = new ArrayList<>();
        for (ProvidersSettings.Choice c : settings.choices().values()) {
            java.util.function.DoubleUnaryOperator seconds = s -> s;
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
    StyleAgent styleAgent(Providers providers, TextModel text, AgentOutputValidator validator, Provenance provenance) {
        StyleAgent rules = new RuleBasedStyleAgent();
        return providers.settings().choice("text").local() ? rules : new LlmStyleAgent(text, rules, validator, provenance);
    }

    @Bean
    StoryAgent storyAgent(Providers providers, TextModel text, AgentOutputValidator validator, Provenance provenance) {
        StoryAgent rules = new RuleBasedStoryAgent();
        return providers.settings().choice("text").local() ? rules : new LlmStoryAgent(text, rules, validator, provenance);
    }

    @Bean
    SafetyAgent safetyAgent(Providers providers, TextModel text, AgentOutputValidator validator, Provenance provenance) {
        RuleBasedSafetyAgent rules = new RuleBasedSafetyAgent();
        return providers.settings().choice("text").local() ? rules : new LlmSafetyAgent(text, rules, validator, provenance);
    }

    @Bean
    PromptAgent promptAgent(Providers providers, TextModel text, AgentOutputValidator validator, Provenance provenance) {
        PromptAgent rules = new RuleBasedPromptAgent();
        return providers.settings().choice("text").local() ? rules : new LlmPromptAgent(text, rules, validator, provenance);
    }

    /** The studio's chat: rule-based offline; with a text provider the LLM talks and the rules still gate the stages. */
    @Bean
    Orchestrator orchestrator(Providers providers, TextModel text) {
        return providers.settings().choice("text").local() ? new Orchestrator() : new Orchestrator(new LlmChatAgent(text));
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

    @Bean
    MusicModel musicModel(Providers providers, Provenance provenance) {
        MusicModel vendor = providers.music();
        if (vendor == null) return new LocalMusicModel();
        return providers.settings().fallbackToLocal() ? LocalFallback.music(vendor, new LocalMusicModel(), provenance) : vendor;
    }
}
