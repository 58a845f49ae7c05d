package video.zapcut.ai.vendors.replicate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.ImageModel;
import video.zapcut.ai.ProductImages;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.ai.vendors.ImagePrompts;
import video.zapcut.ai.vendors.Parallel;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.Json;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;

/**
 * Image models on Replicate. Families: FLUX Kontext ({@code input_image}: edits a reference, which
 * is how the product photo and the previous keyframe condition the next), other FLUX models
 * ({@code image_prompt}), and a generic mapping ({@code image}).
 */
public final class ReplicateImageModel implements ImageModel {
    private final ReplicateClient client;
    private final String model;
    private final CostMeter meter;

    public ReplicateImageModel(ReplicateClient client, String model, CostMeter meter) {
        this.client = client;
        this.model = model;
        this.meter = meter;
    }

    @Override
    public String provider() { return "replicate/" + model; }

    @Override
    public Map<String, Path> referenceImages(ProductImages product, VisualStyleSpec style, AspectRatio aspect, Path dir) {
        String photo = product.photos().isEmpty() ? null : client.upload(product.photos().get(0), mime(product.photos().get(0)));
        return Parallel.each(REFERENCE_ROLES, role -> image(ImagePrompts.reference(role, product, style), aspect, photo, dir.resolve(role + ".png")));
    }

    @Override
    public Path keyframe(SceneShot shot, ProductImages product, VisualStyleSpec style, Map<String, Path> references,
                         Path previousKeyframeDir, Path dir) {
        Path condition = previousKeyframeDir != null && Files.isRegularFile(previousKeyframeDir.resolve("keyframe.png"))
                ? previousKeyframeDir.resolve("keyframe.png") : references.get(shot.reference());
        String url = condition == null ? null : client.upload(condition, mime(condition));
        return image(ImagePrompts.keyframe(shot, product, style), shot.aspect(), url, dir.resolve("keyframe.png"));
    }

    /** One prediction makes one image, which is what it bills. */
    private static final Units ONE_IMAGE = Units.of(1, "image");

    Path image(String prompt, AspectRatio aspect, String imageUrl, Path out) {
        ObjectNode in = Json.MAPPER.createObjectNode();
        in.put("prompt", prompt);
        in.put("aspect_ratio", aspect.label());
        in.put("output_format", "png");
        String m = model.toLowerCase(Locale.ROOT);
        if (imageUrl != null) in.put(m.contains("kontext") ? "input_image" : m.contains("flux") ? "image_prompt" : "image", imageUrl);
        Reservation reservation = meter.reserve("image", "replicate", model, List.of(ONE_IMAGE));
        Prediction p;
        try {
            p = client.run(model, in);
            meter.charge(reservation, List.of(ONE_IMAGE), p.id());
        } finally {
            meter.release(reservation);
        }
        List<String> uris = p.outputUris();
        if (uris.isEmpty()) throw new PredictionFailedException(p, "prediction " + p.id() + " succeeded without an image");
        return client.download(uris.get(0), out);
    }

    static String mime(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") ? "image/jpeg" : n.endsWith(".webp") ? "image/webp" : "image/png";
    }
}
