package video.zapcut.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import video.zapcut.testing.S3MockServer;

/**
 * The S3 store against S3Mock 5 (its own JVM, started here): round trips, content types and
 * encryption on the stored objects, checksums the server verifies, multipart uploads that leave
 * nothing behind when they fail, presigned links fetched as a browser would, the key prefix, and the
 * SDK's retries against a server that answers 503/500.
 */
class S3BlobStoreTest {
    private static final String ACCESS_KEY = S3MockServer.ACCESS_KEY;
    private static final String SECRET_KEY = S3MockServer.SECRET_KEY;
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    private static S3MockServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @BeforeAll
    static void startS3Mock() throws Exception {
        server = S3MockServer.start();
    }

    @AfterAll
    static void stopS3Mock() throws Exception {
        if (server != null) server.close();
    }

    /** Settings for a store under its own prefix, so tests share the bucket without meeting. */
    private static S3Settings settings(S3Settings.Sse sse) {
        return new S3Settings(S3MockServer.BUCKET, "us-east-1", server.endpoint, true, "zapcut/" + UUID.randomUUID(), sse,
                sse == S3Settings.Sse.KMS ? S3MockServer.KMS_KEY : null, null, null, 16 * S3Settings.MIB, 16 * S3Settings.MIB);
    }

    private static S3BlobStore store(S3Settings settings, ExecutionInterceptor... interceptors) {
        return new S3BlobStore(settings, CREDENTIALS, List.of(interceptors));
    }

    @Test
    void bytesAndFilesRoundTripAndMissingBlobsAreToldApart() throws Exception {
        try (S3BlobStore store = store(settings(S3Settings.Sse.NONE))) {
            store.put("ads/a/caption.txt", "hello".getBytes(StandardCharsets.UTF_8));
            Path file = Files.write(dir.resolve("photo.png"), random(300_000, 1));
            store.put("uploads/p/asset.png", file);

            assertThat(store.exists("ads/a/caption.txt")).isTrue();
            assertThat(store.size("ads/a/caption.txt")).isEqualTo(5);
            try (InputStream in = store.open("ads/a/caption.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
            }
            try (InputStream in = store.open("uploads/p/asset.png")) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
            }
            assertThat(store.size("uploads/p/asset.png")).isEqualTo(300_000);

            store.put("ads/a/caption.txt", "replaced".getBytes(StandardCharsets.UTF_8));
            assertThat(store.size("ads/a/caption.txt")).isEqualTo(8);

            assertThat(store.exists("ads/a/never.mp4")).isFalse();
            assertThatThrownBy(() -> store.open("ads/a/never.mp4")).isInstanceOfSatisfying(S3StoreException.class, e -> {
                assertThat(e.missing()).isTrue();
                assertThat(e).hasMessageContaining("s3://" + S3MockServer.BUCKET + "/" + store.objectKey("ads/a/never.mp4"));
            });
            assertThatThrownBy(() -> store.size("ads/a/never.mp4")).isInstanceOf(S3StoreException.class);
            assertThatThrownBy(() -> store.put("../escape", new byte[1])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.deletePrefix("")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void objectsCarryTheirContentTypeEncryptionAndVerifiedChecksum() throws Exception {
        try (S3BlobStore store = store(settings(S3Settings.Sse.AES256))) {
            byte[] video = random(50_000, 2);
            store.put("ads/a/final.mp4", video);
            store.put("ads/a/report.json", "{}".getBytes(StandardCharsets.UTF_8));
            store.put("ads/a/blob", new byte[] {1});
            store.put("ads/a/music.MP3", new byte[] {2});

            HeadObjectResponse head = store.client().headObject(b -> b.bucket(S3MockServer.BUCKET)
                    .key(store.objectKey("ads/a/final.mp4")).checksumMode(ChecksumMode.ENABLED));
            assertThat(head.contentType()).isEqualTo("video/mp4");
            assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
            assertThat(head.checksumSHA256()).isEqualTo(sha256Base64(video));
            assertThat(rawHead(store, "ads/a/report.json").contentType()).isEqualTo("application/json");
            assertThat(rawHead(store, "ads/a/blob").contentType()).isEqualTo("application/octet-stream");
            assertThat(rawHead(store, "ads/a/music.MP3").contentType()).isEqualTo("audio/mpeg");
        }
        try (S3BlobStore kms = store(settings(S3Settings.Sse.KMS))) {
            kms.put("uploads/p/a.webp", new byte[] {3});
            HeadObjectResponse head = rawHead(kms, "uploads/p/a.webp");
            assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
            assertThat(head.ssekmsKeyId()).isIn(S3MockServer.KMS_KEY, S3MockServer.KMS_KEY_ARN);
            assertThat(head.contentType()).isEqualTo("image/webp");
        }
    }

    @Test
    void largeFilesGoUpInPartsWithChecksumsAndLeaveNoUploadBehind() throws Exception {
        S3Settings settings = settings(S3Settings.Sse.AES256).withMultipart(5 * S3Settings.MIB, 5 * S3Settings.MIB);
        List<Integer> parts = new ArrayList<>();
        List<ServerSideEncryption> started = new ArrayList<>();
        ExecutionInterceptor countParts = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof UploadPartRequest part) {
                    assertThat(part.checksumSHA256()).isNotBlank();
                    parts.add(part.partNumber());
                }
            }

            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                if (context.response() instanceof CreateMultipartUploadResponse r) started.add(r.serverSideEncryption());
            }
        };
        try (S3BlobStore store = store(settings, countParts)) {
            byte[] content = random(12 * 1024 * 1024, 3);
            Path file = Files.write(dir.resolve("final.mp4"), content);
            store.put("ads/big/final.mp4", file);

            assertThat(parts).containsExactly(1, 2, 3);
            HeadObjectResponse head = rawHead(store, "ads/big/final.mp4");
            assertThat(head.eTag()).as("a multipart ETag ends in -<parts>").matches("\"?[0-9a-f]+-3\"?");
            assertThat(head.contentLength()).isEqualTo(content.length);
            assertThat(head.contentType()).isEqualTo("video/mp4");
            // S3Mock keeps a multipart object's encryption from the Complete request, where AWS takes it from
            // the Create request (and has no such header on Complete): the upload was started encrypted.
            assertThat(started).containsExactly(ServerSideEncryption.AES256);
            try (InputStream in = store.open("ads/big/final.mp4")) {
                assertThat(sha256Base64(in.readAllBytes())).isEqualTo(sha256Base64(content));
            }
            assertThat(pendingUploads(store)).isEmpty();

            // Just below the threshold: one PUT.
            parts.clear();
            store.put("ads/big/small.mp4", Files.write(dir.resolve("small.mp4"), random((int) (5 * S3Settings.MIB) - 1, 4)));
            assertThat(parts).isEmpty();
            assertThat(rawHead(store, "ads/big/small.mp4").eTag()).doesNotContain("-");
        }
    }

    @Test
    void theServerRefusesAnObjectWhoseChecksumDoesNotMatchAndKeepsNothing() throws Exception {
        ExecutionInterceptor corrupt = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
                SdkHttpRequest r = context.httpRequest();
                if (r.method().name().equals("PUT") && r.firstMatchingHeader("x-amz-checksum-sha256").isPresent()) {
                    return r.toBuilder().putHeader("x-amz-checksum-sha256", sha256Base64("other bytes".getBytes())).build();
                }
                return r;
            }
        };
        try (S3BlobStore store = store(settings(S3Settings.Sse.NONE), corrupt)) {
            assertThatThrownBy(() -> store.put("ads/a/final.mp4", random(1000, 5)))
                    .isInstanceOfSatisfying(S3StoreException.class, e -> {
                        assertThat(e).hasMessageContaining("s3://" + S3MockServer.BUCKET + "/" + store.objectKey("ads/a/final.mp4"))
                                .hasMessageContaining("HTTP 400");
                        assertThat(e.missing()).isFalse();
                    });
            assertThat(store.exists("ads/a/final.mp4")).isFalse();
        }
        // The same through the SDK alone: a PutObject that names a wrong SHA-256.
        try (S3BlobStore store = store(settings(S3Settings.Sse.NONE))) {
            String key = store.objectKey("ads/b/final.mp4");
            assertThatThrownBy(() -> store.client().putObject(b -> b.bucket(S3MockServer.BUCKET).key(key)
                            .checksumSHA256(sha256Base64("not these bytes".getBytes())),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("these bytes")))
                    .isInstanceOfSatisfying(software.amazon.awssdk.services.s3.model.S3Exception.class,
                            e -> assertThat(e.statusCode()).isEqualTo(400));
            assertThat(store.exists("ads/b/final.mp4")).isFalse();
        }
    }

    @Test
    void aPartRefusedByTheServerAbortsTheUpload() throws Exception {
        ExecutionInterceptor corruptPart2 = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
                SdkHttpRequest r = context.httpRequest();
                if (context.request() instanceof UploadPartRequest part && part.partNumber() == 2) {
                    return r.toBuilder().putHeader("x-amz-checksum-sha256", sha256Base64("other bytes".getBytes())).build();
                }
                return r;
            }
        };
        S3Settings settings = settings(S3Settings.Sse.NONE).withMultipart(5 * S3Settings.MIB, 5 * S3Settings.MIB);
        try (S3BlobStore store = store(settings, corruptPart2)) {
            Path file = Files.write(dir.resolve("final.mp4"), random(12 * 1024 * 1024, 6));
            assertThatThrownBy(() -> store.put("ads/a/final.mp4", file)).isInstanceOfSatisfying(S3StoreException.class,
                    e -> assertThat(e).hasMessageContaining("part 2").hasMessageContaining("HTTP 400")
                            .hasMessageContaining(store.objectKey("ads/a/final.mp4")));
            assertThat(store.exists("ads/a/final.mp4")).isFalse();
            assertThat(pendingUploads(store)).isEmpty();
        }
    }

    @Test
    void aFailureOnOurSideMidUploadAbortsItToo() throws Exception {
        ExecutionInterceptor failPart2 = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof UploadPartRequest part && part.partNumber() == 2) {
                    throw new IllegalStateException("the worker was told to stop");
                }
            }
        };
        S3Settings settings = settings(S3Settings.Sse.NONE).withMultipart(5 * S3Settings.MIB, 5 * S3Settings.MIB);
        try (S3BlobStore store = store(settings, failPart2)) {
            Path file = Files.write(dir.resolve("final.mp4"), random(12 * 1024 * 1024, 7));
            assertThatThrownBy(() -> store.put("ads/a/final.mp4", file)).hasStackTraceContaining("the worker was told to stop");
            assertThat(store.exists("ads/a/final.mp4")).isFalse();
            assertThat(pendingUploads(store)).isEmpty();
        }
    }

    @Test
    void presignedGetServesTheBytesRangesAndADownloadName() throws Exception {
        try (S3BlobStore store = store(settings(S3Settings.Sse.NONE))) {
            byte[] video = random(100_000, 8);
            store.put("ads/a/final.mp4", video);

            URI link = store.directLink("ads/a/final.mp4", Duration.ofMinutes(5), "video/mp4", null).orElseThrow();
            assertThat(link.getQuery()).contains("X-Amz-Signature=").contains("X-Amz-Expires=300");
            assertThat(link.toString()).doesNotContain(SECRET_KEY);
            HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.body()).isEqualTo(video);
            assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("video/mp4"));
            assertThat(whole.headers().firstValue("Content-Disposition")).isEmpty();

            HttpResponse<byte[]> range = http.send(HttpRequest.newBuilder(link).header("Range", "bytes=1000-1999").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.body()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
            assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/100000");

            URI download = store.directLink("ads/a/final.mp4", null, "video/mp4", "Summer sale.mp4").orElseThrow();
            assertThat(download.getQuery()).contains("X-Amz-Expires=3600");
            HttpResponse<byte[]> saved = http.send(HttpRequest.newBuilder(download).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(saved.body()).isEqualTo(video);
            assertThat(saved.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("attachment; filename=\"Summer sale.mp4\""));
        }
    }

    @Test
    void presignedPutTakesAnUploadTheStoreThenReads() throws Exception {
        try (S3BlobStore store = store(settings(S3Settings.Sse.NONE))) {
            byte[] photo = random(20_000, 9);
            URI link = store.uploadLink("uploads/p/asset.png", "image/png", Duration.ofMinutes(10)).orElseThrow();
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(link).header("Content-Type", "image/png")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(photo)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

            try (InputStream in = store.open("uploads/p/asset.png")) {
                assertThat(in.readAllBytes()).isEqualTo(photo);
            }
            assertThat(rawHead(store, "uploads/p/asset.png").contentType()).isEqualTo("image/png");
        }
    }

    @Test
    void keysLiveUnderThePrefixAndAreListedAndDeletedWithoutIt() throws Exception {
        try (S3BlobStore store = store(settings(S3Settings.Sse.NONE))) {
            String prefix = store.settings().prefix();
            assertThat(prefix).startsWith("zapcut/").endsWith("/");
            for (String key : List.of("ads/a/final.mp4", "ads/a/thumb.jpg", "ads/ab/final.mp4", "uploads/p/x.png")) {
                store.put(key, key.getBytes(StandardCharsets.UTF_8));
            }
            List<String> raw = store.client().listObjectsV2Paginator(b -> b.bucket(S3MockServer.BUCKET).prefix(prefix)).contents()
                    .stream().map(S3Object::key).toList();
            assertThat(raw).containsExactlyInAnyOrder(prefix + "ads/a/final.mp4", prefix + "ads/a/thumb.jpg",
                    prefix + "ads/ab/final.mp4", prefix + "uploads/p/x.png");

            assertThat(store.list("")).containsExactly("ads/a/final.mp4", "ads/a/thumb.jpg", "ads/ab/final.mp4", "uploads/p/x.png");
            assertThat(store.list("ads/a/")).containsExactly("ads/a/final.mp4", "ads/a/thumb.jpg");
            assertThat(store.list("nothing/")).isEmpty();

            store.delete("ads/a/thumb.jpg");
            store.delete("ads/a/never-was.jpg");
            assertThat(store.list("ads/")).containsExactly("ads/a/final.mp4", "ads/ab/final.mp4");

            store.deletePrefix("ads/a/");
            assertThat(store.list("")).containsExactly("ads/ab/final.mp4", "uploads/p/x.png");
            store.deletePrefix("ads/");
            store.deletePrefix("gone/");
            assertThat(store.list("")).containsExactly("uploads/p/x.png");
        }
    }

    @Test
    void localCopyDownloadsIntoScratchAtomically() throws Exception {
        try (S3BlobStore store = store(settings(S3Settings.Sse.NONE))) {
            byte[] video = random(200_000, 10);
            store.put("ads/a/final.mp4", video);
            Path scratch = Files.createDirectories(dir.resolve("scratch"));

            Path copy = store.localCopy("ads/a/final.mp4", scratch);
            assertThat(copy).isEqualTo(scratch.resolve("ads/a/final.mp4"));
            assertThat(Files.readAllBytes(copy)).isEqualTo(video);
            store.put("ads/a/final.mp4", "newer".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(store.localCopy("ads/a/final.mp4", scratch))).isEqualTo("newer");
            try (var files = Files.walk(scratch)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> scratch.relativize(p).toString()).toList())
                        .as("no temporary file is left").containsExactly("ads/a/final.mp4");
            }
            assertThatThrownBy(() -> store.localCopy("ads/a/never.mp4", scratch)).isInstanceOf(S3StoreException.class);
            try (var files = Files.walk(scratch)) {
                assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
            }
        }
    }

    @Test
    void aCdnServesDirectLinksUnderThePrefix() {
        S3Settings s = settings(S3Settings.Sse.NONE);
        S3Settings cdn = new S3Settings(s.bucket(), s.region(), s.endpoint(), true, "zapcut/", S3Settings.Sse.NONE, null, null,
                "https://media.example.com/", 16 * S3Settings.MIB, 16 * S3Settings.MIB);
        try (S3BlobStore store = store(cdn)) {
            assertThat(store.directLink("ads/a/final cut.mp4", Duration.ofMinutes(5), "video/mp4", null))
                    .hasValue(URI.create("https://media.example.com/zapcut/ads/a/final%20cut.mp4"));
            assertThat(store.uploadLink("uploads/p/x.png", "image/png", Duration.ofMinutes(5)).orElseThrow().getHost())
                    .as("uploads still go to the bucket").isEqualTo("127.0.0.1");
        }
    }

    @Test
    void theDefaultCredentialChainIsUsedWhenNoneIsGiven() throws Exception {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        try (S3BlobStore store = new S3BlobStore(settings(S3Settings.Sse.NONE))) {
            store.put("ads/a/caption.txt", "hi".getBytes(StandardCharsets.UTF_8));
            assertThat(store.size("ads/a/caption.txt")).isEqualTo(2);
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }

    @Test
    void transientFaultsAreRetriedAndAStoreThatStaysDownIsNamed() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        Map<String, Integer> failuresLeft = new java.util.concurrent.ConcurrentHashMap<>(Map.of("flaky", 2, "down", Integer.MAX_VALUE));
        HttpServer fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String which = path.contains("flaky") ? "flaky" : "down";
            boolean fail = failuresLeft.merge(which, -1, Integer::sum) >= 0;
            exchange.getResponseHeaders().add("x-amz-request-id", "test");
            if (fail) {
                byte[] body = (which.equals("flaky") ? "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>"
                        : "<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>").getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/xml");
                exchange.sendResponseHeaders(which.equals("flaky") ? 503 : 500, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
                if (!"HEAD".equals(exchange.getRequestMethod())) exchange.getResponseBody().write(body);
            } else {
                exchange.getResponseHeaders().add("Content-Length", "7");
                exchange.getResponseHeaders().add("ETag", "\"abc\"");
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        fake.start();
        try {
            S3Settings s = new S3Settings("zapcut-media", "us-east-1", URI.create("http://127.0.0.1:" + fake.getAddress().getPort()),
                    true, "zapcut/", S3Settings.Sse.NONE, null, null, null, 16 * S3Settings.MIB, 16 * S3Settings.MIB);
            try (S3BlobStore store = store(s)) {
                assertThat(store.exists("ads/a/flaky.mp4")).isTrue();
                assertThat(requests.get()).as("two 503 SlowDown, then the answer").isEqualTo(3);

                requests.set(0);
                assertThatThrownBy(() -> store.size("ads/a/down.mp4")).isInstanceOfSatisfying(S3StoreException.class, e -> {
                    assertThat(e).hasMessageContaining("s3://zapcut-media/zapcut/ads/a/down.mp4").hasMessageContaining("HTTP 500")
                            .hasMessageNotContaining(SECRET_KEY).hasMessageNotContaining(ACCESS_KEY);
                    assertThat(e.missing()).isFalse();
                });
                assertThat(requests.get()).as("attempts before giving up").isEqualTo(S3BlobStore.MAX_ATTEMPTS);
            }
        } finally {
            fake.stop(0);
        }
    }

    @Test
    void aStoreThatStallsTimesOutAndIsAskedAgain() throws Exception {
        S3Settings direct = settings(S3Settings.Sse.NONE);
        try (video.zapcut.testing.FaultyProxy proxy = new video.zapcut.testing.FaultyProxy(server.endpoint)) {
            S3Settings slow = new S3Settings(direct.bucket(), direct.region(), proxy.endpoint(), true, direct.prefix(), direct.sse(), null,
                    null, null, direct.multipartThreshold(), direct.partSize(), java.time.Duration.ofSeconds(1));
            try (S3BlobStore writer = store(direct); S3BlobStore store = store(slow)) {
                // Written around the proxy: its first connection is then the read's (the JDK keeps connections alive).
                writer.put("ads/a/stall.bin", new byte[] {1, 2, 3});
                proxy.stall(2);
                long started = System.nanoTime();

                assertThat(store.open("ads/a/stall.bin").readAllBytes()).containsExactly(1, 2, 3);

                assertThat(proxy.stalled()).as("two calls stalled and timed out before the third was answered").isEqualTo(2);
                assertThat((System.nanoTime() - started) / 1_000_000).as("ms: two 1 s timeouts were waited").isGreaterThanOrEqualTo(2000);
            }
        }
    }

    private static HeadObjectResponse rawHead(S3BlobStore store, String key) {
        return store.client().headObject(b -> b.bucket(S3MockServer.BUCKET).key(store.objectKey(key)));
    }

    /** Multipart uploads begun under the store's prefix and neither completed nor aborted. */
    private static List<String> pendingUploads(S3BlobStore store) {
        return store.client().listMultipartUploads(b -> b.bucket(S3MockServer.BUCKET).prefix(store.settings().prefix()))
                .uploads().stream().map(u -> u.key() + " " + u.uploadId()).toList();
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String sha256Base64(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
