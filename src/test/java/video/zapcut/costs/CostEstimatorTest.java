package video.zapcut.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import video.zapcut.ai.vendors.ProvidersSettings;
import video.zapcut.ai.vendors.replicate.MusicFamily;
import video.zapcut.ai.vendors.replicate.VideoFamily;
import video.zapcut.common.AspectRatio;

class CostEstimatorTest {
    @Test
    void localCostsNothingAndVendorsCostTheirBilledUnits() {
        PriceTable prices = PriceTable.defaults();
        CostEstimator local = new CostEstimator(prices, List.of(new CostEstimator.Line("text", "local", "local", s -> s),
                new CostEstimator.Line("video", "local", "local", s -> s)));
        assertThat(local.estimatedCostCents(30, AspectRatio.LANDSCAPE)).isZero();

        CostEstimator remote = new CostEstimator(prices, List.of(
                new CostEstimator.Line("text", "anthropic", "claude-sonnet-4-5", s -> s),
                new CostEstimator.Line("image", "openai", "gpt-image-1.5", s -> s),
                new CostEstimator.Line("video", "replicate", "kwaivgi/kling-v2.1", s -> VideoFamily.of("kwaivgi/kling-v2.1").seconds(s)),
                new CostEstimator.Line("music", "replicate", "stability-ai/stable-audio-2.5", s -> MusicFamily.STABLE_AUDIO.seconds(s))));
        Map<String, Double> b = remote.breakdown(30, AspectRatio.LANDSCAPE);
        assertThat(b.get("text")).isCloseTo(4 * (2500 * 300 + 1200 * 1500) / 1e6, within(0.01));
        assertThat(b.get("image")).isCloseTo(9 * 4.2, within(0.01));
        assertThat(b.get("video")).isCloseTo(5 * 10 * 5.0, within(0.01)); // 6.5 s shots -> 10 s Kling clips at 5 c/s
        assertThat(b.get("music")).isCloseTo(30 * 0.1, within(0.01));
        assertThat(remote.estimatedCostCents(30, AspectRatio.LANDSCAPE)).isEqualTo((long) Math.ceil(10.2 + 37.8 + 250 + 3));
    }

    @Test
    void settingsComeFromTheEnvironmentNamesOrPropertiesAndRejectUnknownProviders() {
        Map<String, String> env = Map.of("ZAPCUT_VIDEO_PROVIDER", "replicate", "zapcut.video.model", "kwaivgi/kling-v2.1",
                "REPLICATE_API_TOKEN", "r8_secret_value_123");
        ProvidersSettings s = new ProvidersSettings(env::get);
        assertThat(s.choice("video").toString()).isEqualTo("replicate/kwaivgi/kling-v2.1");
        assertThat(s.choice("text").local()).isTrue();
        assertThat(s.vendorsInUse()).containsExactly("replicate");
        assertThat(s.baseUrl("replicate")).isEqualTo("https://api.replicate.com/v1");
        assertThat(s.toString()).doesNotContain("secret");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProvidersSettings(Map.of("ZAPCUT_VIDEO_PROVIDER", "sora")::get))
                .hasMessageContaining("unknown video provider 'sora'");
    }
}
