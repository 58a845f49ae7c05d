package video.zapcut.web.studio;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;
import video.zapcut.testing.FakeVendors;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/** With ZAPCUT_TEXT_PROVIDER=anthropic the studio's chat is answered by the (WireMock) LLM, outside any ad. */
class ConversationLlmApiTest extends ApiTest {
    static final FakeVendors vendors = new FakeVendors(FakeVendors.Latency.NONE, 8, 30);

    @DynamicPropertySource
    static void anthropic(DynamicPropertyRegistry registry) {
        vendors.properties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stop() { vendors.close(); }

    @Test
    void theLlmAnswersTheChatAndTheRulesGateTheStage() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("reply", "Luna Cold Brew for busy professionals: lovely. What should people remember about it?");
        a.put("asks_for", "benefit");
        for (String k : List.of("product_description", "benefit", "duration_seconds", "aspect_ratio", "creative_direction")) a.put(k, null);
        a.put("brand", "Luna Coffee");
        a.put("product", "Luna Cold Brew");
        a.put("audience", "busy professionals");
        a.put("scenes_decided", false);
        a.put("requested_scenes", List.of());
        vendors.wm.stubFor(post("/v1/messages").withRequestBody(matchingJsonPath("$.system", containing("studio's orchestrator")))
                .willReturn(okJson(Json.write(Map.of("id", "msg_chat", "type", "message", "role", "assistant", "model", "claude-sonnet-4-5",
                        "content", List.of(Map.of("type", "text", "text", Json.write(a))), "stop_reason", "end_turn",
                        "usage", Map.of("input_tokens", 200, "output_tokens", 50)))).withHeader("request-id", "req_chat")));

        String token = newUser().path("access_token").asString();
        ApiClient.Response p = api.postJson("/v1/projects", Json.write(Map.of("name", "Luna")), token);
        UUID project = UUID.fromString(p.json().path("id").asString());
        ApiClient.Response r = api.postJson("/v1/projects/" + project + "/conversation/messages",
                Json.write(Map.of("text", "hi, Luna Coffee here, we make a cold brew for people with busy days")), token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode c = r.json();
        JsonNode messages = c.path("messages");
        assertThat(messages.get(messages.size() - 1).path("content").asString()).startsWith("Luna Cold Brew for busy professionals: lovely.");
        assertThat(c.path("stage").asString()).isEqualTo("collect_product_info");
        assertThat(c.path("state").path("brand").asString()).isEqualTo("Luna Coffee");
        assertThat(c.path("state").path("audience").asString()).isEqualTo("busy professionals");
        assertThat(c.path("state").path("turn_paths").get(0).asString()).isEqualTo("anthropic/claude-sonnet-4-5");
        assertThat(c.path("missing").get(0).asString()).isEqualTo("benefit");
        // Charged to no ad, like `providers --check`.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cost_ledger WHERE ad_id IS NULL AND request_id = 'msg_chat'").query(Integer.class).single())
                .isEqualTo(2);
    }
}
