package video.zapcut.ai;

import java.util.List;
import video.zapcut.ai.vendors.Providers;
import video.zapcut.ai.vendors.ProvidersSettings;
import video.zapcut.ai.vendors.http.Secrets;
import video.zapcut.costs.CostMeter;

/**
 * Which provider and model serve each capability (text, image, video, music), from configuration;
 * local (offline) unless a vendor is chosen. What other modules and the command line may know of the
 * vendor adapters, which stay inside this module.
 */
public final class ProviderChoices {
    public static final List<String> VENDORS = List.of("anthropic", "openai", "replicate", "elevenlabs");

    /** One capability's provider and model. */
    public record Choice(String capability, String provider, String model) {
        public boolean local() { return "local".equals(provider); }
    }

    private final ProvidersSettings settings;

    ProviderChoices(ProvidersSettings settings) { this.settings = settings; }

    /** From the process's environment and system properties; throws IllegalArgumentException for a bad choice. */
    public static ProviderChoices fromSystem() { return new ProviderChoices(ProvidersSettings.fromSystem()); }

    public List<Choice> choices() {
        return settings.choices().values().stream().map(c -> new Choice(c.capability(), c.provider(), c.model())).toList();
    }

    /** Whether the capability (text, image, video, music) runs on the offline local provider. */
    public boolean local(String capability) { return settings.choice(capability).local(); }

    /** The voice to speak with (ZAPCUT_VOICE), or null for the provider's default. */
    public String voice() { return settings.voice(); }

    public List<String> vendorsInUse() { return settings.vendorsInUse(); }

    /** "set" or "not set": never the key. */
    public String keyHint(String vendor) { return Secrets.hint(settings.apiKey(vendor)); }

    public String baseUrl(String vendor) { return settings.baseUrl(vendor); }

    /** One cheap call to the vendor, outside any ad (nothing is charged to an ad or written anywhere). */
    public String check(String vendor) { return new Providers(settings, CostMeter.NONE, null).check(vendor); }

    /** A message with every configured key and anything shaped like a token removed. */
    public static String redact(String message) { return Secrets.redact(message); }
}
