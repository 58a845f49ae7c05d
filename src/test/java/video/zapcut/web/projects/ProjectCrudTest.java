package video.zapcut.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.ApiClient;

class ProjectCrudTest extends ProjectApiTest {
    private static final Map<String, String> LUNA = Map.of(
            "name", "Luna Coffee",
            "description", "Organic cold brew concentrate ads",
            "product_name", "Luna Coffee Cold Brew",
            "product_description", "Smooth, organic cold brew concentrate",
            "target_audience", "25-40 year olds, health-conscious professionals",
            "brand_benefit", "Calm energy, morning ritual");

    @Test
    void createAnswersTheSummaryAndStoresEveryField() {
        String token = newToken();
        ApiClient.Response response = post("/v1/projects", LUNA, token);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "name", "description", "created_at");
        UUID id = UUID.fromString(body.path("id").asString());
        assertThat(response.header("Location")).isEqualTo("/v1/projects/" + id);
        assertThat(body.path("name").asString()).isEqualTo("Luna Coffee");
        assertThat(OffsetDateTime.parse(body.path("created_at").asString())).isAfter(OffsetDateTime.now().minusMinutes(5));

        Map<String, Object> row = jdbc.sql("SELECT * FROM projects WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row.get("user_id")).isEqualTo(userIdOf(token));
        assertThat(row.get("product_name")).isEqualTo("Luna Coffee Cold Brew");
        assertThat(row.get("product_description")).isEqualTo("Smooth, organic cold brew concentrate");
        assertThat(row.get("target_audience")).isEqualTo("25-40 year olds, health-conscious professionals");
        assertThat(row.get("brand_benefit")).isEqualTo("Calm energy, morning ritual");
    }

    @Test
    void onlyTheNameIsRequired() {
        ApiClient.Response response = post("/v1/projects", Map.of("name", "Bare"), newToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("description").isNull()).isTrue();
    }

    @ParameterizedTest(name = "name = \"{0}\"")
    @ValueSource(strings = {"", "   ", "201"})
    void aMissingBlankOrTooLongNameIsRefused(String name) {
        String token = newToken();
        String sent = name.equals("201") ? "n".repeat(201) : name;
        ApiClient.Response response = post("/v1/projects", Map.of("name", sent), token);

        assertProblem(response, 400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects WHERE user_id = :u").param("u", userIdOf(token))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBodyWithoutNameIsRefused() {
        ApiClient.Response response = post("/v1/projects", Map.of("description", "no name"), newToken());

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).contains("name is required");
    }

    @Test
    void listPagesTheUsersProjectsNewestFirstWithTheirAdCounts() {
        String token = newToken();
        UUID first = createProject(token, "first");
        UUID second = createProject(token, "second");
        UUID third = createProject(token, "third");
        addAd(first, userIdOf(token));
        addAd(first, userIdOf(token));

        JsonNode page1 = api.get("/v1/projects?limit=2&offset=0", token).json();
        assertThat(page1.path("total").asLong()).isEqualTo(3);
        assertThat(page1.path("limit").asInt()).isEqualTo(2);
        assertThat(page1.path("offset").asInt()).isZero();
        assertThat(ids(page1)).containsExactly(third, second);
        assertThat(page1.path("projects").get(0).propertyNames()).containsExactlyInAnyOrder(
                "id", "name", "description", "created_at", "total_ads", "last_generated_at");
        assertThat(page1.path("projects").get(0).path("total_ads").asLong()).isZero();
        assertThat(page1.path("projects").get(0).path("last_generated_at").isNull()).isTrue();

        JsonNode page2 = api.get("/v1/projects?limit=2&offset=2", token).json();
        assertThat(ids(page2)).containsExactly(first);
        assertThat(page2.path("projects").get(0).path("total_ads").asLong()).isEqualTo(2);
        assertThat(page2.path("projects").get(0).path("last_generated_at").asString()).isNotBlank();
    }

    @Test
    void listDefaultsToTwentyFromTheStart() {
        JsonNode body = api.get("/v1/projects", newToken()).json();

        assertThat(body.path("limit").asInt()).isEqualTo(20);
        assertThat(body.path("offset").asInt()).isZero();
        assertThat(body.path("total").asLong()).isZero();
        assertThat(body.path("projects")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=0", "limit=101", "limit=-5", "offset=-1", "limit=many"})
    void anOutOfRangePageIsRefused(String query) {
        assertProblem(api.get("/v1/projects?" + query, newToken()), 400);
    }

    @Test
    void detailShowsAssetsBiblesAndAdCount() {
        String token = newToken();
        UUID id = UUID.fromString(post("/v1/projects", LUNA, token).json().path("id").asString());
        UUID bible = jdbc.sql("INSERT INTO creative_bibles (project_id, name, creative_bible) VALUES (:p, 'minimal_v1', '{}') RETURNING id")
                .param("p", id).query(UUID.class).single();
        addAd(id, userIdOf(token));
        assertThat(upload(id, token, TestPngs.png(64, 48), "hero.png", "image/png",
                Map.of("type", "image", "label", "hero_product", "role", "primary_product")).status()).isEqualTo(201);

        ApiClient.Response response = api.get("/v1/projects/" + id, token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "name", "description", "product_name",
                "product_description", "target_audience", "brand_benefit", "assets", "creative_bibles", "total_ads");
        assertThat(body.path("brand_benefit").asString()).isEqualTo("Calm energy, morning ritual");
        assertThat(body.path("total_ads").asLong()).isEqualTo(1);
        JsonNode asset = body.path("assets").get(0);
        assertThat(asset.propertyNames()).containsExactlyInAnyOrder("id", "type", "url", "label", "role", "width", "height", "mime_type");
        assertThat(asset.path("label").asString()).isEqualTo("hero_product");
        assertThat(asset.path("role").asString()).isEqualTo("primary_product");
        assertThat(asset.path("width").asInt()).isEqualTo(64);
        assertThat(body.path("creative_bibles").get(0).path("id").asString()).isEqualTo(bible.toString());
        assertThat(body.path("creative_bibles").get(0).path("name").asString()).isEqualTo("minimal_v1");
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        String token = newToken();
        UUID id = UUID.fromString(post("/v1/projects", LUNA, token).json().path("id").asString());
        Map<String, Object> changes = new HashMap<>();
        changes.put("description", "Now with oat milk");
        changes.put("target_audience", null);

        ApiClient.Response response = patch("/v1/projects/" + id, changes, token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("description").asString()).isEqualTo("Now with oat milk");
        assertThat(response.json().path("name").asString()).isEqualTo("Luna Coffee");
        assertThat(response.json().path("assets").isArray()).isTrue();
        Map<String, Object> row = jdbc.sql("SELECT * FROM projects WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row.get("description")).isEqualTo("Now with oat milk");
        assertThat(row.get("name")).isEqualTo("Luna Coffee");
        assertThat(row.get("target_audience")).isEqualTo("25-40 year olds, health-conscious professionals");
    }

    @Test
    void patchRefusesABlankName() {
        String token = newToken();
        UUID id = createProject(token, "keep me");

        assertProblem(patch("/v1/projects/" + id, Map.of("name", "  "), token), 400);
        assertThat(jdbc.sql("SELECT name FROM projects WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("keep me");
    }

    @Test
    void deleteRemovesTheProjectItsRowsAndItsFiles() {
        String token = newToken();
        UUID id = createProject(token, "doomed");
        jdbc.sql("INSERT INTO creative_bibles (project_id, name, creative_bible) VALUES (:p, 'b', '{}')").param("p", id).update();
        UUID bible = jdbc.sql("SELECT id FROM creative_bibles WHERE project_id = :p").param("p", id).query(UUID.class).single();
        UUID ad = addAd(id, userIdOf(token));
        // The ad points at the bible with ON DELETE RESTRICT: the delete must still succeed.
        jdbc.sql("UPDATE generated_ads SET creative_bible_id = :b WHERE id = :a").param("b", bible).param("a", ad).update();
        assertThat(upload(id, token, TestPngs.png(32, 32), "a.png", "image/png", Map.of()).status()).isEqualTo(201);
        blobs.put("ads/" + ad + "/final.mp4", new byte[] {1, 2, 3});
        assertThat(blobFiles(id)).isEqualTo(1);

        ApiClient.Response response = delete("/v1/projects/" + id, token);

        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        for (String table : List.of("projects WHERE id", "assets WHERE project_id", "creative_bibles WHERE project_id",
                "generated_ads WHERE project_id")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " = :p").param("p", id).query(Long.class).single())
                    .as(table).isZero();
        }
        assertThat(blobFiles(id)).isZero();
        assertThat(blobs.exists("ads/" + ad + "/final.mp4")).isFalse();
        assertProblem(api.get("/v1/projects/" + id, token), 404);
        assertProblem(delete("/v1/projects/" + id, token), 404);
    }

    @Test
    void everyEndpointNeedsAToken() {
        UUID id = createProject(newToken(), "private");
        assertProblem(api.get("/v1/projects", null), 401);
        assertProblem(api.get("/v1/projects/" + id, null), 401);
        assertProblem(post("/v1/projects", Map.of("name", "x"), null), 401);
        assertProblem(patch("/v1/projects/" + id, Map.of("name", "x"), null), 401);
        assertProblem(delete("/v1/projects/" + id, null), 401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects WHERE id = :id").param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    private UUID addAd(UUID projectId, UUID userId) {
        return jdbc.sql("""
                INSERT INTO generated_ads (project_id, user_id, brief, target_duration_seconds, seed, aspect_ratio)
                VALUES (:p, :u, 'a calm coffee ad', 30, 1, '16:9') RETURNING id""")
                .param("p", projectId).param("u", userId).query(UUID.class).single();
    }

    private static List<UUID> ids(JsonNode page) {
        return page.path("projects").valueStream().map(p -> UUID.fromString(p.path("id").asString())).toList();
    }
}
