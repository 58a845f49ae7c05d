package video.zapcut.storage;

import java.io.InputStream;
import java.nio.file.Path;

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

    default String uri(String key) { return SCHEME + key; }

    static String keyOf(String uri) {
        if (uri == null || !uri.startsWith(SCHEME)) throw new IllegalArgumentException("not a blob uri: " + uri);
        return uri.substring(SCHEME.length());
    }
}
