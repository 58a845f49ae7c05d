package video.zapcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.projects.ProjectApiTest;
import video.zapcut.web.projects.TestPngs;

/**
 * Nothing a client sends can attach another user's rows to its own: every id taken from a request
 * body (or a form field) is checked to be the caller's, in the right project, before anything is
 * written. Each refusal is shown next to a control in which the same row, in its right place, is
 * accepted, so the refusal is about whose row it is and not about its shape.
 */
class ForeignIdsTest extends ProjectApiTest {

    private static Map<String, Object> order(UUID project) {
        return new HashMap<>(Map.of("project_id", project.toString(), "brief",
                "Luna Coffee is an organic cold brew for busy professionals who want calm mornings.",
                "duration_seconds", 30, "aspect_ratio", "9:16"));
    }

    private static Map<String, Object> naming(Map<String, Object> order, UUID asset) {
        order.put("scenes", List.of(Map.of("media", List.of(Map.of("asset_id", asset.toString())))));
        return order;
    }

    private UUID uploadImage(String token, UUID project) {
        ApiClient.Response r = upload(project, token, productPhoto(), "luna.png", "image/png", Map.of("type", "image"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return UUID.fromString(r.json().path("id").asString());
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private long adsOf(UUID user) { return count("SELECT COUNT(*) FROM generated_ads WHERE user_id = :id", user); }

    private int videosRemaining(UUID user) {
        return jdbc.sql("SELECT videos_remaining FROM users WHERE id = :id").param("id", user).query(Integer.class).single();
    }

    private void assertRefusedAndNothingWritten(Map<String, Object> order, String token, UUID user, int status, String field) {
        ApiClient.Response response = post("/v1/generate/video", order, token);
        assertProblem(response, status);
        if (field != null) assertThat(response.json().path("errors").findValuesAsString("field")).contains(field);
        assertThat(adsOf(user)).isZero();
        assertThat(videosRemaining(user)).isEqualTo(3);
    }

    // --- POST /v1/generate/video -------------------------------------------------------------

    @Test
    void anOrderForAnotherUsersProjectIsNotFound() {
        String stranger = newToken();
        UUID strangersProject = projectWithPhoto(stranger, "not yours");
        String token = newToken();

        assertRefusedAndNothingWritten(order(strangersProject), token, userIdOf(token), 404, null);
        assertThat(count("SELECT COUNT(*) FROM generated_ads WHERE project_id = :id", strangersProject)).isZero();
        assertThat(post("/v1/generate/video", order(strangersProject), stranger).status()).isEqualTo(202);
    }

    @Test
    void anotherUsersPhotoCannotBeNamedInAScene() {
        String stranger = newToken();
        UUID strangersProject = createProject(stranger, "theirs");
        UUID strangersPhoto = uploadImage(stranger, strangersProject);
        String token = newToken();
        UUID mine = createProject(token, "mine");

        assertRefusedAndNothingWritten(naming(order(mine), strangersPhoto), token, userIdOf(token), 400, "scenes.media.asset_id");
        ApiClient.Response control = post("/v1/generate/video", naming(order(strangersProject), strangersPhoto), stranger);
        assertThat(control.status()).as(control.toString()).isEqualTo(202);
    }

    @Test
    void aPhotoOfTheUsersOtherProjectCannotBeNamedEither() {
        String token = newToken();
        UUID other = createProject(token, "other");
        UUID photo = uploadImage(token, other);
        UUID mine = createProject(token, "mine");

        assertRefusedAndNothingWritten(naming(order(mine), photo), token, userIdOf(token), 400, "scenes.media.asset_id");
    }

    @Test
    void anotherUsersCreativeBibleCannotBeReused() {
        String stranger = newToken();
        UUID strangersProject = projectWithPhoto(stranger, "theirs");
        // A bible that could be reused (it has its four reference images), in the stranger's project.
        UUID bible = jdbc.sql("""
                INSERT INTO creative_bibles (project_id, name, creative_bible, reference_image_urls)
                VALUES (:p, 'theirs', '{}'::JSONB,
                        '{"hero": "blob:x/1.png", "detail": "blob:x/2.png", "lifestyle": "blob:x/3.png", "alt": "blob:x/4.png"}'::JSONB)
                RETURNING id""").param("p", strangersProject).query(UUID.class).single();
        String token = newToken();
        Map<String, Object> order = order(projectWithPhoto(token, "mine"));
        order.put("reuse_creative_bible_id", bible.toString());

        assertRefusedAndNothingWritten(order, token, userIdOf(token), 400, "reuse_creative_bible_id");
        Map<String, Object> control = order(strangersProject);
        control.put("reuse_creative_bible_id", bible.toString());
        ApiClient.Response accepted = post("/v1/generate/video", control, stranger);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    }

    @Test
    void idsTheOrderDoesNotDefineAreIgnored() {
        String stranger = newToken();
        UUID strangerId = userIdOf(stranger);
        String token = newToken();
        UUID me = userIdOf(token);
        Map<String, Object> order = order(projectWithPhoto(token, "mine"));
        order.put("user_id", strangerId.toString());
        order.put("ad_id", UUID.randomUUID().toString());

        ApiClient.Response response = post("/v1/generate/video", order, token);

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(jdbc.sql("SELECT user_id FROM generated_ads WHERE id = CAST(:id AS UUID)")
                .param("id", response.json().path("ad_id").asString()).query(UUID.class).single()).isEqualTo(me);
        assertThat(response.json().path("ad_id").asString()).isNotEqualTo(order.get("ad_id"));
        assertThat(adsOf(strangerId)).isZero();
        assertThat(videosRemaining(strangerId)).isEqualTo(3);
    }

    // --- projects and assets -----------------------------------------------------------------

    @Test
    void aProjectCannotBeCreatedOrMovedIntoAnotherUsersAccount() {
        String stranger = newToken();
        UUID strangerId = userIdOf(stranger);
        String token = newToken();
        UUID me = userIdOf(token);
        UUID strangersProject = createProject(stranger, "theirs");

        ApiClient.Response created = post("/v1/projects", Map.of("name", "mine", "user_id", strangerId.toString(),
                "id", strangersProject.toString()), token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID mine = UUID.fromString(created.json().path("id").asString());
        assertThat(mine).isNotEqualTo(strangersProject);
        ApiClient.Response patched = patch("/v1/projects/" + mine, Map.of("user_id", strangerId.toString()), token);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

        assertThat(count("SELECT COUNT(*) FROM projects WHERE user_id = :id", strangerId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT user_id FROM projects WHERE id = :id").param("id", mine).query(UUID.class).single()).isEqualTo(me);
        assertThat(jdbc.sql("SELECT name FROM projects WHERE id = :id").param("id", strangersProject).query(String.class).single())
                .isEqualTo("theirs");
    }

    @Test
    void anUploadGoesToTheProjectOfTheUrlWhateverTheFormSays() {
        String stranger = newToken();
        UUID strangersProject = createProject(stranger, "theirs");
        String token = newToken();
        UUID mine = createProject(token, "mine");

        ApiClient.Response r = upload(mine, token, TestPngs.png(32, 32), "p.png", "image/png",
                Map.of("type", "image", "project_id", strangersProject.toString()));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(assetRows(mine)).isEqualTo(1);
        assertThat(assetRows(strangersProject)).isZero();
        assertThat(blobFiles(strangersProject)).isZero();
    }

    @Test
    void anotherUsersAssetCannotBeReadOrDeletedThroughTheUsersOwnProject() {
        String stranger = newToken();
        UUID strangersProject = createProject(stranger, "theirs");
        UUID strangersPhoto = uploadImage(stranger, strangersProject);
        String token = newToken();
        UUID mine = createProject(token, "mine");
        String path = "/v1/projects/" + mine + "/assets/" + strangersPhoto;

        assertProblem(api.get(path + "/content", token), 404);
        assertProblem(delete(path, token), 404);

        assertThat(assetRows(strangersProject)).isEqualTo(1);
        assertThat(api.get("/v1/projects/" + strangersProject + "/assets/" + strangersPhoto + "/content", stranger).status())
                .isEqualTo(200);
    }

    // --- POST /v1/projects/{id}/conversation/generate ---------------------------------------

    private record Generation(UUID jobId, UUID adId) {}

    private Generation generate(String token, UUID project) {
        ApiClient.Response r = post("/v1/generate/video", order(project), token);
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        return new Generation(UUID.fromString(r.json().path("job_id").asString()), UUID.fromString(r.json().path("ad_id").asString()));
    }

    private void say(String token, UUID project, String text) {
        ApiClient.Response r = post("/v1/projects/" + project + "/conversation/messages", Map.of("text", text), token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** A project whose conversation has reached final review, where the studio starts a generation. */
    private UUID projectAtFinalReview(String token) {
        UUID project = createProject(token, "Luna");
        say(token, project, "We are Luna Coffee");
        say(token, project, "Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus all morning.");
        uploadImage(token, project);
        post("/v1/projects/" + project + "/conversation/recheck", Map.of(), token);
        say(token, project, "You choose. Make it 15 seconds.");
        JsonNode c = api.get("/v1/projects/" + project + "/conversation", token).json();
        assertThat(c.path("stage").asString()).isEqualTo("final_review");
        return project;
    }

    private Map<String, Object> conversationRow(UUID project) {
        return jdbc.sql("""
                SELECT c.stage, c.state->>'job_id' AS job_id, c.state->>'ad_id' AS ad_id,
                       (SELECT COUNT(*) FROM conversation_messages m WHERE m.conversation_id = c.id) AS messages
                FROM conversations c WHERE c.project_id = :id""").param("id", project).query().singleRow();
    }

    /**
     * The studio's generate takes no ids: the order, its ad and its job are made by the server, so ids a
     * client adds (another user's job and ad) are ignored and nothing of theirs is touched.
     */
    @Test
    void theStudioGeneratesItsOwnNewAdWhateverIdsAreSent() {
        String stranger = newToken();
        Generation strangers = generate(stranger, projectWithPhoto(stranger, "theirs"));
        String token = newToken();
        UUID project = projectAtFinalReview(token);

        ApiClient.Response started = post("/v1/projects/" + project + "/conversation/generate",
                Map.of("job_id", strangers.jobId().toString(), "ad_id", strangers.adId().toString()), token);

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Map<String, Object> row = conversationRow(project);
        assertThat(row).containsEntry("stage", "generate_video");
        assertThat(row.get("job_id")).isNotEqualTo(strangers.jobId().toString());
        assertThat(row.get("ad_id")).isNotEqualTo(strangers.adId().toString());
        assertThat(jdbc.sql("SELECT user_id FROM generated_ads WHERE id = CAST(:a AS UUID) AND project_id = :p")
                .param("a", row.get("ad_id")).param("p", project).query(UUID.class).single()).isEqualTo(userIdOf(token));
        assertThat(jdbc.sql("SELECT user_id FROM generated_ads WHERE id = :a").param("a", strangers.adId()).query(UUID.class).single())
                .isEqualTo(userIdOf(stranger));
        assertThat(count("SELECT COUNT(*) FROM generation_jobs WHERE id = :id AND status = 'queued'", strangers.jobId())).isEqualTo(1);
    }

    @Test
    void anotherUsersConversationCannotGenerate() {
        String owner = newToken();
        UUID project = projectAtFinalReview(owner);
        Map<String, Object> before = conversationRow(project);

        ApiClient.Response refused = post("/v1/projects/" + project + "/conversation/generate", Map.of(), newToken());

        assertProblem(refused, 404);
        assertThat(conversationRow(project)).isEqualTo(before);
        assertThat(adsOf(userIdOf(owner))).isZero();
    }
}
