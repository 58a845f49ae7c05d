package video.zapcut.ai.vendors;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import video.zapcut.ai.vendors.http.CircuitOpenException;
import video.zapcut.costs.CostMeter;

/** Providers gives each vendor its own retry, circuit breaker and bulkhead, sized from the settings. */
class ProvidersResilienceTest {
    static WireMockServer wm;
    VendorTestKit kit;

    @BeforeAll
    static void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
    }

    @AfterAll
    static void stop() { wm.stop(); }

    @BeforeEach
    void reset() {
        wm.resetAll();
        kit = new VendorTestKit();
    }

    Providers providers(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "ZAPCUT_TEXT_PROVIDER", "anthropic", "ANTHROPIC_API_KEY", "sk-ant-test-key-0123456789", "ANTHROPIC_BASE_URL", wm.baseUrl(),
                "ZAPCUT_IMAGE_PROVIDER", "openai", "OPENAI_API_KEY", "sk-proj-test-0123456789abcdef", "OPENAI_BASE_URL", wm.baseUrl() + "/v1"));
        env.putAll(extra);
        return new Providers(new ProvidersSettings(env::get), CostMeter.NONE, null, kit.sleeper, Clock.systemUTC());
    }

    @Test
    void oneVendorsOutageOpensOnlyItsOwnCircuit() {
        wm.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(529)
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")));
        wm.stubFor(get("/v1/models").willReturn(okJson("{\"data\":[{\"id\":\"gpt-5-mini\"}]}")));
        Providers p = providers(Map.of());

        assertThatThrownBy(() -> p.check("anthropic")).hasMessageContaining("overloaded_error"); // 4 failed attempts
        // The 5th failure in a row opens Anthropic's circuit; the retry after it is refused, and that ends the call.
        assertThatThrownBy(() -> p.check("anthropic")).isInstanceOf(CircuitOpenException.class)
                .hasMessageStartingWith("anthropic: circuit open (5 failed calls in a row)");
        wm.verify(5, postRequestedFor(urlEqualTo("/v1/messages")));
        assertThat(p.http("anthropic").resilience().circuitBreaker().state()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThat(p.check("openai")).isEqualTo("ok (1 models)");
        assertThat(p.http("openai").resilience().circuitBreaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThatThrownBy(() -> p.check("anthropic")).isInstanceOf(CircuitOpenException.class);
        wm.verify(5, postRequestedFor(urlEqualTo("/v1/messages")));
        // One VendorHttp, so one breaker, per vendor: every capability on it shares it.
        assertThat(p.http("anthropic")).isSameAs(p.http("anthropic"));
        assertThat(p.http("openai").resilience()).isNotSameAs(p.http("anthropic").resilience());
    }

    @Test
    void eachVendorsBulkheadIsSizedFromItsOwnSettings() {
        Providers p = providers(Map.of("ZAPCUT_REPLICATE_MAX_CONCURRENT_CALLS", "3", "zapcut.openai.slot-wait-ms", "1500"));
        BulkheadConfig replicate = p.http("replicate").resilience().bulkhead().bulkhead().getBulkheadConfig();
        BulkheadConfig openai = p.http("openai").resilience().bulkhead().bulkhead().getBulkheadConfig();
        BulkheadConfig anthropic = p.http("anthropic").resilience().bulkhead().bulkhead().getBulkheadConfig();
        assertThat(replicate.getMaxConcurrentCalls()).isEqualTo(3);
        assertThat(replicate.getMaxWaitDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(openai.getMaxConcurrentCalls()).isEqualTo(8);
        assertThat(openai.getMaxWaitDuration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(anthropic.getMaxConcurrentCalls()).isEqualTo(8);
        assertThatThrownBy(() -> providers(Map.of("zapcut.anthropic.max-concurrent-calls", "0")).http("anthropic"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
