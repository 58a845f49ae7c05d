package video.zapcut.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import video.zapcut.web.ApiClient;

class AssetDeletionTest extends ProjectApiTest {

    private UUID uploadPng(UUID project, String token) {
        ApiClient.Response r = upload(project, token, TestPngs.png(64, 48), "p.png", "image/png", Map.of("label", "hero"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return UUID.fromString(r.json().path("id").asString());
    }

    @Test
    void theOwnerReadsAnAssetsBytesAndRemovesIt() {
        String token = newToken();
        UUID project = createProject(token, "assets to delete");
        UUID asset = uploadPng(project, token);
        String path = "/v1/projects/" + project + "/assets/" + asset;

        ApiClient.Response content = api.send(api.request(path + "/content", token).GET());
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.contentType()).startsWith("image/png");
        assertThat(blobFiles(project)).isEqualTo(1);

        assertThat(delete(path, token).status()).isEqualTo(204);
        assertThat(assetRows(project)).isZero();
        assertThat(blobFiles(project)).isZero();
        assertProblem(delete(path, token), 404);
        assertProblem(api.get(path + "/content", token), 404);
    }

    @Test
    void anotherUsersAssetAnUnknownOneAndAMalformedIdAnswer404() {
        String owner = newToken();
        UUID project = createProject(owner, "mine");
        UUID asset = uploadPng(project, owner);
        String intruder = newToken();
        String path = "/v1/projects/" + project + "/assets/" + asset;

        assertProblem(delete(path, intruder), 404);
        assertProblem(api.get(path + "/content", intruder), 404);
        assertProblem(delete("/v1/projects/" + project + "/assets/" + UUID.randomUUID(), owner), 404);
        assertProblem(delete("/v1/projects/" + project + "/assets/not-a-uuid", owner), 404);
        assertThat(assetRows(project)).isEqualTo(1);
        assertThat(api.send(api.request(path, null).DELETE()).status()).isEqualTo(401);
    }
}
