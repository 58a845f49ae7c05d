package video.zapcut.publishing;

/** Hears how an upload goes, for live progress. */
@FunctionalInterface
public interface UploadListener {
    /**
     * @param step     {@code uploading} (bytes going up) or {@code processing} (the platform transcoding)
     * @param fraction 0..1 within that step; processing may report 0 until the platform says more
     */
    void progress(String step, double fraction);

    UploadListener NONE = (step, fraction) -> {};
}
