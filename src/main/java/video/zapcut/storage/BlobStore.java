package video.zapcut.storage;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where media lives: uploads, reference images, keyframes, clips, music and finished ads. Keys are
 * slash-separated relative paths such as {@code ads/<id>/final.mp4}. Rows store {@link #uri(String)}
 * so the same database works whichever store serves the bytes.
 */
public interface BlobStore {
    String SCHEME = "blob:";

    /** Copies {@code file} into the store under {@code key} (replacing any previous content). */
    void put(String key, Path file);

    void put(String key, byte[] bytes);

    InputStream open(String key);

    boolean exists(String key);

    long size(String key);

    /** Makes the blob available as a local file (the store's own file, or a download into {@code scratch}). */
    Path localCopy(String key, Path scratch);

    /** Deletes every blob whose key starts with {@code prefix}. */
    void deletePrefix(String prefix);

    /** Deletes one blob; a missing one is not an error. */
    void delete(String key);

    /** Every key that starts with {@code prefix} ("" for all), for the orphan sweep and migrations. */
    List<String> list(String prefix);

    /**
     * A link a browser can fetch the blob from directly (HTTP Range included), valid for {@code ttl};
     * with {@code downloadName} the browser saves it under that name. Empty when the store cannot
     * serve browsers itself (the local store: the API serves those files).
     */
    default Optional<URI> directLink(String key, Duration ttl, String contentType, String downloadName) { return Optional.empty(); }

    /** A link a client can PUT one object of {@code contentType} to, valid for {@code ttl}; empty when the store takes no direct uploads. */
    default Optional<URI> uploadLink(String key, String contentType, Duration ttl) { return Optional.empty(); }

    default String uri(String key) { return SCHEME + key; }

    static String keyOf(String uri) {
        if (uri == null || !uri.startsWith(SCHEME)) throw new IllegalArgumentException("not a blob uri: " + uri);
        return uri.substring(SCHEME.length());
    }
}
