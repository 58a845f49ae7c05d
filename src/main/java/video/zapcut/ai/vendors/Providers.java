package video.zapcut.ai.vendors;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.MusicModel;
import video.zapcut.ai.TextModel;
import video.zapcut.ai.VideoModel;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.vendors.anthropic.AnthropicTextModel;
import video.zapcut.ai.vendors.elevenlabs.ElevenLabsVoiceModel;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.Sleeper;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.ai.vendors.http.VendorResilience;
import video.zapcut.ai.vendors.openai.OpenAiChatModel;
import video.zapcut.ai.vendors.openai.OpenAiImageModel;
import video.zapcut.ai.vendors.openai.OpenAiVoiceModel;
import video.zapcut.ai.vendors.replicate.ReplicateClient;
import video.zapcut.ai.vendors.replicate.ReplicateImageModel;
import video.zapcut.ai.vendors.replicate.ReplicateMusicModel;
import video.zapcut.ai.vendors.replicate.ReplicateVideoModel;
import video.zapcut.costs.CostMeter;
import video.zapcut.media.Ffmpeg;

/**
 * Builds the vendor adapters the settings ask for. One {@link VendorHttp} (and so one retry, circuit
 * breaker and bulkhead: its {@link VendorResilience}) per vendor, shared by every capability that
 * uses it, so one vendor's outage or crowd never holds up another's calls.
 */
public final class Providers {
    private final ProvidersSettings settings;
    private final CostMeter meter;
    private final MediaFitting fitting;
    private final HttpClient client = VendorHttp.defaultClient();
    private final Map<String, VendorHttp> http = new ConcurrentHashMap<>();
    private final Sleeper sleeper;
    private final Clock clock;

    public Providers(ProvidersSettings settings, CostMeter meter, Ffmpeg ffmpeg) {
        this(settings, meter, ffmpeg, Sleeper.REAL, Clock.systemUTC());
    }

    /** Tests pass a sleeper that records the waits and a clock they move. */
    Providers(ProvidersSettings settings, CostMeter meter, Ffmpeg ffmpeg, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.meter = meter;
        this.fitting = ffmpeg == null ? null : new MediaFitting(ffmpeg);
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public ProvidersSettings settings() { return settings; }

    VendorHttp http(String vendor) {
        return http.computeIfAbsent(vendor, v -> new VendorHttp(client,
                new VendorResilience(v, settings.resilience(v), sleeper, clock, new Random()), switch (v) {
                    case "anthropic" -> AnthropicTextModel.CLASSIFIER;
                    case "openai" -> OpenAiImageModel.CLASSIFIER;
                    case "elevenlabs" -> ElevenLabsVoiceModel.CLASSIFIER;
                    default -> ErrorClassifier.DEFAULT;
                }, settings.timeout(v)));
    }

    Endpoint endpoint(String vendor) {
        String key = settings.apiKey(vendor);
        if ((key == null || key.isBlank()) && !"openai".equals(vendor)) {
            throw new IllegalStateException(vendor + " is configured but its key is not set ("
                    + switch (vendor) { case "anthropic" -> "ANTHROPIC_API_KEY"; case "replicate" -> "REPLICATE_API_TOKEN";
                        case "elevenlabs" -> "ELEVENLABS_API_KEY"; default -> "?"; } + ")");
        }
        return new Endpoint(settings.baseUrl(vendor), key);
    }

    public ReplicateClient replicate() {
        return new ReplicateClient(http("replicate"), endpoint("replicate"), settings.preferWaitSeconds(), settings.pollFirst(),
                settings.pollMax(), Duration.ofMinutes(15));
    }

    /** The configured text model, or null for the rule-based agents. */
    public TextModel text() {
        var c = settings.choice("text");
        return switch (c.provider()) {
            case "anthropic" -> new AnthropicTextModel(http("anthropic"), endpoint("anthropic"), c.model(), settings.anthropicToolMode(), meter);
            case "openai" -> new OpenAiChatModel("openai", http("openai"), endpoint("openai"), c.model(), meter);
            default -> null;
        };
    }

    /** The configured image model, or null for local. */
    public ImageModel image() {
        var c = settings.choice("image");
        return switch (c.provider()) {
            case "openai" -> new OpenAiImageModel(http("openai"), endpoint("openai"), c.model(), settings.imageQuality(), meter);
            case "replicate" -> new ReplicateImageModel(replicate(), c.model(), meter);
            default -> null;
        };
    }

    public VideoModel video() {
        var c = settings.choice("video");
        return "replicate".equals(c.provider()) ? new ReplicateVideoModel(replicate(), c.model(), fitting, meter) : null;
    }

    public MusicModel music() {
        var c = settings.choice("music");
        return "replicate".equals(c.provider()) ? new ReplicateMusicModel(replicate(), c.model(), fitting, meter) : null;
    }

    /** The configured voice, or null for the local voice or none ({@code ZAPCUT_VOICE} picks the vendor's voice). */
    public VoiceModel voice() {
        var c = settings.choice("voice");
        return switch (c.provider()) {
            case "openai" -> new OpenAiVoiceModel(http("openai"), endpoint("openai"), c.model(), settings.voice(), meter);
            case "elevenlabs" -> new ElevenLabsVoiceModel(http("elevenlabs"), endpoint("elevenlabs"), c.model(), settings.voice(), meter);
            default -> null;
        };
    }

    /** One cheap call per vendor in use: proves the base URL and key. */
    public String check(String vendor) {
        return switch (vendor) {
            case "anthropic" -> new AnthropicTextModel(http(vendor), endpoint(vendor), settings.choice("text").local()
                    ? ProvidersSettings.DEFAULT_MODELS.get("text/anthropic") : settings.choice("text").model(), false, meter).check();
            case "openai" -> new OpenAiChatModel("openai", http(vendor), endpoint(vendor), "-", meter).check();
            case "replicate" -> replicate().check();
            case "elevenlabs" -> new ElevenLabsVoiceModel(http(vendor), endpoint(vendor), "-", null, meter).check();
            default -> throw new IllegalArgumentException(vendor);
        };
    }
}
