package video.zapcut.costs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prices in US cents per unit, keyed by {@code provider/model} (e.g. {@code replicate/google/veo-3})
 * and unit. Set in configuration ({@code zapcut.prices.<provider>.<model>.<unit>=cents}, units per
 * million tokens for text); the defaults below are late-2026 list prices and only a fallback.
 * An unknown model costs what its provider's {@code *} entry says, else nothing (and is logged once).
 */
public final class PriceTable {
    public static final java.util.List<String> UNITS = java.util.List.of("input_tokens", "output_tokens", "image", "video_second", "music_second",
            "voice_character", "transcription_second");
    private final Map<String, Double> cents = new LinkedHashMap<>();

    public static PriceTable defaults() {
        PriceTable t = new PriceTable();
        // text, cents per million tokens
        t.put("anthropic", "*", "input_tokens", 300).put("anthropic", "*", "output_tokens", 1500);
        t.put("anthropic", "claude-sonnet-4-5", "input_tokens", 300).put("anthropic", "claude-sonnet-4-5", "output_tokens", 1500);
        t.put("anthropic", "claude-haiku-4-5", "input_tokens", 100).put("anthropic", "claude-haiku-4-5", "output_tokens", 500);
        t.put("openai", "*", "input_tokens", 250).put("openai", "*", "output_tokens", 1000);
        // images, cents per image
        t.put("openai", "*", "image", 4.2).put("openai", "gpt-image-1.5", "image", 4.2);
        t.put("replicate", "black-forest-labs/flux-1.1-pro", "image", 4).put("replicate", "black-forest-labs/flux-kontext-pro", "image", 4);
        // video, cents per second of clip
        t.put("replicate", "google/veo-3", "video_second", 75).put("replicate", "google/veo-3-fast", "video_second", 25);
        t.put("replicate", "kwaivgi/kling-v2.1", "video_second", 5).put("replicate", "minimax/video-01", "video_second", 8.3);
        t.put("replicate", "openai/sora-2", "video_second", 10);
        // music, cents per second of audio
        t.put("replicate", "google/lyria-2", "music_second", 0.2).put("replicate", "stability-ai/stable-audio-2.5", "music_second", 0.1);
        t.put("replicate", "minimax/music-1.5", "music_second", 0.1).put("replicate", "meta/musicgen", "music_second", 0.05);
        // voice, cents per character spoken: OpenAI's tts-1 $15 per million, tts-1-hd $30; gpt-4o-mini-tts
        // is billed in text and audio tokens, about the same as tts-1 for speech at a normal pace, so it
        // is priced like tts-1 here; ElevenLabs about $0.30 per 1000 (pay as you go). Word timings from
        // OpenAI are a transcription, per second of audio ($0.006 a minute).
        t.put("openai", "*", "voice_character", 0.0015).put("openai", "gpt-4o-mini-tts", "voice_character", 0.0015);
        t.put("openai", "tts-1", "voice_character", 0.0015).put("openai", "tts-1-hd", "voice_character", 0.003);
        t.put("openai", "whisper-1", "transcription_second", 0.01);
        t.put("elevenlabs", "*", "voice_character", 0.03);
        return t;
    }

    public PriceTable put(String provider, String model, String unit, double centsPerUnit) {
        cents.put(key(provider, model, unit), centsPerUnit);
        return this;
    }

    /** Cost in cents of {@code units} (tokens are priced per million). */
    public double cost(String provider, String model, double units, String unit) {
        Double p = cents.get(key(provider, model, unit));
        if (p == null) p = cents.get(key(provider, "*", unit));
        if (p == null) return 0;
        return unit.endsWith("_tokens") ? units * p / 1_000_000.0 : units * p;
    }

    public boolean knows(String provider, String model, String unit) {
        return cents.containsKey(key(provider, model, unit)) || cents.containsKey(key(provider, "*", unit));
    }

    /** The capability a billed unit belongs to: tokens are text, {@code video_second} video, and so on. */
    public static String capabilityOf(String unit) {
        return switch (unit) {
            case "input_tokens", "output_tokens" -> "text";
            case "video_second" -> "video";
            case "music_second" -> "music";
            case "voice_character", "transcription_second" -> "voice";
            default -> unit;
        };
    }

    /** Each provider with the capabilities it has prices for, e.g. {@code replicate -> [image, video, music]}. */
    public Map<String, java.util.Set<String>> capabilitiesByProvider() {
        Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        for (String k : cents.keySet()) {
            out.computeIfAbsent(k.substring(0, k.indexOf('/')), p -> new java.util.TreeSet<>())
                    .add(capabilityOf(k.substring(k.lastIndexOf('#') + 1)));
        }
        return out;
    }

    private static String key(String provider, String model, String unit) {
        return (provider + "/" + model + "#" + unit).toLowerCase(Locale.ROOT);
    }
}
