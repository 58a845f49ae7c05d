package video.zapcut.ai.vendors.openai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.ProductImages;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.ai.vendors.ImagePrompts;
import video.zapcut.ai.vendors.Parallel;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.Multipart;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Json;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;

/**
 * OpenAI Images: {@code generations} when there is no product photo, {@code edits} with the photos
 * (and, for keyframes, the scene's reference and the previous keyframe) as {@code image[]} otherwise.
 * GPT image models answer base64 PNGs. The four reference images are requested at once.
 */
public final class OpenAiImageModel implements ImageModel {
    static final int MAX_REFERENCES = 16;
    private final VendorHttp http;
    private final Endpoint endpoint;
    private final String model;
    private final String quality;
    private final CostMeter meter;

    public OpenAiImageModel(VendorHttp http, Endpoint endpoint, String model, String quality, CostMeter meter) {
        this.http = http;
        this.endpoint = endpoint;
        this.model = model;
        this.quality = quality;
        this.meter = meter;
    }

    /** insufficient_quota (billing) is a 429 that will not pass by waiting. */
    public static final ErrorClassifier CLASSIFIER = (provider, status, headers, body) -> {
        VendorException e = ErrorClassifier.standard(provider, status, headers, body, null, null);
        if (status == 429 && body != null && body.contains("insufficient_quota")) {
            return new VendorException(provider, status, false, null, "insufficient_quota", e.getMessage().substring(provider.length() + 2), null);
        }
        return e;
    };

    static HttpRequest.Builder auth(HttpRequest.Builder b, Endpoint endpoint) {
        return endpoint.apiKey() == null || endpoint.apiKey().isBlank() ? b : b.header("Authorization", "Bearer " + endpoint.apiKey());
    }

    @Override
    public String provider() { return "openai/" + model; }

    @Override
    public Map<String, Path> referenceImages(ProductImages product, VisualStyleSpec style, AspectRatio aspect, Path dir) {
        return Parallel.each(REFERENCE_ROLES,
                role -> image(ImagePrompts.reference(role, product, style), aspect, product.photos(), dir.resolve(role + ".png")));
    }

    @Override
    public Path keyframe(SceneShot shot, ProductImages product, VisualStyleSpec style, Map<String, Path> references,
                         Path previousKeyframeDir, Path dir) {
        List<Path> refs = new ArrayList<>();
        Path ref = references.get(shot.reference());
        if (ref != null) refs.add(ref);
        if (previousKeyframeDir != null && Files.isRegularFile(previousKeyframeDir.resolve("keyframe.png"))) {
            refs.add(previousKeyframeDir.resolve("keyframe.png"));
        }
        refs.addAll(product.photos());
        return image(ImagePrompts.keyframe(shot, product, style), shot.aspect(), refs, dir.resolve("keyframe.png"));
    }

    /** Every call asks for one image ({@code n=1}), which is what it bills. */
    private static final Units ONE_IMAGE = Units.of(1, "image");

    Path image(String prompt, AspectRatio aspect, List<Path> references, Path out) {
        Reservation reservation = meter.reserve("image", "openai", model, List.of(ONE_IMAGE));
        String b64;
        try {
            JsonNode r;
            if (references.isEmpty()) {
                ObjectNode body = Json.MAPPER.createObjectNode();
                body.put("model", model).put("prompt", prompt).put("n", 1).put("size", size(aspect)).put("quality", quality)
                        .put("output_format", "png");
                String payload = Json.write(body);
                r = http.json(() -> auth(HttpRequest.newBuilder(endpoint.uri("/v1/images/generations")), endpoint)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload)));
            } else {
                Multipart form = new Multipart().field("model", model).field("prompt", prompt).field("n", "1")
                        .field("size", size(aspect)).field("quality", quality).field("output_format", "png");
                for (Path p : references.subList(0, Math.min(MAX_REFERENCES, references.size()))) form.file("image[]", p, mime(p));
                byte[] bytes = form.bytes();
                r = http.json(() -> auth(HttpRequest.newBuilder(endpoint.uri("/v1/images/edits")), endpoint)
                        .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
            }
            b64 = r.at("/data/0/b64_json").asString(null);
            if (b64 == null) {
                throw new VendorException("openai", 200, true, null, "malformed_response", "image answer without data[0].b64_json", null);
            }
            meter.charge(reservation, List.of(ONE_IMAGE), null);
        } finally {
            meter.release(reservation);
        }
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, Base64.getDecoder().decode(b64));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new VendorException("openai", 200, true, null, "malformed_response", "b64_json is not base64", null);
        }
        return out;
    }

    static String size(AspectRatio a) {
        return switch (a) {
            case LANDSCAPE -> "1536x1024";
            case PORTRAIT -> "1024x1536";
            case SQUARE -> "1024x1024";
        };
    }

    static String mime(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) return "image/jpeg";
        if (n.endsWith(".webp")) return "image/webp";
        return "image/png";
    }
}
