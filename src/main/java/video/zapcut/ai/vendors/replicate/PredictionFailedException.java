package video.zapcut.ai.vendors.replicate;

import video.zapcut.ai.vendors.http.VendorException;

/** A prediction ended failed, canceled or aborted. Not retried automatically (a rerun costs again). */
public final class PredictionFailedException extends VendorException {
    private final Prediction prediction;

    public PredictionFailedException(Prediction p, String message) {
        super("replicate", 200, false, null, "prediction_" + p.status(), message, null);
        this.prediction = p;
    }

    public Prediction prediction() { return prediction; }
}
