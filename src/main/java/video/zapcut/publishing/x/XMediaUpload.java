package video.zapcut.publishing.x;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.vendors.http.Multipart;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.ai.vendors.http.VendorInterruptedException;
import video.zapcut.common.Json;
import video.zapcut.publishing.MediaProcessingFailed;
import video.zapcut.publishing.UploadListener;
import video.zapcut.publishing.UploadedMedia;

/**
 * X's chunked media upload (v2): {@code initialize}, one {@code append} per chunk read from disk
 * (never the whole file in memory), {@code finalize}, then {@code STATUS} polls at the pace X asks
 * ({@code check_after_secs}) until the video is processed, failed, or the processing limit is spent.
 * Each exchange retries on its own, so a failed append is sent again for its segment only.
 */
final class XMediaUpload {
    static final int DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
    /** X numbers segments 0..999. */
    private static final int MAX_SEGMENTS = 1000;
    private final XApi api;
    private final VendorHttp http;
    private final Clock clock;
    private final Duration processingLimit;
    private final int chunkBytes;

    XMediaUpload(XApi api, VendorHttp http, Clock clock, Duration processingLimit, int chunkBytes) {
        if (chunkBytes < 1) throw new IllegalArgumentException("chunk size must be positive");
        this.api = api;
        this.http = http;
        this.clock = clock;
        this.processingLimit = processingLimit;
        this.chunkBytes = chunkBytes;
    }

    UploadedMedia upload(String token, Path video, UploadListener listener) {
        long total = size(video);
        if (total == 0) throw new IllegalArgumentException(video.getFileName() + " is empty; X takes no empty video");
        long segments = (total + chunkBytes - 1) / chunkBytes;
        if (segments > MAX_SEGMENTS) {
            throw new IllegalArgumentException("X takes at most " + MAX_SEGMENTS + " segments; " + total + " bytes in chunks of "
                    + chunkBytes + " would be " + segments);
        }
        JsonNode init = initialize(token, total).path("data");
        String id = init.path("id").asString(null);
        if (id == null || !id.matches("[0-9]{1,19}")) throw XApi.malformed(200, "initialize answered without a numeric media id");
        String key = init.path("media_key").asString(null);
        Instant expiresAt = init.path("expires_after_secs").isNumber() ? clock.instant().plusSeconds(init.path("expires_after_secs").asLong()) : null;

        append(token, id, video, total, listener);
        JsonNode info = processingInfo(http.json(() -> api.request(token, "/2/media/upload/" + id + "/finalize")
                .POST(HttpRequest.BodyPublishers.noBody())));
        awaitProcessing(token, id, info, listener);
        return new UploadedMedia(id, key, expiresAt);
    }

    private JsonNode initialize(String token, long total) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("media_type", "video/mp4");
        body.put("total_bytes", total);
        body.put("media_category", "tweet_video");
        String json = Json.write(body);
        return http.json(() -> api.request(token, "/2/media/upload/initialize")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** One chunk in memory at a time; each segment's request is rebuilt from that chunk on a retry. */
    private void append(String token, String id, Path video, long total, UploadListener listener) {
        try (InputStream in = Files.newInputStream(video)) {
            long sent = 0;
            int segment = 0;
            while (sent < total) {
                byte[] chunk = in.readNBytes((int) Math.min(chunkBytes, total - sent));
                if (chunk.length == 0) throw new IOException("the video ended at " + sent + " of " + total + " bytes");
                Multipart form = new Multipart().field("segment_index", Integer.toString(segment))
                        .file("media", "segment-" + segment, chunk, "application/octet-stream");
                byte[] body = form.bytes();
                String path = "/2/media/upload/" + id + "/append";
                http.withRetries(() -> http.once(api.request(token, path).header("Content-Type", form.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), http.timeout().multipliedBy(2)));
                sent += chunk.length;
                segment++;
                listener.progress("uploading", (double) sent / total);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + video.getFileName() + " for X", e);
        }
    }

    /**
     * Polls STATUS until {@code succeeded}. Time waited is the larger of the sleeps asked for and the
     * clock's elapsed time, so neither a slow poll nor a fast clock lets it run past the limit.
     */
    private void awaitProcessing(String token, String id, JsonNode info, UploadListener listener) {
        Instant started = clock.instant();
        Duration slept = Duration.ZERO;
        while (info != null) {
            String state = info.path("state").asString("");
            if ("succeeded".equals(state)) break;
            if ("failed".equals(state)) throw new MediaProcessingFailed("X could not process the video: " + failure(info));
            // 0 until X says more (progress_percent is optional)
            listener.progress("processing", Math.min(1.0, Math.max(0.0, info.path("progress_percent").asDouble(0) / 100.0)));
            Duration wait = Duration.ofSeconds(Math.max(1, info.path("check_after_secs").asLong(1)));
            Duration waited = max(slept, Duration.between(started, clock.instant()));
            if (waited.plus(wait).compareTo(processingLimit) > 0) {
                throw new VendorException(XApi.PROVIDER, -1, false, null, "processing_timeout", "X was still processing media " + id
                        + " (" + state + ") after " + waited.toSeconds() + " s; gave up at the " + processingLimit.toSeconds() + " s limit", null);
            }
            sleep(wait);
            slept = slept.plus(wait);
            info = processingInfo(http.json(() -> api.request(token, "/2/media/upload?media_id=" + id + "&command=STATUS").GET()));
        }
        listener.progress("processing", 1.0);
    }

    /** {@code data.processing_info} (v2); the top-level one as v1.1 and some v2 answers put it; null when done. */
    private static JsonNode processingInfo(JsonNode answer) {
        JsonNode info = answer.at("/data/processing_info");
        if (info.isMissingNode() || info.isNull()) info = answer.path("processing_info");
        return info.isObject() ? info : null;
    }

    private static String failure(JsonNode info) {
        JsonNode error = info.path("error");
        String message = error.path("message").asString(null);
        String name = error.path("name").asString(null);
        if (message != null && name != null) return message + " (" + name + ")";
        return message != null ? message : name != null ? name : "no reason given";
    }

    private void sleep(Duration d) {
        try {
            http.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VendorInterruptedException(XApi.PROVIDER, "interrupted while X processed the video", e);
        }
    }

    private static Duration max(Duration a, Duration b) { return a.compareTo(b) >= 0 ? a : b; }

    private static long size(Path video) {
        try {
            return Files.size(video);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + video.getFileName() + " for X", e);
        }
    }
}
