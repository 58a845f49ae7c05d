package video.zapcut.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.testing.ProductShots;
import video.zapcut.testing.S3MockServer;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * The API on an S3 store (S3Mock): media links redirect to presigned GETs that seek (Range), photos go
 * straight to the bucket by presigned PUT and become assets only after the content check (a refused
 * object is removed), and deleting a project empties its part of the bucket.
 */
class S3MediaApiTest extends ProjectApiTest {
    static final S3MockServer S3;
    static final String PREFIX = "api-" + UUID.randomUUID() + "/";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        try {
            S3 = S3MockServer.start();
        } catch (Exception e) {
            throw new IllegalStateException("S3Mock did not start", e);
        }
        System.setProperty("aws.accessKeyId", "zapcut-test-key");
        System.setProperty("aws.secretAccessKey", "zapcut-test-secret");
    }

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry r) {
        r.add("ZAPCUT_S3_BUCKET", () -> S3MockServer.BUCKET);
        r.add("ZAPCUT_S3_ENDPOINT", () -> S3.endpoint.toString());
        r.add("ZAPCUT_S3_PATH_STYLE", () -> "true");
        r.add("ZAPCUT_S3_PREFIX", () -> PREFIX);
    }

    @AfterAll
    static void stop() throws Exception {
        S3.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void theVideoLinkRedirectsToThePresignedObjectWhichSeeks() throws Exception {
        String owner = newToken();
        UUID project = projectWithPhoto(owner, "s3");
        ApiClient.Response accepted = post("/v1/generate/video", Map.of("project_id", project.toString(), "duration_seconds", 15,
                "brief", "Luna Coffee is an organic cold brew for busy professionals."), owner);
        UUID ad = UUID.fromString(accepted.json().path("ad_id").asString());
        byte[] video = new byte[300_000];
        new java.util.Random(7).nextBytes(video);
        blobs.put("ads/" + ad + "/final.mp4", video);
        jdbc.sql("UPDATE generated_ads SET status = 'completed', final_video_url = :u, generation_completed_at = NOW() WHERE id = :id")
                .param("u", blobs.uri("ads/" + ad + "/final.mp4")).param("id", ad).update();
        String link = api.get("/v1/ads/" + ad, owner).json().path("video_url").asString();

        HttpResponse<byte[]> redirect = HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(redirect.statusCode()).isEqualTo(302);
        URI presigned = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(presigned.toString()).startsWith(S3.endpoint.toString()).contains("X-Amz-Signature=").contains(PREFIX);
        assertThat(redirect.body()).as("the API does not stream the object itself").isEmpty();

        HttpResponse<byte[]> range = HTTP.send(HttpRequest.newBuilder(presigned).header("Range", "bytes=1000-1999").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));

        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(
                api.get("/v1/ads/" + ad, owner).json().path("video_url").asString() + "&download=1")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(302);
        HttpResponse<byte[]> saved = HTTP.send(HttpRequest.newBuilder(URI.create(download.headers().firstValue("Location").orElseThrow()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(saved.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains(".mp4");
        assertThat(saved.body()).isEqualTo(video);
    }

    @Test
    void aPhotoSentStraightToTheBucketBecomesAnAssetOnlyAfterItsCheck() throws Exception {
        String owner = newToken();
        UUID project = createProject(owner, "direct");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(ProductShots.luna(320), "png", png);

        JsonNode ticket = post("/v1/projects/" + project + "/assets/upload-url", Map.of("content_type", "image/png",
                "size_bytes", png.size()), owner).json();
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(ticket.path("upload_url").asString()))
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        ApiClient.Response confirmed = post(ticket.path("confirm_url").asString(), Map.of("label", "bottle"), owner);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        String key = confirmed.json().path("s3_key").asString();
        assertThat(blobs.exists(key)).isTrue();
        assertThat(blobs.list("uploads/pending/" + project + "/")).as("the pending object is gone").isEmpty();
        assertThat(confirmed.json().path("width").asInt()).isEqualTo(320);

        // Something that is not an image, sent under an image's type, is refused and removed.
        JsonNode fake = post("/v1/projects/" + project + "/assets/upload-url", Map.of("content_type", "image/png"), owner).json();
        HTTP.send(HttpRequest.newBuilder(URI.create(fake.path("upload_url").asString())).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofString("<html>not a photo</html>")).build(), HttpResponse.BodyHandlers.ofString());
        ApiClient.Response refused = post(fake.path("confirm_url").asString(), Map.of(), owner);
        assertProblem(refused, 400);
        assertThat(blobs.list("uploads/pending/" + project + "/")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assets WHERE project_id = :p").param("p", project).query(Long.class).single()).isEqualTo(1);

        // Deleting the project empties its part of the bucket.
        assertThat(delete("/v1/projects/" + project, owner).status()).isEqualTo(204);
        assertThat(blobs.list("projects/" + project + "/")).isEmpty();
    }
}
