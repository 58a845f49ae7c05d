package video.zapcut.web.generate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test clients of the two live-progress streams, collecting what they receive until the server ends the stream. */
final class LiveStreams {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LiveStreams() {}

    /** One received event: its name (snapshot, progress) and its JSON data. */
    record Event(String name, JsonNode data) {
        String type() { return data.path("type").asString(); }
    }

    /** An SSE stream being read: {@link #done} completes with every event once the server closes it. */
    record Sse(int status, CompletableFuture<List<Event>> done) {}

    static Sse sse(int port, String jobId, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/generate/video/job/" + jobId + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpResponse<java.util.stream.Stream<String>> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        CompletableFuture<List<Event>> done = CompletableFuture.supplyAsync(() -> {
            List<Event> events = new ArrayList<>();
            String[] name = {null};
            StringBuilder data = new StringBuilder();
            response.body().forEach(line -> {
                if (line.startsWith("event:")) name[0] = line.substring(6).strip();
                else if (line.startsWith("data:")) data.append(line.substring(5).strip());
                else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new Event(name[0], JSON.readTree(data.toString())));
                    name[0] = null;
                    data.setLength(0);
                }
            });
            return events;
        });
        return new Sse(response.statusCode(), done);
    }

    /** A WebSocket being read: {@link #done} completes with every message and the close code once the server closes it. */
    record Socket(CompletableFuture<List<Event>> done, CompletableFuture<Integer> closeCode) {}

    static Socket websocket(int port, String jobId, String token) {
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<List<Event>> done = new CompletableFuture<>();
        CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        StringBuilder partial = new StringBuilder();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence text, boolean last) {
                partial.append(text);
                if (last) {
                    JsonNode msg = JSON.readTree(partial.toString());
                    partial.setLength(0);
                    events.add(new Event(msg.path("event").asString(), msg.path("data")));
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closeCode.complete(statusCode);
                done.complete(List.copyOf(events));
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closeCode.completeExceptionally(error);
                done.completeExceptionally(error);
            }
        };
        HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://localhost:" + port + "/v1/generate/video/job/" + jobId + "/ws?access_token=" + token), listener)
                .orTimeout(10, TimeUnit.SECONDS).join();
        return new Socket(done, closeCode);
    }

    /**
     * Waits for a stream to end; when it does not in time, prints every thread's stack before failing, so
     * a stuck worker or stage shows where it is stuck.
     */
    static <T> T await(CompletableFuture<T> done, java.time.Duration limit) throws Exception {
        try {
            return done.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder dump = new StringBuilder("no end of stream within " + limit + "; threads:\n");
            Thread.getAllStackTraces().forEach((t, stack) -> {
                dump.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
                for (StackTraceElement f : stack) dump.append("    at ").append(f).append('\n');
            });
            System.err.println(dump);
            throw e;
        }
    }
}
