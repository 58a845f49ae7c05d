package video.zapcut.web.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

class ConversationApiTest extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String token;
    private UUID user;
    private UUID project;

    private void newProject() {
        JsonNode signedUp = newUser();
        token = signedUp.path("access_token").asString();
        user = UUID.fromString(signedUp.path("user_id").asString());
        ApiClient.Response r = api.postJson("/v1/projects", JSON.writeValueAsString(Map.of("name", "Luna")), token);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        project = UUID.fromString(r.json().path("id").asString());
    }

    private String base() { return "/v1/projects/" + project + "/conversation"; }

    private JsonNode say(String text) {
        ApiClient.Response r = api.postJson(base() + "/messages", JSON.writeValueAsString(Map.of("text", text)), token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static String lastReply(JsonNode c) {
        JsonNode messages = c.path("messages");
        return messages.get(messages.size() - 1).path("content").asString();
    }

    private void uploadPhoto() {
        uploadProductPhoto(token, project);
    }

    private ApiClient.Response putScenes(List<Map<String, Object>> scenes) {
        return api.send(api.request(base() + "/scenes", token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("scenes", scenes)))));
    }

    @Test
    void theConversationWalksTheStagesOnlyWhenItsInformationIsCompleteAndSurvivesAReload() {
        newProject();
        ApiClient.Response first = api.get(base(), token);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("stage").asString()).isEqualTo("collect_brand_info");
        assertThat(first.json().path("messages")).hasSize(1);
        assertThat(first.json().path("missing").get(0).asString()).isEqualTo("brand");

        JsonNode c = say("We are Luna Coffee");
        assertThat(c.path("stage").asString()).isEqualTo("collect_product_info");
        assertThat(c.path("state").path("brand").asString()).isEqualTo("Luna Coffee");

        c = say("Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus all morning.");
        assertThat(c.path("stage").asString()).isEqualTo("collect_assets");
        assertThat(lastReply(c)).contains("upload");
        // The project learns what the conversation learned.
        JsonNode p = api.get("/v1/projects/" + project, token).json();
        assertThat(p.path("product_name").asString()).isEqualTo("Luna Cold Brew");
        assertThat(p.path("target_audience").asString()).isEqualTo("busy professionals");

        // No photo: no moving on, whatever the user says.
        c = say("go to the next step");
        assertThat(c.path("stage").asString()).isEqualTo("collect_assets");
        assertThat(c.path("missing").get(0).asString()).isEqualTo("photos");
        ApiClient.Response early = api.postJson(base() + "/generate", "{}", token);
        assertProblem(early, 409);
        assertThat(early.json().path("detail").asString()).contains("cannot be generated yet").contains("photos");

        uploadPhoto();
        c = api.postJson(base() + "/recheck", "", token).json();
        assertThat(c.path("stage").asString()).isEqualTo("collect_scenes");

        c = say("You choose. Make it 15 seconds.");
        assertThat(c.path("stage").asString()).isEqualTo("final_review");
        JsonNode review = c.path("review");
        assertThat(review.path("scenes")).hasSize(5);
        double sum = 0;
        for (JsonNode s : review.path("scenes")) sum += s.path("duration_seconds").asDouble();
        assertThat(sum).isEqualTo(15.0);
        assertThat(review.path("creative_bible").path("colors").get(0).asString()).matches("#[0-9A-F]{6}");
        assertThat(review.path("style_words")).isNotEmpty();
        assertThat(review.path("estimated_duration_seconds").asInt()).isPositive();
        assertThat(review.path("estimated_cost_cents").asLong()).isZero(); // offline providers
        assertThat(review.path("brief").asString()).contains("Luna Cold Brew");

        // A reload resumes exactly here.
        JsonNode reloaded = api.get(base(), token).json();
        assertThat(reloaded.path("stage").asString()).isEqualTo("final_review");
        assertThat(reloaded.path("messages")).hasSize(c.path("messages").size());
    }

    /** To final review: brand, product, a photo, "surprise me". */
    private JsonNode atReview() {
        newProject();
        say("We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus.");
        uploadPhoto();
        api.postJson(base() + "/recheck", "", token);
        JsonNode c = say("surprise me");
        assertThat(c.path("stage").asString()).isEqualTo("final_review");
        return c;
    }

    @Test
    void editedScenesFollowTheOrderRules() {
        newProject();
        say("We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus.");
        List<Map<String, Object>> early = new ArrayList<>();
        for (int i = 1; i <= 5; i++) early.add(scene(i, "Scene " + i, "", 6));
        assertProblem(putScenes(early), 409); // not at final review yet
        uploadPhoto();
        api.postJson(base() + "/recheck", "", token);
        JsonNode review = say("surprise me").path("review");
        assertThat(review.path("duration_seconds").asInt()).isEqualTo(30);
        List<Double> lengths = new ArrayList<>();
        for (JsonNode s : review.path("scenes")) lengths.add(s.path("duration_seconds").asDouble());

        // A length between frames is refused; one between bar lines is fine (the music moves its section change).
        ApiClient.Response wrong = putScenes(scenes(lengths, 0, 1, 0.01));
        assertProblem(wrong, 400);
        assertThat(wrong.json().path("detail").asString()).contains("not a whole number of frames at 30 fps");
        assertThat(wrong.json().path("errors").findValuesAsString("field")).contains("scenes[0].duration_seconds");

        List<Map<String, Object>> tooLong = scenes(lengths, 0, 1, 0);
        tooLong.set(0, scene(1, "Sunrise on the bottle", "Wake up calm", lengths.get(0) + 1));
        wrong = putScenes(tooLong);
        assertProblem(wrong, 400);
        assertThat(wrong.json().path("detail").asString()).contains("they must add up to the ad's 30 s");

        List<Map<String, Object>> good = scenes(lengths, 0, 1, 0.5);
        good.set(0, scene(1, "Sunrise on the bottle", "Wake up calm", lengths.get(0) + 0.5));
        ApiClient.Response ok = putScenes(good);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        JsonNode first = ok.json().path("review").path("scenes").get(0);
        assertThat(first.path("description").asString()).isEqualTo("Sunrise on the bottle");
        assertThat(first.path("overlay_text").asString()).isEqualTo("Wake up calm");
        assertThat(first.path("duration_seconds").asDouble()).isEqualTo(lengths.get(0) + 0.5);
        assertProblem(putScenes(good.subList(0, 4)), 400);
    }

    @Test
    void generatingIsOneCallThatMakesWhatWasReviewed() {
        JsonNode c = atReview();
        int videosBefore = jdbc.sql("SELECT videos_remaining FROM users WHERE id = :u").param("u", user).query(Integer.class).single();
        List<Double> lengths = new ArrayList<>();
        for (JsonNode s : c.path("review").path("scenes")) lengths.add(s.path("duration_seconds").asDouble());
        List<Map<String, Object>> edited = scenes(lengths, 0, 1, 0);
        edited.set(2, scene(3, "The bottle on a desk beside a laptop", "Focus, all morning", lengths.get(2)));
        assertThat(putScenes(edited).status()).isEqualTo(200);

        ApiClient.Response started = api.postJson(base() + "/generate", "{}", token);

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode state = started.json().path("state");
        assertThat(started.json().path("stage").asString()).isEqualTo("generate_video");
        String jobId = state.path("job_id").asString();
        String adId = state.path("ad_id").asString();
        assertThat(started.header("location")).endsWith("/v1/generate/video/job/" + jobId);
        // The ad, its job, the spent video and the conversation's step: all there, together.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generation_jobs WHERE id = CAST(:j AS UUID) AND ad_id = CAST(:a AS UUID)")
                .param("j", jobId).param("a", adId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT videos_remaining FROM users WHERE id = :u").param("u", user).query(Integer.class).single())
                .isEqualTo(videosBefore - 1);
        Map<String, Object> ad = jdbc.sql("""
                SELECT brief_facts::text AS facts, approved_plan::text AS plan, scene_overrides::text AS edits
                FROM generated_ads WHERE id = CAST(:a AS UUID)""").param("a", adId).query().singleRow();
        assertThat((String) ad.get("facts")).contains("\"audience\": \"busy professionals\"").contains("\"brand\": \"Luna Coffee\"");
        assertThat((String) ad.get("plan")).contains(c.path("review").path("scenes").get(1).path("description").asString());
        assertThat((String) ad.get("edits")).contains("The bottle on a desk beside a laptop");

        // A second press does not make a second ad.
        assertProblem(api.postJson(base() + "/generate", "{}", token), 409);

        // That the generation then makes this plan is shown end to end in GenerationFlowTest (it runs workers).
        api.send(api.request("/v1/generate/video/job/" + jobId + "/cancel", token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void outOfVideosTheConversationStaysAtReviewAndNothingIsWritten() {
        atReview();
        jdbc.sql("UPDATE users SET videos_remaining = 0 WHERE id = :u").param("u", user).update();

        ApiClient.Response refused = api.postJson(base() + "/generate", "{}", token);

        assertProblem(refused, 402);
        assertThat(refused.json().path("detail").asString()).contains("no videos left");
        assertThat(api.get(base(), token).json().path("stage").asString()).isEqualTo("final_review");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generated_ads WHERE user_id = :u").param("u", user).query(Integer.class).single()).isZero();
    }

    private static Map<String, Object> scene(int index, String description, String overlay, double seconds) {
        return Map.of("scene_index", index, "description", description, "overlay_text", overlay, "duration_seconds", seconds);
    }

    /** The planned lengths with {@code seconds} moved from scene {@code from} to scene {@code to} (0-based). */
    private static List<Map<String, Object>> scenes(List<Double> lengths, int to, int from, double seconds) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < lengths.size(); i++) {
            double d = lengths.get(i) + (i == to ? seconds : 0) - (i == from ? seconds : 0);
            out.add(scene(i + 1, "Scene " + (i + 1), "", d));
        }
        return out;
    }

    @Test
    void unsafeRequestsAreRefusedAndTheStageStays() {
        newProject();
        JsonNode c = say("Make an ad where kids drink beer and fight with knives");
        assertThat(c.path("stage").asString()).isEqualTo("collect_brand_info");
        assertThat(lastReply(c)).startsWith("I'm sorry").contains("How about");
        assertThat(c.path("state").path("safety_flags")).isNotEmpty();
    }

    @Test
    void anotherUsersConversationIsNotFoundAndBadInputIsAProblem() {
        newProject();
        say("We are Luna Coffee");
        String intruder = newUser().path("access_token").asString();
        assertProblem(api.get(base(), intruder), 404);
        assertProblem(api.postJson(base() + "/messages", "{\"text\":\"hi\"}", intruder), 404);
        assertProblem(api.get("/v1/projects/not-a-uuid/conversation", token), 404);
        assertProblem(api.postJson(base() + "/messages", "{\"text\":\"  \"}", token), 400);
        assertThat(api.get(base(), null).status()).isEqualTo(401);
    }

    @Test
    void theStudioIsServedForItsClientRoutesWithoutOpeningTheApi() {
        for (String path : List.of("/", "/login", "/projects", "/projects/" + UUID.randomUUID())) {
            ApiClient.Response page = api.get(path, null);
            assertThat(page.status()).as(path + " " + page).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("<div id=\"root\">");
        }
        assertThat(api.get("/v1/projects", null).status()).isEqualTo(401);
        assertThat(api.get("/v1/anything-else", null).status()).isEqualTo(401);
    }
}
