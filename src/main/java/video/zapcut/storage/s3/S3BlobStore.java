package video.zapcut.storage.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import video.zapcut.storage.BlobStore;

/**
 * A blob store in an S3 bucket (AWS or any S3-compatible server), so workers on many machines share
 * media. Every key lives at {@code {prefix}{key}} in the bucket.
 *
 * <p>Uploads carry a SHA-256 checksum the server verifies (computed here from the bytes sent, in the
 * {@code x-amz-checksum-sha256} header): files of {@link S3Settings#multipartThreshold()} bytes or more
 * go up in parts, each with its own checksum, and a failure on the way aborts the multipart upload so
 * no parts are left behind. Transient faults (503 SlowDown, 500, timeouts) are retried by the SDK's
 * standard retry strategy, 5 attempts with jittered backoff; what still fails throws
 * {@link S3StoreException} naming the bucket and key.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
    /** Attempts per call (the first and 4 retries), with the SDK's standard jittered backoff. */
    public static final int MAX_ATTEMPTS = 5;
    private static final int DELETE_BATCH = 1000;

    private final S3Settings settings;
    private final S3Client s3;
    private final S3Presigner presigner;

    /** The store with credentials from the SDK's default chain (environment, profiles, instance roles). */
    public S3BlobStore(S3Settings settings) {
        this(settings, DefaultCredentialsProvider.builder().build(), List.of());
    }

    /** With given credentials and interceptors (tests: a static key, faults on chosen requests). */
    S3BlobStore(S3Settings settings, AwsCredentialsProvider credentials, List<ExecutionInterceptor> interceptors) {
        this.settings = settings;
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(settings.readTimeout())
                        .build())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                // The store computes the upload checksums itself (below); the SDK adds one only where S3 requires it.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .overrideConfiguration(o -> {
                    o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build());
                    interceptors.forEach(o::addExecutionInterceptor);
                });
        if (settings.endpoint() != null) builder.endpointOverride(settings.endpoint());
        this.s3 = builder.build();
        var presign = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        if (settings.endpoint() != null) presign.endpointOverride(settings.endpoint());
        this.presigner = presign.build();
    }

    public S3Settings settings() { return settings; }

    /** The SDK client, for tests that look at the bucket directly. */
    S3Client client() { return s3; }

    /** The object key in the bucket: the configured prefix, then the blob key. */
    String objectKey(String key) {
        checkKey(key);
        return settings.prefix() + key;
    }

    @Override
    public void put(String key, Path file) {
        String objectKey = objectKey(key);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key + ": cannot read " + file, e);
        }
        if (size >= settings.multipartThreshold()) {
            putMultipart(key, objectKey, file, size);
            return;
        }
        String checksum;
        try {
            checksum = sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key + ": cannot read " + file, e);
        }
        call("put", objectKey, () -> s3.putObject(putRequest(key, objectKey, checksum), RequestBody.fromFile(file)));
    }

    @Override
    public void put(String key, byte[] bytes) {
        String objectKey = objectKey(key);
        String checksum = base64(digest().digest(bytes));
        call("put", objectKey, () -> s3.putObject(putRequest(key, objectKey, checksum), RequestBody.fromBytes(bytes)));
    }

    private PutObjectRequest putRequest(String key, String objectKey, String sha256) {
        var b = PutObjectRequest.builder().bucket(settings.bucket()).key(objectKey).contentType(contentType(key))
                .checksumSHA256(sha256);
        switch (settings.sse()) {
            case AES256 -> b.serverSideEncryption(ServerSideEncryption.AES256);
            case KMS -> b.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(settings.kmsKeyId());
            case NONE -> { }
        }
        return b.build();
    }

    /** Parts of {@link S3Settings#partSize()} bytes, each with its SHA-256; any failure aborts the upload. */
    private void putMultipart(String key, String objectKey, Path file, long size) {
        var create = CreateMultipartUploadRequest.builder().bucket(settings.bucket()).key(objectKey).contentType(contentType(key))
                .checksumAlgorithm(ChecksumAlgorithm.SHA256);
        switch (settings.sse()) {
            case AES256 -> create.serverSideEncryption(ServerSideEncryption.AES256);
            case KMS -> create.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(settings.kmsKeyId());
            case NONE -> { }
        }
        String uploadId = call("start a multipart upload of", objectKey, () -> s3.createMultipartUpload(create.build())).uploadId();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<CompletedPart> parts = new ArrayList<>();
            byte[] buffer = new byte[(int) Math.min(settings.partSize(), size)];
            long offset = 0;
            for (int number = 1; offset < size; number++) {
                int length = (int) Math.min(settings.partSize(), size - offset);
                readFully(channel, offset, buffer, length, file);
                String checksum = base64(sha256(buffer, length));
                int partNumber = number;
                UploadPartResponse uploaded = call("upload part " + partNumber + " of", objectKey, () -> s3.uploadPart(
                        b -> b.bucket(settings.bucket()).key(objectKey).uploadId(uploadId).partNumber(partNumber)
                                .contentLength((long) length).checksumSHA256(checksum),
                        RequestBody.fromByteBuffer(ByteBuffer.wrap(buffer, 0, length))));
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(uploaded.eTag()).checksumSHA256(checksum).build());
                offset += length;
            }
            call("complete the multipart upload of", objectKey, () -> s3.completeMultipartUpload(b -> b.bucket(settings.bucket())
                    .key(objectKey).uploadId(uploadId).multipartUpload(m -> m.parts(parts))));
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot store " + key + ": cannot read " + file, e);
            abort(objectKey, uploadId, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            abort(objectKey, uploadId, e);
            throw e;
        }
    }

    private void abort(String objectKey, String uploadId, Throwable failure) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(settings.bucket()).key(objectKey).uploadId(uploadId));
        } catch (SdkException e) {
            failure.addSuppressed(new S3StoreException("could not abort multipart upload " + uploadId + " of "
                    + where(objectKey) + " (a lifecycle rule for incomplete uploads cleans it up)", e, false));
        }
    }

    private static void readFully(FileChannel channel, long offset, byte[] buffer, int length, Path file) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buffer, 0, length);
        long position = offset;
        while (target.hasRemaining()) {
            int n = channel.read(target, position);
            if (n < 0) throw new IOException(file + " ended at " + position + " bytes while being uploaded");
            position += n;
        }
    }

    @Override
    public InputStream open(String key) {
        String objectKey = objectKey(key);
        return call("read", objectKey, () -> s3.getObject(GetObjectRequest.builder().bucket(settings.bucket()).key(objectKey).build()));
    }

    @Override
    public boolean exists(String key) {
        try {
            head(key);
            return true;
        } catch (S3StoreException e) {
            if (e.missing()) return false;
            throw e;
        }
    }

    @Override
    public long size(String key) { return head(key).contentLength(); }

    private HeadObjectResponse head(String key) {
        String objectKey = objectKey(key);
        return call("look up", objectKey, () -> s3.headObject(b -> b.bucket(settings.bucket()).key(objectKey)));
    }

    /** Downloads to {@code scratch/<key>}: into a temporary file beside it, then moved into place atomically. */
    @Override
    public Path localCopy(String key, Path scratch) {
        String objectKey = objectKey(key);
        Path target = scratch.resolve(key).normalize();
        if (!target.startsWith(scratch.normalize())) throw new IllegalArgumentException("invalid blob key: " + key);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), ".get", ".tmp");
            try (InputStream in = open(key)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot download " + where(objectKey) + " into " + scratch, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) { /* scratch is cleared with its job */ }
            }
        }
    }

    @Override
    public void deletePrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) throw new IllegalArgumentException("invalid blob prefix: " + prefix);
        List<String> keys = list(prefix);
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)).stream()
                    .map(k -> ObjectIdentifier.builder().key(objectKey(k)).build()).toList();
            String where = settings.prefix() + prefix + "*";
            DeleteObjectsResponse r = call("delete", where, () -> s3.deleteObjects(b -> b.bucket(settings.bucket())
                    .delete(Delete.builder().objects(batch).quiet(true).build())));
            if (r.hasErrors() && !r.errors().isEmpty()) {
                var first = r.errors().getFirst();
                throw new S3StoreException("S3 delete failed for " + r.errors().size() + " objects under " + where(where) + ", first "
                        + first.key() + ": " + first.code() + " " + first.message(), null, false);
            }
        }
    }

    @Override
    public void delete(String key) {
        String objectKey = objectKey(key);
        call("delete", objectKey, () -> s3.deleteObject(b -> b.bucket(settings.bucket()).key(objectKey)));
    }

    @Override
    public List<String> list(String prefix) {
        String p = prefix == null ? "" : prefix;
        String objectPrefix = settings.prefix() + p;
        return call("list", objectPrefix + "*", () -> {
            List<String> keys = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(settings.bucket()).prefix(objectPrefix)).contents()) {
                keys.add(o.key().substring(settings.prefix().length()));
            }
            keys.sort(null);
            return keys;
        });
    }

    /**
     * A presigned GET (with the content type, and {@code attachment} under {@code downloadName} when given),
     * or {@code {cdn}/{prefix}{key}} when {@code ZAPCUT_CDN_BASE_URL} is set (the CDN serves the object's
     * own headers). A null {@code ttl} takes {@code ZAPCUT_S3_LINK_TTL}.
     */
    @Override
    public Optional<URI> directLink(String key, Duration ttl, String contentType, String downloadName) {
        String objectKey = objectKey(key);
        if (settings.cdnBaseUrl() != null) {
            return Optional.of(URI.create(settings.cdnBaseUrl() + "/" + encodePath(objectKey)));
        }
        var get = GetObjectRequest.builder().bucket(settings.bucket()).key(objectKey);
        if (contentType != null && !contentType.isBlank()) get.responseContentType(contentType);
        if (downloadName != null && !downloadName.isBlank()) get.responseContentDisposition(attachment(downloadName));
        var presigned = call("sign a link to", objectKey, () -> presigner.presignGetObject(
                r -> r.signatureDuration(lifetime(ttl)).getObjectRequest(get.build())));
        return Optional.of(toUri(presigned.url()));
    }

    /** A presigned PUT for one object of {@code contentType}; the client must send that Content-Type. */
    @Override
    public Optional<URI> uploadLink(String key, String contentType, Duration ttl) {
        String objectKey = objectKey(key);
        var put = PutObjectRequest.builder().bucket(settings.bucket()).key(objectKey)
                .contentType(contentType == null || contentType.isBlank() ? contentType(key) : contentType).build();
        var presigned = call("sign an upload link to", objectKey, () -> presigner.presignPutObject(
                r -> r.signatureDuration(lifetime(ttl)).putObjectRequest(put)));
        return Optional.of(toUri(presigned.url()));
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }

    private Duration lifetime(Duration ttl) {
        Duration d = ttl == null ? settings.linkTtl() : ttl;
        if (d.isNegative() || d.isZero() || d.compareTo(S3Settings.MAX_LINK_TTL) > 0) {
            throw new IllegalArgumentException("a link lives more than 0 and at most 7 days, not " + d);
        }
        return d;
    }

    /** Runs one S3 call; what fails after the SDK's retries names the operation and {@code s3://bucket/key}. */
    private <T> T call(String operation, String objectKey, Supplier<T> action) {
        try {
            return action.get();
        } catch (S3Exception e) {
            boolean missing = e.statusCode() == 404;
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            throw new S3StoreException("S3 " + operation + " " + where(objectKey) + " failed: HTTP " + e.statusCode()
                    + (code == null ? "" : " " + code), e, missing);
        } catch (SdkException e) {
            throw new S3StoreException("S3 " + operation + " " + where(objectKey) + " failed: " + e.getMessage(), e, false);
        }
    }

    private String where(String objectKey) { return "s3://" + settings.bucket() + "/" + objectKey; }

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("mp4", "video/mp4"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("wav", "audio/wav"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("json", "application/json"), Map.entry("txt", "text/plain; charset=utf-8"));

    /** The Content-Type stored with a key, from its extension. */
    public static String contentType(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return "application/octet-stream";
        return CONTENT_TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    /** Keys are relative paths: not blank, no leading slash, backslash, or "." / ".." segments. */
    static void checkKey(String key) {
        if (key == null || key.isBlank() || key.startsWith("/") || key.contains("\\")) throw new IllegalArgumentException("invalid blob key: " + key);
        for (String segment : key.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) throw new IllegalArgumentException("invalid blob key: " + key);
        }
    }

    static String attachment(String downloadName) {
        String ascii = downloadName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(downloadName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String encodePath(String objectKey) {
        StringBuilder out = new StringBuilder();
        for (String segment : objectKey.split("/", -1)) {
            if (!out.isEmpty()) out.append('/');
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    private static URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("presigned URL is not a URI: " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return base64(md.digest());
    }

    private static byte[] sha256(byte[] bytes, int length) {
        MessageDigest md = digest();
        md.update(bytes, 0, length);
        return md.digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) { return Base64.getEncoder().encodeToString(bytes); }
}
