package video.zapcut.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import video.zapcut.web.ApiClient;

/** On the embedded store, direct uploads are refused with the way that works; bad requests name their field. */
class DirectUploadLocalTest extends ProjectApiTest {

    @Test
    void theLocalStoreSaysToUploadThroughTheApi() {
        String token = newToken();
        UUID project = createProject(token, "direct");
        ApiClient.Response r = post("/v1/projects/" + project + "/assets/upload-url", Map.of("content_type", "image/png", "size_bytes", 1000), token);
        assertProblem(r, 409);
        assertThat(r.json().path("type").asString()).endsWith("/direct-upload-unavailable");
        assertThat(r.json().path("detail").asString()).contains("/assets/upload");
    }

    @Test
    void aTypeThatIsNoPhotoOrATooLargeSizeIsRefusedByField() {
        String token = newToken();
        UUID project = createProject(token, "direct");
        ApiClient.Response type = post("/v1/projects/" + project + "/assets/upload-url", Map.of("content_type", "application/pdf"), token);
        assertProblem(type, 400);
        assertThat(type.json().path("errors").get(0).path("field").asString()).isEqualTo("content_type");
        ApiClient.Response size = post("/v1/projects/" + project + "/assets/upload-url",
                Map.of("content_type", "image/jpeg", "size_bytes", 60L * 1024 * 1024), token);
        assertProblem(size, 400);
        assertThat(size.json().path("errors").get(0).path("field").asString()).isEqualTo("size_bytes");
        assertProblem(post("/v1/projects/" + project + "/assets/upload-url/" + UUID.randomUUID() + "/confirm", Map.of(), token), 404);
    }
}
