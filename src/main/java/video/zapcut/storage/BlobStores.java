package video.zapcut.storage;

import java.util.Optional;
import java.util.function.Function;
import video.zapcut.storage.s3.S3BlobStore;
import video.zapcut.storage.s3.S3Settings;

/** Blob stores built outside the application context (the command line's migration), from the same settings. */
public final class BlobStores {
    private BlobStores() {}

    /**
     * The bucket that {@code ZAPCUT_S3_*} in {@code settings} names, or empty when {@code ZAPCUT_S3_BUCKET}
     * is unset. Throws {@link IllegalArgumentException} naming a malformed setting.
     */
    public static Optional<BlobStore> bucket(Function<String, String> settings) {
        S3Settings s3 = S3Settings.from(settings);
        return s3 == null ? Optional.empty() : Optional.of(new S3BlobStore(s3));
    }
}
