package video.zapcut.ai.vendors.replicate;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A Replicate prediction as the API returns it (the fields we use). */
public record Prediction(String id, String status, JsonNode output, String error, String getUrl, String cancelUrl,
                         double predictSeconds) {
    static Prediction of(JsonNode n) {
        return new Prediction(n.path("id").asString(null), n.path("status").asString("starting"), n.get("output"),
                n.path("error").isNull() ? null : n.path("error").asString(null), n.at("/urls/get").asString(null),
                n.at("/urls/cancel").asString(null), n.at("/metrics/predict_time").asDouble(0));
    }

    public boolean terminal() {
        return switch (status) {
            case "succeeded", "failed", "canceled", "aborted" -> true;
            default -> false;
        };
    }

    /** Output URIs: a single URI, a list of them, or an object with a url/uri field. */
    public List<String> outputUris() {
        List<String> out = new ArrayList<>();
        collect(output, out);
        return out;
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n == null || n.isNull()) return;
        if (n.isString()) out.add(n.asString());
        else if (n.isArray()) for (JsonNode e : n) collect(e, out);
        else if (n.isObject()) {
            for (String f : List.of("url", "uri", "audio", "video", "image")) if (n.has(f)) collect(n.get(f), out);
        }
    }
}
