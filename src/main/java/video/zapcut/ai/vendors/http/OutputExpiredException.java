package video.zapcut.ai.vendors.http;

/** A generated file's URL no longer serves it (Replicate deletes outputs after an hour). */
public final class OutputExpiredException extends VendorException {
    public OutputExpiredException(String provider, int status) {
        super(provider, status, false, null, "output_expired", "output URL answered HTTP " + status
                + " (outputs expire; the prediction must be run again)", null);
    }
}
