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
        assertThat(review.path("estimated_cost_cents").asLong()).isZero(); // offline providers
        assertThat(review.path("brief").asString()).contains("Luna Cold Brew");

        // A reload resumes exactly here.
        JsonNode reloaded = api.get(base(), token).json();
        assertThat(reloaded.path("stage").asString()).isEqualTo("final_review");
        assertThat(reloaded.path("messages")).hasSize(c.path("messages").size());
    }

    @Test
    void editedScenesAreWholeBarsAddingUpToTheLength() {
        newProject();
        say("We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus.");
        List<Map<String, Object>> early = new ArrayList<>();
        for (int i = 1; i <= 5; i++) early.add(scene(i, "Scene " + i, "", 6));
        assertProblem(putScenes(early), 409); // not at final review yet
        uploadPhoto();
        api.postJson(base() + "/recheck", "", token);
        JsonNode review = say("surprise me").path("review");
        assertThat(review.path("duration_seconds").asInt()).isEqualTo(30);
        double bar = review.path("bar_seconds").asDouble();
        List<Double> lengths = new ArrayList<>();
        for (JsonNode s : review.path("scenes")) lengths.add(s.path("duration_seconds").asDouble());
        int from = lengths.get(1) >= 2 * bar - 1e-9 ? 1 : 2; // a scene with a bar to give
        assertThat(lengths.get(from)).isGreaterThanOrEqualTo(2 * bar - 1e-9);

        // Half a bar moved: the total is right, but a cut would fall between bar lines.
        List<Map<String, Object>> offBeat = scenes(lengths, 0, from, bar / 2);
        ApiClient.Response wrong = putScenes(offBeat);
        assertProblem(wrong, 400);
        assertThat(wrong.json().path("detail").asString()).contains("bars");

        List<Map<String, Object>> tooLong = scenes(lengths, 0, from, 0);
        tooLong.set(0, scene(1, "Sunrise on the bottle", "Wake up calm", lengths.get(0) + bar));
        wrong = putScenes(tooLong);
        assertProblem(wrong, 400);
        assertThat(wrong.json().path("detail").asString()).contains("must add up to 30 s");

        List<Map<String, Object>> good = scenes(lengths, 0, from, bar);
        good.set(0, scene(1, "Sunrise on the bottle", "Wake up calm", lengths.get(0) + bar));
        ApiClient.Response ok = putScenes(good);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        JsonNode first = ok.json().path("review").path("scenes").get(0);
        assertThat(first.path("description").asString()).isEqualTo("Sunrise on the bottle");
        assertThat(first.path("overlay_text").asString()).isEqualTo("Wake up calm");
        assertThat(first.path("duration_seconds").asDouble()).isEqualTo(lengths.get(0) + bar);
        assertProblem(putScenes(good.subList(0, 4)), 400);
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
