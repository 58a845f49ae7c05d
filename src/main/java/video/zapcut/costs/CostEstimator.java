package video.zapcut.costs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import video.zapcut.common.AspectRatio;

/**
 * What an ad will cost with the configured providers, before it runs: the text agents' tokens, nine
 * images (four references, five keyframes), five clips at their model's billed length, the
 * music, and the voiceover's characters (with OpenAI, also the seconds transcribed for word timings). Used for {@code estimated_cost_cents} in {@code POST /generate/video}.
 */
public final class CostEstimator {
    /** Tokens one agent call typically uses (system prompt + brief + schema; answer). */
    static final double INPUT_TOKENS_PER_CALL = 2500, OUTPUT_TOKENS_PER_CALL = 1200;
    static final int AGENT_CALLS = 4, IMAGES = 9, SCENES = 5;
    /** A voiceover at a natural pace (15 characters a second of speech) over four of five scenes (0.8 of the ad). */
    static final double SPOKEN_CHARACTERS_PER_SECOND = 15, VOICE_SHARE = 0.8;

    /**
     * One capability's configuration for estimating.
     *
     * @param unitsPerScene for video: billed seconds for a shot of the given length; for music: billed
     *                      seconds for an ad of the given length; unused otherwise
     */
    public record Line(String capability, String provider, String model, DoubleUnaryOperator billedSeconds) {
        public boolean local() { return "local".equals(provider); }
    }

    private final PriceTable prices;
    private final List<Line> lines;

    public CostEstimator(PriceTable prices, List<Line> lines) {
        this.prices = prices;
        this.lines = List.copyOf(lines);
    }

    /**
     * The vendor work a generation (or a revision of one) will do.
     *
     * @param textCalls    agent calls
     * @param images       images drawn (references and keyframes)
     * @param sceneSeconds the length of each scene whose clip is made
     * @param musicSeconds the soundtrack's length, or 0 when none is made
     * @param voiceCharacters the characters spoken, 0 when no line is spoken
     * @param voiceSeconds    the seconds of speech (transcribed for word timings by some vendors)
     */
    public record Work(int textCalls, int images, List<Double> sceneSeconds, double musicSeconds, double voiceCharacters,
                       double voiceSeconds) {
        public Work {
            sceneSeconds = List.copyOf(sceneSeconds);
        }

        public Work(int textCalls, int images, List<Double> sceneSeconds, double musicSeconds) {
            this(textCalls, images, sceneSeconds, musicSeconds, 0, 0);
        }

        /** A whole ad from its brief: every agent, nine images, five clips of an average scene's length, the music, the voice. */
        public static Work wholeAd(int durationSeconds) {
            double spoken = durationSeconds * VOICE_SHARE;
            return new Work(AGENT_CALLS, IMAGES, java.util.Collections.nCopies(SCENES, durationSeconds / (double) SCENES), durationSeconds,
                    spoken * SPOKEN_CHARACTERS_PER_SECOND, spoken);
        }

        /** This work plus speaking {@code characters} of new lines, at a natural pace. */
        public Work speaking(double characters) {
            return new Work(textCalls, images, sceneSeconds, musicSeconds, voiceCharacters + characters,
                    voiceSeconds + characters / SPOKEN_CHARACTERS_PER_SECOND);
        }
    }

    public long estimatedCostCents(int durationSeconds, AspectRatio aspect) {
        return estimatedCostCents(Work.wholeAd(durationSeconds));
    }

    public long estimatedCostCents(Work work) {
        return (long) Math.ceil(breakdown(work).values().stream().mapToDouble(Double::doubleValue).sum() - 1e-9);
    }

    /** Cents per capability. */
    public Map<String, Double> breakdown(int durationSeconds, AspectRatio aspect) { return breakdown(Work.wholeAd(durationSeconds)); }

    /** Cents per capability for {@code work}. */
    public Map<String, Double> breakdown(Work work) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Line l : lines) {
            double c = 0;
            if (!l.local()) {
                c = switch (l.capability()) {
                    case "text" -> work.textCalls() * (prices.cost(l.provider(), l.model(), INPUT_TOKENS_PER_CALL, "input_tokens")
                            + prices.cost(l.provider(), l.model(), OUTPUT_TOKENS_PER_CALL, "output_tokens"));
                    case "image" -> prices.cost(l.provider(), l.model(), work.images(), "image");
                    // A clip is the scene plus half a second of transition handles, billed at the model's lengths.
                    case "video" -> work.sceneSeconds().stream().mapToDouble(s ->
                            prices.cost(l.provider(), l.model(), l.billedSeconds().applyAsDouble(s + 0.5), "video_second")).sum();
                    case "music" -> work.musicSeconds() <= 0 ? 0
                            : prices.cost(l.provider(), l.model(), l.billedSeconds().applyAsDouble(work.musicSeconds()), "music_second");
                    // OpenAI's speech has no timings: whisper-1 transcribes it for them, billed per second.
                    case "voice" -> prices.cost(l.provider(), l.model(), work.voiceCharacters(), "voice_character")
                            + ("openai".equals(l.provider()) ? prices.cost(l.provider(), "whisper-1", work.voiceSeconds(), "transcription_second") : 0);
                    default -> 0;
                };
            }
            out.put(l.capability(), Math.round(c * 100) / 100.0);
        }
        return out;
    }
}
