package video.zapcut.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import video.zapcut.storage.BlobStore;
import video.zapcut.storage.LocalBlobStore;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/** What the project and asset tests share: a signed-in user, JSON and multipart requests, and a look at the blob store. */
public abstract class ProjectApiTest extends ApiTest {
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected BlobStore blobs;

    protected String newToken() { return newUser().path("access_token").asString(); }

    protected UUID userIdOf(String token) {
        return UUID.fromString(api.get("/v1/me", token).json().path("id").asString());
    }

    protected ApiClient.Response post(String path, Map<String, ?> body, String token) {
        return api.postJson(path, JSON.writeValueAsString(body), token);
    }

    protected ApiClient.Response patch(String path, Map<String, ?> body, String token) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    protected ApiClient.Response delete(String path, String token) {
        return api.send(api.request(path, token).DELETE());
    }

    /** Waits until the job is completed; fails at once if it fails or is cancelled, and after {@code minutes}. */
    protected void awaitCompleted(String jobId, int minutes) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(minutes);
        while (true) {
            Map<String, Object> row = jdbc.sql("SELECT status, error_message FROM generation_jobs WHERE id = CAST(:j AS UUID)")
                    .param("j", jobId).query().singleRow();
            if ("completed".equals(row.get("status"))) return;
            assertThat(row.get("status")).as("job %s", row).isNotIn("failed", "cancelled");
            assertThat(System.nanoTime()).as("job %s finishes: %s", jobId, row).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** An ad's stage outputs (its checkpoints) as JSON by stage id. */
    protected Map<String, String> checkpoints(UUID adId) {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("SELECT stage, output::text FROM stage_checkpoints WHERE ad_id = :a").param("a", adId)
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    protected UUID createProject(String token, String name) {
        ApiClient.Response response = post("/v1/projects", Map.of("name", name), token);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    /** A project with one uploaded product photo: what every order needs (at least one photo). */
    protected UUID projectWithPhoto(String token, String name) {
        UUID project = createProject(token, name);
        ApiClient.Response uploaded = upload(project, token, productPhoto(), "product.png", "image/png",
                Map.of("type", "image", "label", "hero_product", "role", "primary_product"));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return project;
    }

    protected static byte[] productPhoto() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(video.zapcut.testing.ProductShots.luna(480), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A multipart/form-data upload with the given file part (name and declared type as a client would send them). */
    protected ApiClient.Response upload(UUID projectId, String token, byte[] file, String fileName, String declaredType,
                              Map<String, String> fields) {
        return upload("/v1/projects/" + projectId + "/assets/upload", token, file, fileName, declaredType, fields);
    }

    protected ApiClient.Response upload(String path, String token, byte[] file, String fileName, String declaredType,
                              Map<String, String> fields) {
        String boundary = "zapcut-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return api.send(api.request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    protected long assetRows(UUID projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM assets WHERE project_id = :p").param("p", projectId).query(Long.class).single();
    }

    /** Files stored under {@code projects/<id>/}, whatever their key. */
    protected long blobFiles(UUID projectId) {
        Path dir = ((LocalBlobStore) blobs).file("projects/" + projectId);
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
