package video.zapcut.ai.vendors.openai;

import java.net.http.HttpRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.TextModel;
import video.zapcut.ai.vendors.anthropic.AnthropicTextModel;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.common.Json;
import java.util.List;
import video.zapcut.ai.vendors.TokenBounds;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;

/**
 * OpenAI-compatible chat completions ({@code POST {base}/v1/chat/completions}) with
 * {@code response_format: json_schema}: OpenAI itself, Ollama, vLLM, LM Studio, OpenRouter by base URL.
 * The key is optional (local servers need none).
 */
public final class OpenAiChatModel implements TextModel {
    private final VendorHttp http;
    private final Endpoint endpoint;
    private final String model;
    private final String provider;
    private final CostMeter meter;

    public OpenAiChatModel(String provider, VendorHttp http, Endpoint endpoint, String model, CostMeter meter) {
        this.provider = provider;
        this.http = http;
        this.endpoint = endpoint;
        this.model = model;
        this.meter = meter;
    }

    @Override
    public String provider() { return provider; }

    @Override
    public String model() { return model; }

    @Override
    public Answer complete(Prompt p) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (p.system() != null) messages.addObject().put("role", "system").put("content", p.system());
        for (Message m : p.messages()) messages.addObject().put("role", m.role()).put("content", m.content());
        body.put("temperature", p.temperature());
        body.put("max_completion_tokens", p.maxTokens());
        ObjectNode schema = body.putObject("response_format").put("type", "json_schema").putObject("json_schema");
        schema.put("name", p.schemaName());
        schema.put("strict", false);
        schema.set("schema", p.schema());
        String payload = Json.write(body);
        Reservation reservation = meter.reserve("text", provider, model, List.of(
                Units.of(TokenBounds.mostInputTokens(payload), "input_tokens"), Units.of(p.maxTokens(), "output_tokens")));
        JsonNode r;
        long in, out;
        try {
            r = http.json(() -> OpenAiImageModel.auth(HttpRequest.newBuilder(endpoint.uri("/v1/chat/completions")), endpoint)
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload)));
            in = r.at("/usage/prompt_tokens").asLong(0);
            out = r.at("/usage/completion_tokens").asLong(0);
            meter.charge(reservation, List.of(Units.of(in, "input_tokens"), Units.of(out, "output_tokens")), r.path("id").asString(null));
        } finally {
            meter.release(reservation);
        }
        JsonNode choice = r.at("/choices/0");
        if (choice.isMissingNode()) {
            throw new VendorException(provider, 200, true, null, "malformed_response", "answer without choices", null);
        }
        String finish = choice.path("finish_reason").asString("");
        String refusal = choice.at("/message/refusal").asString(null);
        String text = choice.at("/message/content").asString("");
        String stop = refusal != null ? "refusal" : switch (finish) {
            case "stop" -> "end_turn";
            case "length" -> "max_tokens";
            case "content_filter" -> "refusal";
            default -> "other";
        };
        return new Answer(AnthropicTextModel.parse(AnthropicTextModel.stripFences(text)), text, stop, in, out);
    }

    /** {@code GET /v1/models}: free, proves the base URL and key. */
    public String check() {
        JsonNode r = http.json(() -> OpenAiImageModel.auth(HttpRequest.newBuilder(endpoint.uri("/v1/models")), endpoint).GET());
        return "ok (" + r.path("data").size() + " models)";
    }
}
