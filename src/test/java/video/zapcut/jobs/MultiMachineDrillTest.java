package video.zapcut.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import video.zapcut.testing.ProductShots;
import video.zapcut.testing.FakeVendors;
import video.zapcut.testing.S3MockServer;
import video.zapcut.testing.ServerDatabase;
import video.zapcut.testing.ZapcutProcess;
import video.zapcut.web.ApiClient;

/**
 * Issue 16's drill: one {@code serve} and two {@code worker} processes, each with its own
 * ZAPCUT_HOME, sharing only this machine's PostgreSQL server and a bucket (S3Mock). Ads are ordered
 * over the API; one worker is SIGKILLed in the middle of a stage of an ad it holds. Every ad
 * completes, the killed worker's on the other worker; stages finished before the kill are not run
 * again and no vendor call is repeated; a client on {@code serve} sees the job's progress before and
 * after the takeover; the bucket then holds exactly the objects the database names, and no home
 * keeps scratch files.
 *
 * <p>{@code bench/drill.sh} runs this test with more ads ({@code -Dzapcut.drill.ads=4}) and prints
 * its figures.
 */
class MultiMachineDrillTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern BLOB_URI = Pattern.compile("blob:([A-Za-z0-9._~/\\-]+)");
    private static final String PASSWORD = "Correct-Horse-9";
    /** The stage the worker is killed in: the longest, with every earlier stage checkpointed and progress within it. */
    private static final String KILLED_STAGE = "composition";

    private final int ads = Integer.getInteger("zapcut.drill.ads", 3);
    private final String prefix = "drill-" + UUID.randomUUID().toString().substring(0, 8) + "/";
    private final List<ZapcutProcess> processes = new ArrayList<>();
    private final List<Sse> streams = new ArrayList<>();
    private ServerDatabase db;
    private S3MockServer s3;
    /** OpenAI Images played by WireMock: the paid calls whose repetition the drill looks for (the rest stays offline). */
    private FakeVendors vendors;

    @TempDir
    Path tmp;

    @AfterEach
    void tearDown() throws Exception {
        streams.forEach(Sse::close);
        for (ZapcutProcess p : processes) p.close();
        if (s3 != null) s3.close();
        if (db != null) db.close();
        if (vendors != null) vendors.close();
    }

    @Test
    void adsSurviveAWorkerKilledMidStageAndTheBucketHoldsWhatTheDatabaseNames() throws Exception {
        long began = System.nanoTime();
        db = new ServerDatabase();
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        s3 = S3MockServer.start();
        vendors = new FakeVendors(FakeVendors.Latency.NONE, 8, 30);
        int port = freePort();
        ZapcutProcess serve = start("serve", Map.of("ZAPCUT_WORKER_ENABLED", "false"), "serve", "--port", String.valueOf(port));
        ZapcutProcess workerA = start("worker-a", Map.of(), "worker");
        ZapcutProcess workerB = start("worker-b", Map.of(), "worker");
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        awaitServing(api, serve);
        String idA = awaitWorker(workerA), idB = awaitWorker(workerB);

        // Several ads over the API, each by its own user (a new account may make three videos), each followed live.
        Map<UUID, Sse> live = new HashMap<>();
        List<UUID> jobs = new ArrayList<>();
        for (int i = 0; i < ads; i++) {
            String token = api.postJson("/v1/auth/signup", Map.of("email", "drill-" + i + "-" + UUID.randomUUID().toString().substring(0, 6)
                    + "@example.com", "password", PASSWORD)).json().path("access_token").asString();
            UUID job = order(api, token, i);
            jobs.add(job);
            Sse sse = Sse.open("http://127.0.0.1:" + port, job, token);
            streams.add(sse);
            live.put(job, sse);
        }

        // Kill a worker in the middle of a stage of an ad it holds: the stage has started and reported progress.
        UUID victim = null;
        String victimWorker = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (victim == null) {
            assertThat(System.nanoTime()).as("a worker reaches %s", KILLED_STAGE).isLessThan(deadline);
            for (UUID job : jobs) {
                Map<String, Object> row = jdbc.sql("SELECT status, current_stage, worker_id FROM generation_jobs WHERE id = :j")
                        .param("j", job).query().singleRow();
                if ("running".equals(row.get("status")) && KILLED_STAGE.equals(row.get("current_stage"))
                        && live.get(job).sawProgressIn(KILLED_STAGE) && !checkpoints(jdbc, job).containsKey(KILLED_STAGE)) {
                    victim = job;
                    victimWorker = (String) row.get("worker_id");
                    break;
                }
            }
            if (victim == null) Thread.sleep(50);
        }
        ZapcutProcess killed = victimWorker.equals(idA) ? workerA : workerB;
        ZapcutProcess survivor = killed == workerA ? workerB : workerA;
        String survivorId = killed == workerA ? idB : idA;
        assertThat(victimWorker).as("the job is held by one of the two workers").isIn(idA, idB);
        killed.kill();
        long killedAt = System.nanoTime();
        int eventsBeforeKill = live.get(victim).events().size();
        Map<String, String> stagesBeforeKill = checkpoints(jdbc, victim);
        List<Map<String, Object>> ledgerBeforeKill = ledger(jdbc, victim);
        assertThat(stagesBeforeKill).as("stages finished before the kill").doesNotContainKey(KILLED_STAGE)
                .containsKeys("creative_bible", "keyframes", "scene_1", "scene_5", "music", "continuity");

        // Every ad completes; the killed worker's on the survivor.
        // The job row names its holder while it runs (the column is cleared when it ends): watched until then.
        Set<String> victimHoldersAfterKill = new TreeSet<>();
        deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (UUID job : jobs) {
            while (!"completed".equals(status(jdbc, job))) {
                jdbc.sql("SELECT worker_id FROM generation_jobs WHERE id = :j AND status = 'running' AND worker_id IS NOT NULL")
                        .param("j", victim).query(String.class).optional().ifPresent(victimHoldersAfterKill::add);
                assertThat(System.nanoTime()).as("job %s completes", job).isLessThan(deadline);
                assertThat(status(jdbc, job)).as("job %s: %s", job, jdbc.sql("SELECT error_message FROM generation_jobs WHERE id = :j")
                        .param("j", job).query(String.class).optional().orElse("")).isNotIn("failed", "cancelled");
                assertThat(survivor.isAlive()).as(survivor.logTail()).isTrue();
                Thread.sleep(100);
            }
        }
        long completedAt = System.nanoTime();
        for (UUID job : jobs) {
            assertThat(jdbc.sql("SELECT a.status FROM generated_ads a JOIN generation_jobs j ON j.ad_id = a.id WHERE j.id = :j")
                    .param("j", job).query(String.class).single()).isEqualTo("completed");
        }
        assertThat(victimHoldersAfterKill).as("the killed worker's ad: held by the dead worker until its lease ran out, then by the other")
                .isEqualTo(new TreeSet<>(Set.of(victimWorker, survivorId)));
        assertThat(survivor.log()).contains("job " + victim + " taken over from a worker whose lease expired");
        assertThat(jdbc.sql("SELECT attempts FROM generation_jobs WHERE id = :j").param("j", victim).query(Integer.class).single())
                .as("one run by each worker").isEqualTo(2);

        // Stages finished before the kill were not run again; the interrupted one ran to completion once, after the takeover.
        Map<String, String> stagesAfter = checkpoints(jdbc, victim);
        stagesBeforeKill.forEach((stage, when) ->
                assertThat(stagesAfter.get(stage)).as("stage %s finished before the kill was not run again", stage).isEqualTo(when));
        assertThat(stagesAfter).containsKeys(KILLED_STAGE, "quality");
        assertThat(stagesAfter.get(KILLED_STAGE)).endsWith(" x1");
        int stagesRerun = (int) stagesBeforeKill.entrySet().stream().filter(e -> !e.getValue().equals(stagesAfter.get(e.getKey()))).count();

        // No paid call repeated: what the ledger held for the finished stages is unchanged, no row is there twice,
        // and no reservation of the dead worker is left standing.
        List<Map<String, Object>> ledgerAfter = ledger(jdbc, victim);
        assertThat(ledgerAfter.stream().filter(r -> stagesBeforeKill.containsKey((String) r.get("stage"))).toList())
                .as("vendor calls of the stages finished before the kill").isEqualTo(ledgerBeforeKill.stream()
                        .filter(r -> stagesBeforeKill.containsKey((String) r.get("stage"))).toList());
        long ledgerRows = jdbc.sql("SELECT COUNT(*) FROM cost_ledger").query(Long.class).single();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT ad_id, stage, capability, provider, model, unit, request_id FROM cost_ledger
                 WHERE request_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING COUNT(*) > 1) d""").query(Long.class).single())
                .as("vendor calls recorded twice").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cost_reservations").query(Long.class).single()).as("reservations left").isZero();
        long imageRows = jdbc.sql("SELECT COUNT(*) FROM cost_ledger WHERE capability = 'image'").query(Long.class).single();
        assertThat(imageRows).as("paid image calls recorded").isPositive();
        assertThat((long) vendors.count("POST", "/v1/images/.*")).as("image calls the vendor received, each recorded once")
                .isEqualTo(imageRows);

        // Live progress reached the client on serve from both workers: before the kill, the takeover's start, then the end.
        List<Event> victimEvents = live.get(victim).awaitEnd(Duration.ofSeconds(30));
        List<Event> before = victimEvents.subList(0, eventsBeforeKill), after = victimEvents.subList(eventsBeforeKill, victimEvents.size());
        assertThat(before).as("events from the killed worker").anyMatch(e -> e.type().equals("stage_progress") && KILLED_STAGE.equals(e.stage()));
        assertThat(after.stream().map(Event::type).toList()).as("events from the worker that took over")
                .containsSubsequence("job_started", "stage_started", "stage_completed", "job_completed");
        assertThat(after).anyMatch(e -> e.type().equals("stage_started") && KILLED_STAGE.equals(e.stage()));
        assertThat(after.getLast().type()).isEqualTo("job_completed");
        for (UUID job : jobs) {
            assertThat(live.get(job).awaitEnd(Duration.ofSeconds(30)).getLast().type()).as("job %s's stream ends completed", job)
                    .isEqualTo("job_completed");
        }

        // The bucket holds exactly the objects the database names.
        Set<String> named = namedBlobs(jdbc);
        Set<String> stored = bucketKeys();
        assertThat(named).as("blobs named in the database").isNotEmpty();
        assertThat(stored).as("objects in the bucket but named by no row: %s; named but missing: %s",
                minus(stored, named), minus(named, stored)).isEqualTo(named);

        // The killed worker left scratch behind; a process started in its home clears it.
        Path killedScratch = home(killed.name()).resolve("work").resolve("p" + killed.pid());
        assertThat(killedScratch).as("the killed worker's scratch").exists();
        ZapcutProcess restarted = start(killed.name(), Map.of(), "worker");
        awaitWorker(restarted);
        assertThat(killedScratch).as("cleared by the next process in that home").doesNotExist();

        // Stopped, no process keeps scratch files in its home.
        for (ZapcutProcess p : processes) p.stop();
        for (String home : List.of("serve", "worker-a", "worker-b")) {
            assertThat(files(home(home).resolve("work"))).as("scratch left in %s's home", home).isEmpty();
        }

        System.out.printf("drill: %d ads completed, 1 worker killed in %s (%d stages checkpointed before the kill), "
                        + "stages re-run: %d, paid vendor calls recorded: %d (each received once by the vendor), objects in bucket: %d, "
                        + "named by the database: %d, takeover to done: %.1f s, wall time: %.1f s%n",
                jobs.size(), KILLED_STAGE, stagesBeforeKill.size(), stagesRerun, ledgerRows, stored.size(), named.size(),
                (completedAt - killedAt) / 1e9, (System.nanoTime() - began) / 1e9);
    }

    private ZapcutProcess start(String name, Map<String, String> extra, String... args) {
        Map<String, String> env = new HashMap<>(Map.of(
                "DATABASE_URL", db.databaseUrl(), "ZAPCUT_HOME", home(name).toString(),
                "ZAPCUT_S3_BUCKET", S3MockServer.BUCKET, "ZAPCUT_S3_ENDPOINT", s3.endpoint.toString(), "ZAPCUT_S3_PATH_STYLE", "true",
                "ZAPCUT_S3_PREFIX", prefix, "AWS_ACCESS_KEY_ID", S3MockServer.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3MockServer.SECRET_KEY));
        // A short lease so the takeover comes seconds after the crash.
        env.putAll(Map.of("ZAPCUT_WORKER_LEASE", "3s", "ZAPCUT_WORKER_HEARTBEAT", "500ms", "ZAPCUT_WORKER_POLLINTERVAL", "200ms",
                "ZAPCUT_WORKER_SHUTDOWNGRACE", "1s"));
        // Images from a paid vendor (a fake one): reference images and keyframes are billed calls in the ledger.
        Map<String, String> paid = vendors.properties();
        for (String k : List.of("ZAPCUT_IMAGE_PROVIDER", "ZAPCUT_IMAGE_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL")) env.put(k, paid.get(k));
        env.putAll(extra);
        ZapcutProcess p = ZapcutProcess.start(name, env, tmp.resolve("logs").resolve(name + "-" + processes.size() + ".log"), args);
        processes.add(p);
        return p;
    }

    private Path home(String name) { return tmp.resolve(name); }

    private static void awaitServing(ApiClient api, ZapcutProcess serve) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            assertThat(serve.isAlive()).as(serve.logTail()).isTrue();
            assertThat(System.nanoTime()).as("serve starts: " + serve.logTail()).isLessThan(deadline);
            try {
                if (api.get("/actuator/health/readiness", null).status() == 200) return;
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
    }

    /** Waits for the worker's start line and returns its id. */
    private static String awaitWorker(ZapcutProcess worker) throws InterruptedException {
        Pattern started = Pattern.compile("Zapcut worker (\\S+) running");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            assertThat(worker.isAlive()).as(worker.logTail()).isTrue();
            assertThat(System.nanoTime()).as("the worker starts: " + worker.logTail()).isLessThan(deadline);
            Matcher m = started.matcher(worker.log());
            if (m.find()) return m.group(1);
            Thread.sleep(200);
        }
    }

    /** Project, product photo (a multipart upload) and a 15 s 16:9 order; returns the job id. */
    private static UUID order(ApiClient api, String token, int i) throws IOException {
        ApiClient.Response project = api.postJson("/v1/projects", JSON.writeValueAsString(Map.of("name", "Drill " + i)), token);
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        String projectId = project.json().path("id").asString();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(ProductShots.luna(480), "png", png);
        String boundary = "drill-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"type", "image"}, {"label", "hero_product"}, {"role", "primary_product"}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"product.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png.toByteArray());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        ApiClient.Response uploaded = api.send(api.request("/v1/projects/" + projectId + "/assets/upload", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        ApiClient.Response accepted = api.postJson("/v1/generate/video", JSON.writeValueAsString(Map.of("project_id", projectId,
                "brief", "Summit Trail Mix " + i + ": real energy for hikers on long climbs. Pack a bag today.",
                "duration_seconds", 15, "aspect_ratio", "16:9")), token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return UUID.fromString(accepted.json().path("job_id").asString());
    }

    private static String status(JdbcClient jdbc, UUID job) {
        return jdbc.sql("SELECT status FROM generation_jobs WHERE id = :j").param("j", job).query(String.class).single();
    }

    /** Per finished stage of the job's ad: when it started and completed, and how often its checkpoint was written. */
    private static Map<String, String> checkpoints(JdbcClient jdbc, UUID job) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT c.stage, c.started_at, c.completed_at, c.attempts FROM stage_checkpoints c JOIN generation_jobs j ON j.ad_id = c.ad_id "
                        + "WHERE j.id = :j").param("j", job)
                .query((rs, n) -> out.put(rs.getString(1), rs.getTimestamp(2) + ".." + rs.getTimestamp(3) + " x" + rs.getInt(4))).list();
        return out;
    }

    private static List<Map<String, Object>> ledger(JdbcClient jdbc, UUID job) {
        return jdbc.sql("SELECT l.id, l.stage, l.capability, l.provider, l.model, l.units, l.unit, l.request_id, l.created_at FROM cost_ledger l "
                + "JOIN generation_jobs j ON j.ad_id = l.ad_id WHERE j.id = :j ORDER BY l.id").param("j", job).query().listOfRows();
    }

    /** Every blob uri anywhere in the database: each row of each table as text, searched for {@code blob:} uris. */
    private static Set<String> namedBlobs(JdbcClient jdbc) {
        Set<String> keys = new TreeSet<>();
        for (String table : jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").query(String.class).list()) {
            for (String row : jdbc.sql("SELECT t::text FROM \"" + table + "\" t").query(String.class).list()) {
                Matcher m = BLOB_URI.matcher(row);
                while (m.find()) keys.add(m.group(1));
            }
        }
        return keys;
    }

    /** Every key in the bucket under the drill's prefix, without the prefix. */
    private Set<String> bucketKeys() {
        try (S3Client client = S3Client.builder().endpointOverride(s3.endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY)))
                .build()) {
            Set<String> keys = new TreeSet<>();
            client.listObjectsV2Paginator(b -> b.bucket(S3MockServer.BUCKET)).contents().stream().map(S3Object::key).forEach(key -> {
                assertThat(key).as("every object is under the configured prefix").startsWith(prefix);
                keys.add(key.substring(prefix.length()));
            });
            return keys;
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** One progress event as the SSE client received it. */
    record Event(String type, String stage, JsonNode data) {}

    /** A client of {@code serve}'s SSE stream for one job, collecting the progress events as they arrive. */
    private record Sse(List<Event> received, Thread reader, HttpResponse<Stream<String>> response) {
        static Sse open(String base, UUID job, String token) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/generate/video/job/" + job + "/events"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            HttpResponse<Stream<String>> response;
            try {
                response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertThat(response.statusCode()).isEqualTo(200);
            List<Event> received = new CopyOnWriteArrayList<>();
            Thread reader = Thread.ofPlatform().daemon(true).name("sse-" + job).start(() -> {
                String[] name = {null};
                StringBuilder data = new StringBuilder();
                try (Stream<String> lines = response.body()) {
                    lines.forEach(line -> {
                        if (line.startsWith("event:")) name[0] = line.substring(6).strip();
                        else if (line.startsWith("data:")) data.append(line.substring(5).strip());
                        else if (line.isEmpty() && !data.isEmpty()) {
                            if ("progress".equals(name[0])) {
                                JsonNode event = JSON.readTree(data.toString());
                                received.add(new Event(event.path("type").asString(), event.path("stage").asString(null), event));
                            }
                            name[0] = null;
                            data.setLength(0);
                        }
                    });
                } catch (UncheckedIOException closed) {
                    // closed by close()
                }
            });
            return new Sse(received, reader, response);
        }

        List<Event> events() { return List.copyOf(received); }

        boolean sawProgressIn(String stage) {
            return received.stream().anyMatch(e -> e.type().equals("stage_progress") && stage.equals(e.stage()));
        }

        /** The events once the server has ended the stream (after the job's terminal event). */
        List<Event> awaitEnd(Duration within) throws InterruptedException {
            assertThat(reader.join(within)).as("the stream ends").isTrue();
            assertThat(received).as("progress events").isNotEmpty();
            return events();
        }

        void close() {
            reader.interrupt();
            try {
                response.body().close();
            } catch (RuntimeException ignored) {
                // already closed
            }
        }
    }
}
