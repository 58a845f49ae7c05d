package video.zapcut.web.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import video.zapcut.testing.ProductShots;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

class ConversationApiTest extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String token;
    private UUID project;

    private void newProject() {
        token = newUser().path("access_token").asString();
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
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(ProductShots.luna(480), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"luna.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png.toByteArray());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        ApiClient.Response r = api.send(api.request("/v1/projects/" + project + "/assets/upload", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
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
        assertProblem(api.postJson(base() + "/generation", JSON.writeValueAsString(Map.of("job_id", UUID.randomUUID(),
                "ad_id", UUID.randomUUID())), token), 409);

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
        assertThat(review.path("brief").asString()).contains("Luna Cold Brew");

        // A reload resumes exactly here.
        JsonNode reloaded = api.get(base(), token).json();
        assertThat(reloaded.path("stage").asString()).isEqualTo("final_review");
        assertThat(reloaded.path("messages")).hasSize(c.path("messages").size());
    }

    @Test
    void editedScenesMustAddUpToTheLength() {
        newProject();
        say("We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus.");
        List<Map<String, Object>> scenes = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            scenes.add(Map.of("scene_index", i, "description", "Scene " + i, "overlay_text", "", "duration_seconds", 6));
        }
        assertProblem(putScenes(scenes), 409); // not at final review yet
        uploadPhoto();
        api.postJson(base() + "/recheck", "", token);
        assertThat(say("surprise me").path("stage").asString()).isEqualTo("final_review");

        scenes.set(0, Map.of("scene_index", 1, "description", "Sunrise on the bottle", "overlay_text", "Wake up calm", "duration_seconds", 8));
        ApiClient.Response wrong = putScenes(scenes);
        assertProblem(wrong, 400);
        assertThat(wrong.json().path("detail").asString()).contains("32").contains("30");

        scenes.set(1, Map.of("scene_index", 2, "description", "Scene 2", "overlay_text", "", "duration_seconds", 4));
        ApiClient.Response ok = putScenes(scenes);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        JsonNode first = ok.json().path("review").path("scenes").get(0);
        assertThat(first.path("description").asString()).isEqualTo("Sunrise on the bottle");
        assertThat(first.path("overlay_text").asString()).isEqualTo("Wake up calm");
        assertThat(first.path("duration_seconds").asDouble()).isEqualTo(8.0);
        assertProblem(putScenes(scenes.subList(0, 4)), 400);
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
