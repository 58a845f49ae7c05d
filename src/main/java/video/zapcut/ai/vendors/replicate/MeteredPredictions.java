package video.zapcut.ai.vendors.replicate;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.vendors.http.OutputExpiredException;
import video.zapcut.costs.CostMeter;

/** Media predictions on Replicate whose cost is reserved before the run and charged once the vendor took it. */
final class MeteredPredictions {
    private MeteredPredictions() {}

    /**
     * Runs {@code model} on {@code input}, metered as {@code units} of {@code unit} for {@code capability},
     * and downloads its first output to {@code out}. An output that expired before it could be fetched is
     * rendered (and charged) once more.
     */
    static Path runAndDownload(ReplicateClient client, CostMeter meter, String capability, String model, double units,
                               String unit, JsonNode input, Path out) {
        for (int attempt = 1; ; attempt++) {
            meter.reserve(capability, "replicate", model, units, unit);
            Prediction p = client.run(model, input);
            meter.charge(capability, "replicate", model, units, unit, p.id());
            List<String> uris = p.outputUris();
            if (uris.isEmpty()) throw new PredictionFailedException(p, "prediction " + p.id() + " succeeded without an output");
            try {
                return client.download(uris.get(0), out);
            } catch (OutputExpiredException e) {
                if (attempt >= 2) throw e;
            }
        }
    }
}
