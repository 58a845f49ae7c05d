package video.zapcut.web.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;
import video.zapcut.web.projects.TestPngs;

/**
 * POST /v1/generate/video and the job endpoints without workers (the shared API test context runs
 * none), so accepted jobs stay queued: shapes, every refusal with its problem, and that a refused
 * request leaves no ad, no job and the quota untouched.
 */
class GenerateApiTest extends ProjectApiTest {

    record BadOrder(String name, Map<String, Object> changes, int status, String field) {
        @Override
        public String toString() { return name; }
    }

    static List<BadOrder> badOrders() {
        return List.of(
                new BadOrder("no project_id", Map.of("project_id", "__remove__"), 400, "project_id"),
                new BadOrder("duration 45", Map.of("duration_seconds", 45), 400, "duration_seconds"),
                new BadOrder("aspect 4:3", Map.of("aspect_ratio", "4:3"), 400, "aspect_ratio"),
                new BadOrder("duration as text", Map.of("duration_seconds", "thirty"), 400, "duration_seconds"),
                new BadOrder("six scenes", Map.of("scenes", List.of(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of())), 400, "scenes"),
                new BadOrder("brief over 5000", Map.of("brief", "x".repeat(5001)), 400, "brief"),
                new BadOrder("overlay text too long", Map.of("scenes", List.of(Map.of("overlay_text", "y".repeat(121)))), 400,
                        "scenes[0].overlay_text"),
                new BadOrder("durations for some scenes", Map.of("scenes", List.of(Map.of("duration_seconds", 6))), 400, "scenes"),
                new BadOrder("durations not adding up", Map.of("scenes", List.of(Map.of("duration_seconds", 6), Map.of("duration_seconds", 6),
                        Map.of("duration_seconds", 6), Map.of("duration_seconds", 6), Map.of("duration_seconds", 7))), 400, "scenes"),
                new BadOrder("unknown asset", Map.of("scenes", List.of(Map.of("media", List.of(Map.of("asset_id", UUID.randomUUID().toString()))))),
                        400, "scenes.media.asset_id"),
                new BadOrder("unknown bible", Map.of("reuse_creative_bible_id", UUID.randomUUID().toString()), 400, "reuse_creative_bible_id"),
                new BadOrder("someone else's project", Map.of("project_id", "__other__"), 404, null),
                new BadOrder("project id not a uuid", Map.of("project_id", "not-a-uuid"), 400, "project_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOrders")
    void aBadOrderIsRefusedAndLeavesNothing(BadOrder bad) {
        String token = newToken();
        UUID user = userIdOf(token);
        UUID project = projectWithPhoto(token, "refusals");
        Map<String, Object> body = new HashMap<>(goodOrder(project));
        bad.changes().forEach((k, v) -> {
            if ("__remove__".equals(v)) body.remove(k);
            else if ("__other__".equals(v)) body.put(k, createProject(newToken(), "not yours").toString());
            else body.put(k, v);
        });

        ApiClient.Response response = post("/v1/generate/video", body, token);

        assertProblem(response, bad.status());
        if (bad.field() != null) {
            // a wrong JSON type is a malformed request whose detail names the field; other faults list it in errors
            JsonNode p = response.json();
            assertThat(p.path("errors").isArray() ? p.path("errors").findValuesAsString("field").toString() : p.path("detail").asString())
                    .contains(bad.field());
        }
        assertThat(adsOf(user)).isZero();
        assertThat(videosRemaining(user)).isEqualTo(3);
    }

    @Test
    void malformedJsonIsAProblem() {
        String token = newToken();
        ApiClient.Response response = api.postJson("/v1/generate/video", "{\"project_id\": ", token);
        assertProblem(response, 400);
    }

    @Test
    void anAcceptedOrderIsQueuedWithItsAdAndSpendsOneVideo() {
        String token = newToken();
        UUID user = userIdOf(token);
        UUID project = createProject(token, "accepted");
        UUID asset = UUID.fromString(upload(project, token, TestPngs.png(64, 64), "p.png", "image/png", Map.of("type", "image"))
                .json().path("id").asString());
        Map<String, Object> order = new HashMap<>(goodOrder(project));
        order.put("scenes", List.of(
                Map.of("prompt", "the bottle on a counter", "media", List.of(Map.of("asset_id", asset.toString(), "role", "primary_product")),
                        "duration_seconds", 4.5, "overlay_text", "Mornings, sorted"),
                Map.of("duration_seconds", 6), Map.of("duration_seconds", 6), Map.of("duration_seconds", 6),
                Map.of("duration_seconds", 7.5)));

        ApiClient.Response response = post("/v1/generate/video", order, token);

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        String jobId = response.json().path("job_id").asString();
        String adId = response.json().path("ad_id").asString();
        assertThat(videosRemaining(user)).isEqualTo(2);
        Map<String, Object> ad = jdbc.sql("""
                SELECT status, target_duration_seconds, aspect_ratio, photos::text AS assets, scene_overrides::text AS edits,
                       quota_spent FROM generated_ads WHERE id = CAST(:id AS UUID)""").param("id", adId).query().singleRow();
        assertThat(ad).containsEntry("status", "queued").containsEntry("target_duration_seconds", 30)
                .containsEntry("aspect_ratio", "9:16").containsEntry("quota_spent", true);
        assertThat((String) ad.get("assets")).contains(asset.toString());
        assertThat((String) ad.get("edits")).contains("\"overlay_text\": \"Mornings, sorted\"").contains("\"duration_seconds\": 4.5");

        JsonNode job = api.get("/v1/generate/video/job/" + jobId, token).json();
        assertThat(job.path("status").asString()).isEqualTo("queued");
        assertThat(job.path("ad_id").asString()).isEqualTo(adId);
        assertThat(job.path("progress_percentage").asInt()).isZero();
        assertThat(job.path("stages_completed").isArray()).isTrue();
        assertThat(job.has("video_url")).isFalse();
        assertThat(job.path("created_at").asString()).isNotBlank();

        JsonNode adBody = api.get("/v1/ads/" + adId, token).json();
        assertThat(adBody.path("status").asString()).isEqualTo("queued");
        assertThat(adBody.path("job_id").asString()).isEqualTo(jobId);
        assertThat(adBody.has("video_url")).isFalse();
        assertProblem(api.get("/v1/ads/" + adId + "/video", token), 404);
    }

    @Test
    void cancellingAQueuedJobStopsItAtOnceAndGivesTheVideoBack() {
        String token = newToken();
        UUID user = userIdOf(token);
        String jobId = post("/v1/generate/video", goodOrder(projectWithPhoto(token, "cancel")), token).json().path("job_id").asString();
        assertThat(videosRemaining(user)).isEqualTo(2);

        ApiClient.Response cancel = api.send(api.request("/v1/generate/video/job/" + jobId + "/cancel", token)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertThat(cancel.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(videosRemaining(user)).isEqualTo(3);
        assertProblem(api.send(api.request("/v1/generate/video/job/" + jobId + "/retry", token)
                .POST(HttpRequest.BodyPublishers.noBody())), 409);
    }

    @Test
    void anExhaustedQuotaIsAClearProblem() {
        String token = newToken();
        UUID user = userIdOf(token);
        UUID project = projectWithPhoto(token, "quota");
        jdbc.sql("UPDATE users SET videos_remaining = 1 WHERE id = :u").param("u", user).update();

        assertThat(post("/v1/generate/video", goodOrder(project), token).status()).isEqualTo(202);
        ApiClient.Response second = post("/v1/generate/video", goodOrder(project), token);

        assertProblem(second, 402);
        assertThat(second.json().path("type").asString()).endsWith("/quota-exhausted");
        assertThat(second.json().path("detail").asString()).contains("no videos left");
        assertThat(adsOf(user)).isEqualTo(1);
    }

    @Test
    void aUserWithRepeatedCriticalViolationsMayNotGenerate() {
        String token = newToken();
        UUID user = userIdOf(token);
        UUID project = projectWithPhoto(token, "blocked");
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    INSERT INTO safety_violations (user_id, project_id, violation_category, severity, user_input)
                    VALUES (:u, :p, 'weapons', 'critical', 'redacted')""").param("u", user).param("p", project).update();
        }

        ApiClient.Response response = post("/v1/generate/video", goodOrder(project), token);

        assertProblem(response, 403);
        assertThat(response.json().path("type").asString()).endsWith("/generation-blocked");
        assertThat(adsOf(user)).isZero();
        assertThat(videosRemaining(user)).isEqualTo(3);
    }

    @Test
    void anotherUsersJobAndAdAreNotFoundOnEveryEndpoint() {
        String owner = newToken();
        JsonNode accepted = post("/v1/generate/video", goodOrder(projectWithPhoto(owner, "mine")), owner).json();
        String jobId = accepted.path("job_id").asString();
        String adId = accepted.path("ad_id").asString();
        UUID project = UUID.fromString(api.get("/v1/ads/" + adId, owner).json().path("project_id").asString());
        String stranger = newToken();

        assertProblem(api.get("/v1/generate/video/job/" + jobId, stranger), 404);
        assertProblem(api.get("/v1/generate/video/job/" + jobId + "/events", stranger), 404);
        assertProblem(api.send(api.request("/v1/generate/video/job/" + jobId + "/cancel", stranger).POST(HttpRequest.BodyPublishers.noBody())), 404);
        assertProblem(api.send(api.request("/v1/generate/video/job/" + jobId + "/retry", stranger).POST(HttpRequest.BodyPublishers.noBody())), 404);
        assertProblem(api.get("/v1/ads/" + adId, stranger), 404);
        assertProblem(api.get("/v1/ads/" + adId + "/video", stranger), 404);
        assertProblem(api.get("/v1/ads/" + adId + "/thumbnail", stranger), 404);
        assertProblem(api.get("/v1/ads/" + adId + "/keyframes/1", stranger), 404);
        assertProblem(api.get("/v1/projects/" + project + "/ads", stranger), 404);
        assertProblem(api.get("/v1/generate/video/job/not-a-uuid", stranger), 404);
        // and the owner still sees the job untouched
        assertThat(api.get("/v1/generate/video/job/" + jobId, owner).json().path("status").asString()).isEqualTo("queued");
    }

    @Test
    void everyGenerationEndpointNeedsAToken() {
        String id = UUID.randomUUID().toString();
        assertProblem(api.postJson("/v1/generate/video", "{}", null), 401);
        assertProblem(api.get("/v1/generate/video/job/" + id, null), 401);
        assertProblem(api.get("/v1/ads/" + id, null), 401);
        assertProblem(api.get("/v1/generate/video/job/" + id + "/events?access_token=forged", null), 401);
    }

    @Test
    void theOpenApiDocumentDescribesTheGenerationEndpointsAndTheBearerScheme() {
        JsonNode doc = api.get("/v1/openapi.json", null).json();
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.path("paths").propertyNames()).contains("/v1/generate/video", "/v1/generate/video/job/{jobId}",
                "/v1/generate/video/job/{jobId}/cancel", "/v1/ads/{adId}", "/v1/projects/{projectId}/ads", "/v1/ads/{adId}/video");
        assertThat(doc.path("components").path("securitySchemes").path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
        assertThat(api.get("/v1/swagger-ui.html", null).status()).isIn(200, 302);
    }

    private static Map<String, Object> goodOrder(UUID project) {
        return Map.of("project_id", project.toString(), "brief",
                "Luna Coffee is an organic cold brew for busy professionals who want calm mornings.",
                "duration_seconds", 30, "aspect_ratio", "9:16");
    }

    private long adsOf(UUID user) {
        return jdbc.sql("SELECT COUNT(*) FROM generated_ads WHERE user_id = :u").param("u", user).query(Long.class).single();
    }

    private int videosRemaining(UUID user) {
        return jdbc.sql("SELECT videos_remaining FROM users WHERE id = :u").param("u", user).query(Integer.class).single();
    }
}
