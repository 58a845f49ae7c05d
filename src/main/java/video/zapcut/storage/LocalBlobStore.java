package video.zapcut.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A blob store on the local filesystem. Writes go to a temporary file and are moved into place
 * atomically, so a crash never leaves a half-written blob under a real key.
 */
public final class LocalBlobStore implements BlobStore {
    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }

    /** The file behind a key; refuses keys that would escape the root. */
    public Path file(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || key.isBlank()) throw new IllegalArgumentException("invalid blob key: " + key);
        return p;
    }

    @Override
    public void put(String key, Path file) {
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".put", ".tmp");
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key, e);
        }
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".put", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + key, e);
        }
    }

    @Override
    public boolean exists(String key) { return Files.isRegularFile(file(key)); }

    @Override
    public long size(String key) {
        try {
            return Files.size(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat blob " + key, e);
        }
    }

    @Override
    public Path localCopy(String key, Path scratch) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) throw new UncheckedIOException(new IOException("no blob " + key));
        return f;
    }

    @Override
    public void deletePrefix(String prefix) {
        Path dir = file(prefix);
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + prefix, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + key, e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(k -> k.startsWith(prefix) && !isTemporary(k)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + prefix, e);
        }
    }

    /** A put in progress (see {@link #put}): not a blob yet. */
    private static boolean isTemporary(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        return name.startsWith(".put") && name.endsWith(".tmp");
    }
}
