package video.zapcut.ai.vendors.http;

/** The calling thread was interrupted (the job was cancelled); in-flight work was cancelled where the vendor allows. */
public final class VendorInterruptedException extends VendorException {
    public VendorInterruptedException(String provider, String message, InterruptedException cause) {
        super(provider, -1, false, null, "interrupted", message, cause);
    }
}
