package video.zapcut.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Adobe's S3Mock 5 (a Spring Boot 4 app of its own) in a JVM of its own, started by the test: its
 * executable jar is copied to {@code target/s3mock} by the build (maven-dependency-plugin), so none of
 * its classes meet ours. It listens on free loopback ports and keeps its objects in a temp folder.
 * S3Mock checks no signatures: any key works.
 */
public final class S3MockServer implements AutoCloseable {
    public static final String BUCKET = "zapcut-test";
    /** Credentials for clients of the mock (it accepts any). */
    public static final String ACCESS_KEY = "AKIAZAPCUTTESTKEY001";
    public static final String SECRET_KEY = "zapcut-test-secret-never-printed";
    /** The one KMS key S3Mock accepts (it refuses keys it was not told about), by its ARN and its id. */
    public static final String KMS_KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/zapcut-test-key";
    public static final String KMS_KEY = "zapcut-test-key";

    private Process process;
    private final Path root;
    private final Path log;
    private final int http;
    private final int https;
    public final URI endpoint;

    private S3MockServer(Path root, Path log, int http, int https) {
        this.root = root;
        this.log = log;
        this.http = http;
        this.https = https;
        this.endpoint = URI.create("http://127.0.0.1:" + http);
    }

    public static S3MockServer start() throws Exception {
        Path jar = jar();
        int http = freePort();
        Path root = Files.createTempDirectory("s3mock-root");
        S3MockServer server = new S3MockServer(root, jar.resolveSibling("s3mock-" + http + ".log"), http, freePort());
        server.launch();
        return server;
    }

    private void launch() throws Exception {
        Path jar = jar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--http.port=" + http, "--server.port=" + https, "--server.address=127.0.0.1",
                "--com.adobe.testing.s3mock.store.root=" + root,
                "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                "--com.adobe.testing.s3mock.store.valid-kms-keys=" + KMS_KEY_ARN,
                "--com.adobe.testing.s3mock.max-payload-size=64MB",
                "--spring.main.banner-mode=off"));
        Process started = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        process = started;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = logTail();
                close();
                throw new IllegalStateException("S3Mock exited with " + process.exitValue() + ":\n" + tail);
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(endpoint.resolve("/")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains(BUCKET)) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        String tail = logTail();
        close();
        throw new IllegalStateException("S3Mock did not answer within 120 s:\n" + tail);
    }

    /** The jar the build copied; in an IDE run without that phase, the one in the local Maven repository. */
    private static Path jar() {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path copied = base.resolve("target/s3mock/s3mock-exec.jar");
        if (Files.isRegularFile(copied)) return copied.toAbsolutePath();
        throw new IllegalStateException("no S3Mock jar at " + copied.toAbsolutePath()
                + ": run the build through generate-test-resources (mvn test-compile) first");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
