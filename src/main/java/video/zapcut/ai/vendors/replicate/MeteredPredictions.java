package video.zapcut.ai.vendors.replicate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.vendors.http.OutputExpiredException;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;

/**
 * Media predictions on Replicate: the most the prediction can bill is reserved before it runs, and
 * once its output is fetched, what it billed (the output's measured length) is charged.
 */
final class MeteredPredictions {
    private MeteredPredictions() {}

    /**
     * Runs {@code model} on {@code input} and downloads its first output to {@code out}. An output that
     * expired before it could be fetched is charged as asked for and rendered (and charged) once more.
     *
     * @param seconds measures a downloaded output's length
     */
    static Path runAndDownload(ReplicateClient client, CostMeter meter, MediaBilling billing, String model, JsonNode input,
                               Path out, ToDoubleFunction<Path> seconds) {
        for (int attempt = 1; ; attempt++) {
            Reservation reservation = meter.reserve(billing.capability(), "replicate", model, billing.reserve());
            try {
                Prediction p = client.run(model, input);
                List<String> uris = p.outputUris();
                if (uris.isEmpty()) {
                    meter.charge(reservation, billing.billedUnseen(), p.id());
                    throw new PredictionFailedException(p, "prediction " + p.id() + " succeeded without an output");
                }
                Path file;
                try {
                    file = client.download(uris.get(0), out);
                } catch (OutputExpiredException e) {
                    meter.charge(reservation, billing.billedUnseen(), p.id());
                    if (attempt >= 2) throw e;
                    continue;
                }
                meter.charge(reservation, billing.billed(seconds.applyAsDouble(file)), p.id());
                return file;
            } finally {
                meter.release(reservation);
            }
        }
    }
}
