package video.zapcut.ai.vendors.anthropic;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.TextModel;
import video.zapcut.ai.vendors.VendorTestKit;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.common.Json;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;

/** The Messages API as Anthropic documents it: the request we send and every answer we must survive. */
class AnthropicContractTest {
    static final String KEY = "sk-ant-test-key-0123456789";
    static WireMockServer wm;
    VendorTestKit kit;
    List<String> charges;
    List<List<Units>> reservations;
    List<List<Units>> released;

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
        charges = new ArrayList<>();
        reservations = new ArrayList<>();
        released = new ArrayList<>();
    }

    AnthropicTextModel model(boolean toolMode) { return model(toolMode, Duration.ofSeconds(3)); }

    AnthropicTextModel model(boolean toolMode, Duration timeout) {
        CostMeter meter = new CostMeter() {
            @Override public Reservation reserve(String c, String p, String m, List<Units> most) {
                reservations.add(most);
                return CostMeter.NONE.reserve(c, p, m, most);
            }
            @Override public void charge(Reservation r, List<Units> billed, String id) {
                CostMeter.NONE.charge(r, billed, id);
                for (Units u : billed) {
                    charges.add(r.capability() + " " + r.provider() + " " + r.model() + " " + (long) u.amount() + " " + u.unit() + " " + id);
                }
            }
            @Override public void release(Reservation r) { if (!r.settled()) released.add(r.most()); CostMeter.NONE.release(r); }
        };
        return new AnthropicTextModel(kit.http("anthropic", AnthropicTextModel.CLASSIFIER, timeout), new Endpoint(wm.baseUrl(), KEY),
                "claude-sonnet-4-5", toolMode, meter);
    }

    static TextModel.Prompt prompt() {
        JsonNode schema = Json.MAPPER.readTree("{\"type\":\"object\",\"properties\":{\"vibe\":{\"type\":\"string\"}},\"required\":[\"vibe\"]}");
        return new TextModel.Prompt("style", "You write creative bibles.", List.of(new TextModel.Message("user", "<brief>x</brief>")),
                "creative_bible", schema, 1024, 0.4);
    }

    static String ok(String text) {
        return "{\"id\":\"msg_01\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[{\"type\":\"text\",\"text\":"
                + Json.write(text) + "}],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":120,\"output_tokens\":30}}";
    }

    @Test
    void sendsTheDocumentedRequestAndReadsStructuredOutput() {
        wm.stubFor(post("/v1/messages").willReturn(okJson(ok("{\"vibe\":\"calm\"}")).withHeader("request-id", "req_1")));
        TextModel.Answer a = model(false).complete(prompt());
        assertThat(a.json().get("vibe").asString()).isEqualTo("calm");
        assertThat(a.stopReason()).isEqualTo("end_turn");
        assertThat(a.inputTokens()).isEqualTo(120);
        wm.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo(KEY))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withHeader("content-type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("claude-sonnet-4-5")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("1024")))
                .withRequestBody(matchingJsonPath("$.system", equalTo("You write creative bibles.")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("<brief>x</brief>")))
                .withRequestBody(matchingJsonPath("$.output_config.format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.output_config.format.schema.required[0]", equalTo("vibe")))
                .withoutHeader("authorization"));
        assertThat(charges).containsExactly("text anthropic claude-sonnet-4-5 120 input_tokens msg_01",
                "text anthropic claude-sonnet-4-5 30 output_tokens msg_01");
        // Reserved beforehand: at most the request's bytes (plus the vendor's own instructions) in, max_tokens out.
        assertThat(reservations).hasSize(1);
        Units in = reservations.get(0).get(0), out = reservations.get(0).get(1);
        assertThat(in.unit()).isEqualTo("input_tokens");
        assertThat(in.amount()).isEqualTo(wm.getAllServeEvents().get(0).getRequest().getBody().length + 1024.0);
        assertThat(out).isEqualTo(Units.of(1024, "output_tokens"));
        assertThat(released).isEmpty();
    }

    @Test
    void toolModeForcesOneToolAndReadsItsInput() {
        wm.stubFor(post("/v1/messages").willReturn(okJson("{\"id\":\"msg_02\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\","
                + "\"name\":\"creative_bible\",\"input\":{\"vibe\":\"bold\"}}],\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":5,\"output_tokens\":5}}")));
        TextModel.Answer a = model(true).complete(prompt());
        assertThat(a.json().get("vibe").asString()).isEqualTo("bold");
        wm.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(matchingJsonPath("$.tools[0].name", equalTo("creative_bible")))
                .withRequestBody(matchingJsonPath("$.tools[0].input_schema.type", equalTo("object")))
                .withRequestBody(matchingJsonPath("$.tool_choice.type", equalTo("tool")))
                .withRequestBody(matchingJsonPath("$.tool_choice.name", equalTo("creative_bible"))));
    }

    @Test
    void overloaded529And500AndRateLimitsAreRetriedHonouringRetryAfter() {
        wm.stubFor(post("/v1/messages").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(529).withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"))
                .willSetStateTo("500"));
        wm.stubFor(post("/v1/messages").inScenario("s").whenScenarioStateIs("500")
                .willReturn(aResponse().withStatus(500).withBody("{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"oops\"}}"))
                .willSetStateTo("429"));
        wm.stubFor(post("/v1/messages").inScenario("s").whenScenarioStateIs("429")
                .willReturn(aResponse().withStatus(429).withHeader("retry-after", "2")
                        .withBody("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"rate\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(post("/v1/messages").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(ok("{\"vibe\":\"ok\"}"))));
        assertThat(model(false).complete(prompt()).json().get("vibe").asString()).isEqualTo("ok");
        wm.verify(4, postRequestedFor(urlEqualTo("/v1/messages")));
        assertThat(kit.sleeps).hasSize(3);
        assertThat(kit.sleeps.get(2)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aSpendLimitIsFatalAndAuthErrorsAreNotRetried() {
        wm.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(429).withHeader("retry-after", "1").withBody(
                "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"spend limit\",\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}}}")));
        assertThatThrownBy(() -> model(false).complete(prompt())).isInstanceOfSatisfying(VendorException.class,
                e -> assertThat(e.retryable()).isFalse());
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/messages")));

        wm.resetAll();
        wm.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(401)
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}")));
        assertThatThrownBy(() -> model(false).complete(prompt())).hasMessageContaining("authentication_error")
                .hasMessageNotContaining(KEY);
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/messages")));
        // Failed calls bill nothing: each reservation is released exactly as it was made, nothing charged.
        assertThat(charges).isEmpty();
        assertThat(released).isEqualTo(reservations).hasSize(2);
    }

    @Test
    void timeoutsAndMalformedBodiesAreRetried() {
        wm.stubFor(post("/v1/messages").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ok("{}")).withFixedDelay(1200)).willSetStateTo("bad"));
        wm.stubFor(post("/v1/messages").inScenario("s").whenScenarioStateIs("bad")
                .willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")).willSetStateTo("ok"));
        wm.stubFor(post("/v1/messages").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(ok("{\"vibe\":\"late\"}"))));
        assertThat(model(false, Duration.ofMillis(400)).complete(prompt()).json().get("vibe").asString()).isEqualTo("late");
        wm.verify(3, postRequestedFor(urlEqualTo("/v1/messages")));
    }

    @Test
    void unparseableTextRefusalsAndTruncationAreSurfacedNotThrown() {
        wm.stubFor(post("/v1/messages").willReturn(okJson("{\"id\":\"m\",\"content\":[{\"type\":\"text\",\"text\":\"I cannot help\"}],"
                + "\"stop_reason\":\"refusal\",\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}")));
        TextModel.Answer a = model(false).complete(prompt());
        assertThat(a.json()).isNull();
        assertThat(a.stopReason()).isEqualTo("refusal");

        wm.stubFor(post("/v1/messages").willReturn(okJson("{\"id\":\"m\",\"content\":[{\"type\":\"text\",\"text\":\"```json\\n{\\\"vibe\\\":\\\"x\\\"}\\n```\"}],"
                + "\"stop_reason\":\"some_new_reason\",\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}")));
        a = model(false).complete(prompt());
        assertThat(a.json().get("vibe").asString()).isEqualTo("x");
        assertThat(a.stopReason()).isEqualTo("other");
    }
}
