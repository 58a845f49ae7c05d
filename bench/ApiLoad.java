import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load against a running `zapcut serve` (see api-load.sh, which starts one): job-status latency at
 * a fixed request rate (open loop: latency counts from when each request was due, so a slow server
 * cannot hide its queueing), the maximum status rate with a fixed number of concurrent clients,
 * then N generations submitted at once, followed to the end: all accepted, all completed, none lost
 * and none run twice (each job's attempts and checkpoints say how often it ran).
 *
 *   java ApiLoad.java BASE_URL RATE SECONDS CLIENTS GENERATIONS DURATION ASPECT PRODUCT_PHOTO
 */
public class ApiLoad {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] a) throws Exception {
        String base = a[0];
        int rate = Integer.parseInt(a[1]);
        int seconds = Integer.parseInt(a[2]);
        int clients = Integer.parseInt(a[3]);
        int generations = Integer.parseInt(a[4]);
        int duration = Integer.parseInt(a[5]);
        String aspect = a[6];

        String email = "load-" + System.nanoTime() + "@example.com";
        String token = field(post(base + "/v1/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"Correct-Horse-9\"}", null), "access_token");
        String project = field(post(base + "/v1/projects", "{\"name\":\"load\",\"product_name\":\"Luna Cold Brew\"}", token), "id");
        // Every order needs a product photo: the bundled sample's.
        uploadPhoto(base + "/v1/projects/" + project + "/assets/upload", java.nio.file.Path.of(a[7]), token);
        String order = "{\"project_id\":\"" + project + "\",\"brief\":\"Luna Cold Brew is an organic cold brew for busy professionals "
                + "who want calm, focused mornings. Try it today.\",\"duration_seconds\":" + duration + ",\"aspect_ratio\":\"" + aspect + "\"}";
        // One job to poll in the status phases (it runs meanwhile, which is the realistic case).
        String probeJob = field(post(base + "/v1/generate/video", order, token), "job_id");
        String statusUrl = base + "/v1/generate/video/job/" + probeJob;

        System.out.printf(Locale.ROOT, "%n== job status at a fixed rate: %d req/s for %d s (open loop)%n", rate, seconds);
        fixedRate(statusUrl, token, rate, seconds);
        System.out.printf(Locale.ROOT, "%n== job status, maximum rate: %d concurrent clients for %d s%n", clients, seconds);
        maxRate(statusUrl, token, clients, seconds);
        System.out.printf(Locale.ROOT, "%n== %d generations submitted at once (%d s, %s)%n", generations, duration, aspect);
        burst(base, order, token, generations);
    }

    static void fixedRate(String url, String token, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                int n = i;
                pool.submit(() -> {
                    try {
                        if (get(url, token).statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[n] = System.nanoTime() - due;
                    done.countDown();
                });
            }
            done.await();
        }
        double took = (System.nanoTime() - start) / 1e9;
        report(latencies, total, errors.get(), took);
    }

    static void maxRate(String url, String token, int clients, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            if (get(url, token).statusCode() != 200) errors.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t);
                    }
                });
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
        report(l, l.length, errors.get(), took);
    }

    static void burst(String base, String order, String token, int n) throws Exception {
        Map<Integer, String> jobs = new ConcurrentHashMap<>();
        long[] acceptMs = new long[n];
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        long start;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                int k = i;
                pool.submit(() -> {
                    go.await();
                    long t = System.nanoTime();
                    HttpResponse<String> r = post(base + "/v1/generate/video", order, token);
                    acceptMs[k] = (System.nanoTime() - t) / 1_000_000;
                    if (r.statusCode() == 202) jobs.put(k, field(r, "job_id"));
                    else {
                        refused.incrementAndGet();
                        System.out.println("refused: " + r.statusCode() + " " + r.body());
                    }
                    return null;
                });
            }
            start = System.nanoTime();
            go.countDown();
        }
        double acceptAll = (System.nanoTime() - start) / 1e9;
        long maxAccept = 0;
        for (long ms : acceptMs) maxAccept = Math.max(maxAccept, ms);
        System.out.printf(Locale.ROOT, "accepted %d of %d in %.2f s (slowest answer %d ms); refused %d%n", jobs.size(), n, acceptAll,
                maxAccept, refused.get());

        Map<String, String> state = new HashMap<>();
        while (true) {
            int finished = 0;
            for (String job : jobs.values()) {
                String s = state.get(job);
                if (s == null || !(s.equals("completed") || s.equals("failed") || s.equals("cancelled"))) {
                    HttpResponse<String> r = get(base + "/v1/generate/video/job/" + job, token);
                    state.put(job, r.statusCode() == 200 ? field(r, "status") : "lost(" + r.statusCode() + ")");
                }
                String now = state.get(job);
                if (now.equals("completed") || now.equals("failed") || now.equals("cancelled") || now.startsWith("lost")) finished++;
            }
            if (finished == jobs.size()) break;
            Thread.sleep(2000);
        }
        double all = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> byStatus = new HashMap<>();
        int runTwice = 0;
        for (String job : jobs.values()) {
            byStatus.merge(state.get(job), 1, Integer::sum);
            HttpResponse<String> r = get(base + "/v1/generate/video/job/" + job, token);
            int attempts = Integer.parseInt(number(r.body(), "attempts"));
            int stages = count(r.body(), "\"stage\"");
            if (attempts != 1 || stages != 15) runTwice++;
        }
        System.out.printf(Locale.ROOT, "all %d finished after %.1f s (%.1f s per ad): %s; lost %d; run more than once %d%n", jobs.size(),
                all, all / Math.max(1, jobs.size()), byStatus, n - jobs.size() - refused.get(), runTwice);
    }

    static void report(long[] nanos, int n, int errors, double seconds) {
        long[] sorted = java.util.Arrays.copyOf(nanos, n);
        java.util.Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "requests %d in %.1f s = %.0f req/s; errors %d; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                n, seconds, n / seconds, errors, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[n - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of one PNG, as the studio sends it. */
    static void uploadPhoto(String url, java.nio.file.Path png, String token) throws Exception {
        String boundary = "bench-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"product.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(java.nio.file.Files.readAllBytes(png));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) throw new IllegalStateException("photo upload: " + r.statusCode() + " " + r.body());
    }

    static String field(HttpResponse<String> r, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(r.body());
        if (!m.find()) throw new IllegalStateException("no " + name + " in " + r.statusCode() + " " + r.body());
        return m.group(1);
    }

    static String number(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(body);
        if (!m.find()) throw new IllegalStateException("no " + name + " in " + body);
        return m.group(1);
    }

    static int count(String body, String needle) {
        int n = 0;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) n++;
        return n;
    }
}
