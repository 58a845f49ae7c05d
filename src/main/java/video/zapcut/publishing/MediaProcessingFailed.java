package video.zapcut.publishing;

/** The platform took the upload but could not process it (X {@code failed} with its error; LinkedIn {@code PROCESSING_FAILED}). */
public class MediaProcessingFailed extends RuntimeException {
    public MediaProcessingFailed(String message) { super(message); }
}
