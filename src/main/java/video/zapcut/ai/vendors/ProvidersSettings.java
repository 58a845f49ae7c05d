package video.zapcut.ai.vendors;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import video.zapcut.ai.vendors.http.ResilienceSettings;

/**
 * Which provider and model serves each capability, the vendors' keys and base URLs, read from
 * configuration or the environment: {@code ZAPCUT_<CAP>_PROVIDER} (capabilities: text, image, video, music, voice) / {@code zapcut.<cap>.provider},
 * {@code ZAPCUT_<CAP>_MODEL} / {@code zapcut.<cap>.model}, {@code ANTHROPIC_API_KEY},
 * {@code OPENAI_API_KEY}, {@code REPLICATE_API_TOKEN}, {@code ELEVENLABS_API_KEY}, {@code *_BASE_URL}. Everything defaults to
 * {@code local}. {@link #toString()} shows no key.
 */
public final class ProvidersSettings {
    public static final List<String> CAPABILITIES = List.of("text", "image", "video", "music", "voice");
    static final Map<String, List<String>> ALLOWED = Map.of(
            "text", List.of("local", "anthropic", "openai"),
            "image", List.of("local", "openai", "replicate"),
            "video", List.of("local", "replicate"),
            "music", List.of("local", "replicate"),
            // "none": ads without a voiceover (an order can also say voiceover: false)
            "voice", List.of("local", "openai", "elevenlabs", "none"));
    static final Map<String, String> DEFAULT_MODELS = Map.ofEntries(
            Map.entry("text/anthropic", "claude-sonnet-4-5"), Map.entry("text/openai", "gpt-5-mini"),
            Map.entry("image/openai", "gpt-image-1.5"), Map.entry("image/replicate", "black-forest-labs/flux-kontext-pro"),
            Map.entry("video/replicate", "google/veo-3-fast"), Map.entry("music/replicate", "stability-ai/stable-audio-2.5"),
            Map.entry("voice/local", "festival-hts"), Map.entry("voice/openai", "gpt-4o-mini-tts"),
            Map.entry("voice/elevenlabs", "eleven_multilingual_v2"));
    static final Map<String, String> DEFAULT_BASES = Map.of("anthropic", "https://api.anthropic.com",
            "openai", "https://api.openai.com/v1", "replicate", "https://api.replicate.com/v1",
            "elevenlabs", "https://api.elevenlabs.io");

    public record Choice(String capability, String provider, String model) {
        public boolean local() { return "local".equals(provider); }
        /** A vendor's: neither local nor switched off ("none"). */
        public boolean vendor() { return !local() && !"none".equals(provider); }
        @Override public String toString() { return local() ? "local" : provider + "/" + model; }
    }

    private final Function<String, String> lookup;
    private final Map<String, Choice> choices = new LinkedHashMap<>();

    public ProvidersSettings(Function<String, String> lookup) {
        this.lookup = lookup;
        for (String cap : CAPABILITIES) {
            String provider = get("ZAPCUT_" + cap.toUpperCase(Locale.ROOT) + "_PROVIDER", "zapcut." + cap + ".provider", "local")
                    .strip().toLowerCase(Locale.ROOT);
            if (!ALLOWED.get(cap).contains(provider)) {
                throw new IllegalArgumentException("unknown " + cap + " provider '" + provider + "' (choose one of "
                        + String.join(", ", ALLOWED.get(cap)) + ")");
            }
            String model = get("ZAPCUT_" + cap.toUpperCase(Locale.ROOT) + "_MODEL", "zapcut." + cap + ".model",
                    DEFAULT_MODELS.getOrDefault(cap + "/" + provider, "local"));
            choices.put(cap, new Choice(cap, provider, model.strip()));
        }
    }

    /** From system properties, then the environment (the command line's view). */
    public static ProvidersSettings fromSystem() {
        return new ProvidersSettings(k -> {
            String v = System.getProperty(k);
            return v != null ? v : System.getenv(k);
        });
    }

    public Choice choice(String capability) { return choices.get(capability); }

    public Map<String, Choice> choices() { return choices; }

    public String apiKey(String vendor) {
        return switch (vendor) {
            case "anthropic" -> get("ANTHROPIC_API_KEY", "zapcut.anthropic.api-key", null);
            case "openai" -> get("OPENAI_API_KEY", "zapcut.openai.api-key", null);
            case "replicate" -> get("REPLICATE_API_TOKEN", "zapcut.replicate.api-token", null);
            case "elevenlabs" -> get("ELEVENLABS_API_KEY", "zapcut.elevenlabs.api-key", null);
            default -> null;
        };
    }

    public String baseUrl(String vendor) {
        return get(vendor.toUpperCase(Locale.ROOT) + "_BASE_URL", "zapcut." + vendor + ".base-url", DEFAULT_BASES.get(vendor));
    }

    /** Vendors some capability uses. */
    public List<String> vendorsInUse() {
        return choices.values().stream().filter(Choice::vendor).map(Choice::provider).distinct().toList();
    }

    public boolean fallbackToLocal() { return Boolean.parseBoolean(get("ZAPCUT_FALLBACK_TO_LOCAL", "zapcut.providers.fallback-to-local", "false")); }

    public boolean anthropicToolMode() { return "tool".equalsIgnoreCase(get("ZAPCUT_ANTHROPIC_STRUCTURED", "zapcut.anthropic.structured", "output_config")); }

    /** The voice to speak with ({@code ZAPCUT_VOICE}): an OpenAI voice name, an ElevenLabs voice id; null for the provider's default. */
    public String voice() { return get("ZAPCUT_VOICE", "zapcut.voice.voice", null); }

    public String imageQuality() { return get("ZAPCUT_IMAGE_QUALITY", "zapcut.image.quality", "medium"); }

    public Duration timeout(String vendor) {
        return Duration.ofMillis(Long.parseLong(get("ZAPCUT_" + vendor.toUpperCase(Locale.ROOT) + "_TIMEOUT_MS",
                "zapcut." + vendor + ".timeout-ms", "text".equals(vendor) ? "120000" : "90000")));
    }

    /**
     * The vendor's retry, breaker and bulkhead numbers: {@link ResilienceSettings#defaults()} with the
     * bulkhead from {@code ZAPCUT_<VENDOR>_MAX_CONCURRENT_CALLS} / {@code zapcut.<vendor>.max-concurrent-calls}
     * (default 8) and {@code ZAPCUT_<VENDOR>_SLOT_WAIT_MS} / {@code zapcut.<vendor>.slot-wait-ms} (default 30000).
     */
    public ResilienceSettings resilience(String vendor) {
        String env = "ZAPCUT_" + vendor.toUpperCase(Locale.ROOT);
        ResilienceSettings defaults = ResilienceSettings.defaults();
        return defaults.withBulkhead(
                Integer.parseInt(get(env + "_MAX_CONCURRENT_CALLS", "zapcut." + vendor + ".max-concurrent-calls",
                        String.valueOf(defaults.maxConcurrentCalls())).strip()),
                Duration.ofMillis(Long.parseLong(get(env + "_SLOT_WAIT_MS", "zapcut." + vendor + ".slot-wait-ms",
                        String.valueOf(defaults.slotWait().toMillis())).strip())));
    }

    /** Replicate's polling: first interval and cap (ms); tests and the bench shorten them. */
    public Duration pollFirst() { return Duration.ofMillis(Long.parseLong(get("ZAPCUT_REPLICATE_POLL_MS", "zapcut.replicate.poll-ms", "1000"))); }

    public Duration pollMax() { return Duration.ofMillis(Long.parseLong(get("ZAPCUT_REPLICATE_POLL_MAX_MS", "zapcut.replicate.poll-max-ms", "8000"))); }

    public int preferWaitSeconds() { return Integer.parseInt(get("ZAPCUT_REPLICATE_WAIT_S", "zapcut.replicate.wait-seconds", "60")); }

    public String get(String envName, String property, String fallback) {
        String v = lookup.apply(envName);
        if (v == null || v.isBlank()) v = lookup.apply(property);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public String toString() { return "ProvidersSettings" + choices.values(); }
}
