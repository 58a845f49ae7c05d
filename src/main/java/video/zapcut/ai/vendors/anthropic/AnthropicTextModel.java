package video.zapcut.ai.vendors.anthropic;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.TextModel;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.common.Json;
import video.zapcut.ai.vendors.TokenBounds;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;

/**
 * Claude through the Messages API ({@code POST /v1/messages}). Structured output either the GA way,
 * {@code output_config.format = json_schema} with the JSON in a text block, or by forcing one tool
 * and reading its {@code input} (mode {@code tool}, for gateways that lag behind).
 */
public final class AnthropicTextModel implements TextModel {
    public static final String VERSION = "2023-06-01";
    private final VendorHttp http;
    private final Endpoint endpoint;
    private final String model;
    private final boolean toolMode;
    private final CostMeter meter;

    public AnthropicTextModel(VendorHttp http, Endpoint endpoint, String model, boolean toolMode, CostMeter meter) {
        this.http = http;
        this.endpoint = endpoint;
        this.model = model;
        this.toolMode = toolMode;
        this.meter = meter;
    }

    /** Spend limits come back as 429 but retrying them only burns time. */
    public static final ErrorClassifier CLASSIFIER = (provider, status, headers, body) -> {
        JsonNode json = parse(body);
        String detail = json == null ? null : json.at("/error/details/error_code").asString(null);
        if (status == 429 && "enforced_spend_limit_reached".equals(detail)) {
            return new VendorException(provider, status, false, null, detail,
                    "HTTP 429 spend limit reached: " + json.at("/error/message").asString(""), null);
        }
        return ErrorClassifier.standard(provider, status, headers, body, null, null);
    };

    @Override
    public String provider() { return "anthropic"; }

    @Override
    public String model() { return model; }

    @Override
    public Answer complete(Prompt p) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model);
        body.put("max_tokens", p.maxTokens());
        if (p.system() != null) body.put("system", p.system());
        body.put("temperature", p.temperature());
        ArrayNode messages = body.putArray("messages");
        for (Message m : p.messages()) messages.addObject().put("role", m.role()).put("content", m.content());
        if (toolMode) {
            ObjectNode tool = body.putArray("tools").addObject();
            tool.put("name", p.schemaName());
            tool.put("description", "Record the " + p.schemaName().replace('_', ' ') + " (the only way to answer).");
            tool.set("input_schema", p.schema());
            body.putObject("tool_choice").put("type", "tool").put("name", p.schemaName());
        } else {
            body.putObject("output_config").putObject("format").put("type", "json_schema").set("schema", p.schema());
        }
        String payload = Json.write(body);
        Reservation reservation = meter.reserve("text", provider(), model, List.of(
                Units.of(TokenBounds.mostInputTokens(payload), "input_tokens"), Units.of(p.maxTokens(), "output_tokens")));
        JsonNode r;
        long in, out;
        try {
            r = http.json(() -> HttpRequest.newBuilder(endpoint.uri("/v1/messages"))
                    .header("x-api-key", endpoint.apiKey())
                    .header("anthropic-version", VERSION)
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload)));
            in = r.at("/usage/input_tokens").asLong(0);
            out = r.at("/usage/output_tokens").asLong(0);
            meter.charge(reservation, List.of(Units.of(in, "input_tokens"), Units.of(out, "output_tokens")), r.path("id").asString(null));
        } finally {
            meter.release(reservation);
        }
        String stop = switch (r.path("stop_reason").asString("")) {
            case "end_turn", "stop_sequence" -> "end_turn";
            case "max_tokens" -> "max_tokens";
            case "refusal" -> "refusal";
            case "tool_use" -> "tool_use";
            default -> "other";
        };
        JsonNode json = null;
        StringBuilder text = new StringBuilder();
        for (JsonNode block : r.path("content")) {
            String type = block.path("type").asString("");
            if ("tool_use".equals(type) && block.has("input")) json = block.get("input");
            if ("text".equals(type)) text.append(block.path("text").asString(""));
        }
        if (json == null && !text.isEmpty()) json = parse(stripFences(text.toString()));
        if (json == null && !r.has("content")) {
            throw new VendorException(provider(), 200, true, null, "malformed_response", "answer without content", null);
        }
        return new Answer(json, json != null && text.isEmpty() ? Json.write(json) : text.toString(), stop, in, out);
    }

    /** Some models wrap JSON in ``` fences even when asked not to. */
    public static String stripFences(String s) {
        String t = s.strip();
        if (t.startsWith("```")) {
            int nl = t.indexOf('\n');
            t = nl < 0 ? t : t.substring(nl + 1);
            if (t.endsWith("```")) t = t.substring(0, t.length() - 3);
        }
        return t.strip();
    }

    public static JsonNode parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            JsonNode n = Json.MAPPER.readTree(s);
            return n != null && n.isObject() ? n : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One cheap call (a few tokens) for {@code zapcut providers --check}. */
    public String check() {
        JsonNode r = http.json(() -> HttpRequest.newBuilder(endpoint.uri("/v1/messages"))
                .header("x-api-key", endpoint.apiKey()).header("anthropic-version", VERSION)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("model", model, "max_tokens", 1,
                        "messages", java.util.List.of(Map.of("role", "user", "content", "ping")))))));
        meter.charge(meter.reserve("text", provider(), model, List.of()), List.of(
                Units.of(r.at("/usage/input_tokens").asLong(0), "input_tokens"),
                Units.of(r.at("/usage/output_tokens").asLong(0), "output_tokens")), r.path("id").asString(null));
        return "ok (" + r.path("model").asString(model) + ")";
    }
}
