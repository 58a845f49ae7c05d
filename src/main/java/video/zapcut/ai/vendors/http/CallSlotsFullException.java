package video.zapcut.ai.vendors.http;

/**
 * Every call slot to the vendor stayed busy for the whole wait (its bulkhead is full): nothing was
 * sent. Retryable, and never counted against the vendor's health: the crowd is ours.
 */
public final class CallSlotsFullException extends VendorException {
    public CallSlotsFullException(String provider, String message) {
        super(provider, -1, true, null, "bulkhead_full", message, null);
    }
}
