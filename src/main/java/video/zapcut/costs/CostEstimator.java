package video.zapcut.costs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import video.zapcut.common.AspectRatio;

/**
 * What an ad will cost with the configured providers, before it runs: the text agents' tokens, nine
 * images (four references, five keyframes), five clips at their model's billed length, and the
 * music. Used for {@code estimated_cost_cents} in {@code POST /generate/video}.
 */
public final class CostEstimator {
    /** Tokens one agent call typically uses (system prompt + brief + schema; answer). */
    static final double INPUT_TOKENS_PER_CALL = 2500, OUTPUT_TOKENS_PER_CALL = 1200;
    static final int AGENT_CALLS = 4, IMAGES = 9, SCENES = 5;

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

    public long estimatedCostCents(int durationSeconds, AspectRatio aspect) {
        return (long) Math.ceil(breakdown(durationSeconds, aspect).values().stream().mapToDouble(Double::doubleValue).sum() - 1e-9);
    }

    /** Cents per capability. */
    public Map<String, Double> breakdown(int durationSeconds, AspectRatio aspect) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Line l : lines) {
            double c = 0;
            if (!l.local()) {
                c = switch (l.capability()) {
                    case "text" -> AGENT_CALLS * (prices.cost(l.provider(), l.model(), INPUT_TOKENS_PER_CALL, "input_tokens")
                            + prices.cost(l.provider(), l.model(), OUTPUT_TOKENS_PER_CALL, "output_tokens"));
                    case "image" -> prices.cost(l.provider(), l.model(), IMAGES, "image");
                    case "video" -> SCENES * prices.cost(l.provider(), l.model(),
                            l.billedSeconds().applyAsDouble(durationSeconds / (double) SCENES + 0.5), "video_second");
                    case "music" -> prices.cost(l.provider(), l.model(), l.billedSeconds().applyAsDouble(durationSeconds), "music_second");
                    default -> 0;
                };
            }
            out.put(l.capability(), Math.round(c * 100) / 100.0);
        }
        return out;
    }
}
