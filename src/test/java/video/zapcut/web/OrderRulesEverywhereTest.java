package video.zapcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import video.zapcut.testing.CliRun;
import video.zapcut.testing.ProductShots;
import video.zapcut.web.projects.ProjectApiTest;

/**
 * One rulebook: the same broken rule gets the same words from the command line (exit 2), the API
 * (400, the field named) and the studio, at and beyond each limit, and a refused order writes nothing.
 */
class OrderRulesEverywhereTest extends ProjectApiTest {
    @TempDir
    static Path dir;
    static Path photo;

    @BeforeAll
    static void photo() throws Exception {
        photo = ProductShots.writePng(ProductShots.luna(300), dir.resolve("p.png"));
    }

    static final String BRIEF = "Luna Cold Brew: calm energy for busy professionals. Shop now.";

    private String cliMessage(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        return run.err();
    }

    private JsonNode apiProblem(Map<String, Object> order, String token, String field) {
        ApiClient.Response r = post("/v1/generate/video", order, token);
        assertProblem(r, 400);
        assertThat(r.json().path("errors").findValuesAsString("field")).contains(field);
        return r.json();
    }

    private Map<String, Object> order(UUID project) {
        Map<String, Object> o = new HashMap<>();
        o.put("project_id", project.toString());
        o.put("brief", BRIEF);
        o.put("duration_seconds", 15);
        return o;
    }

    @Test
    void durationsAspectsAndBriefsReadTheSameOnTheCommandLineAndTheApi() {
        String token = newToken();
        UUID project = projectWithPhoto(token, "rules");
        Map<String, Object> o = order(project);

        o.put("duration_seconds", 45);
        String api = apiProblem(o, token, "duration_seconds").path("detail").asString();
        assertThat(api).isEqualTo("duration must be 15, 30 or 60 seconds, not 45");
        assertThat(cliMessage("generate", "--brief", BRIEF, "--image", photo.toString(), "--duration", "45")).contains(api);

        o = order(project);
        o.put("aspect_ratio", "4:3");
        api = apiProblem(o, token, "aspect_ratio").path("detail").asString();
        assertThat(api).isEqualTo("aspect must be 16:9, 9:16 or 1:1, not '4:3'");
        assertThat(cliMessage("generate", "--brief", BRIEF, "--image", photo.toString(), "--aspect", "4:3")).contains(api);

        o = order(project);
        o.put("brief", "x".repeat(5001));
        api = apiProblem(o, token, "brief").path("detail").asString();
        assertThat(api).isEqualTo("the brief is 5001 characters long; the limit is 5000");
        assertThat(cliMessage("generate", "--brief", "x".repeat(5001), "--image", photo.toString())).contains(api);

        o = order(project);
        o.put("creative_direction", "y".repeat(2001));
        api = apiProblem(o, token, "creative_direction").path("detail").asString();
        assertThat(cliMessage("generate", "--brief", BRIEF, "--image", photo.toString(), "--direction", "y".repeat(2001)))
                .contains(api);

        // At the limits: accepted.
        o = order(project);
        o.put("brief", "Luna Cold Brew. " + "z".repeat(5000 - 16));
        o.put("creative_direction", "w".repeat(2000));
        assertThat(post("/v1/generate/video", o, token).status()).isEqualTo(202);
    }

    @Test
    void oneToTenPhotosOnEveryPath() {
        String token = newToken();
        UUID empty = createProject(token, "no photos");
        String api = apiProblem(order(empty), token, "photos").path("detail").asString();
        assertThat(api).isEqualTo("an ad needs at least one product photo");
        assertThat(cliMessage("generate", "--brief", BRIEF)).contains(api);

        UUID many = createProject(token, "eleven photos");
        List<Map<String, Object>> media = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String id = upload(many, token, productPhoto(), "p" + i + ".png", "image/png", Map.of("type", "image")).json()
                    .path("id").asString();
            media.add(Map.of("asset_id", id));
        }
        Map<String, Object> o = order(many);
        o.put("scenes", List.of(Map.of("media", media)));
        api = apiProblem(o, token, "photos").path("detail").asString();
        assertThat(api).isEqualTo("at most 10 product photos per ad, not 11");
        List<String> eleven = new ArrayList<>(List.of("generate", "--brief", BRIEF));
        for (int i = 0; i < 11; i++) eleven.addAll(List.of("--image", photo.toString()));
        assertThat(cliMessage(eleven.toArray(String[]::new))).contains(api);
        // Without naming them, the project's eleven uploads are refused the same way, never cut to ten.
        assertThat(apiProblem(order(many), token, "photos").path("detail").asString()).isEqualTo(api);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generated_ads WHERE project_id IN (:p)").param("p", List.of(empty, many))
                .query(Integer.class).single()).isZero();

        o.put("scenes", List.of(Map.of("media", media.subList(0, 10))));
        assertThat(post("/v1/generate/video", o, token).status()).isEqualTo(202);
    }

    @Test
    void sceneEditsReadTheSameInTheApiAndTheStudio() {
        String token = newToken();
        UUID project = projectWithPhoto(token, "edits");
        String conversation = "/v1/projects/" + project + "/conversation";
        post(conversation + "/messages", Map.of("text",
                "We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus."), token);
        post(conversation + "/recheck", Map.of(), token);
        JsonNode review = post(conversation + "/messages", Map.of("text", "surprise me, 15 seconds"), token).json();
        assertThat(review.path("stage").asString()).isEqualTo("final_review");

        List<Map<String, Object>> sums16 = new ArrayList<>();
        for (int i = 1; i <= 5; i++) sums16.add(Map.of("duration_seconds", i == 1 ? 4.0 : 3.0));
        Map<String, Object> o = order(project);
        o.put("scenes", sums16);
        String api = apiProblem(o, token, "scenes").path("detail").asString();
        assertThat(api).isEqualTo("scene durations add up to 16 s; they must add up to the ad's 15 s");
        List<Map<String, Object>> studio = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            studio.add(Map.of("scene_index", i, "description", "Scene " + i, "overlay_text", "", "duration_seconds", i == 1 ? 4.0 : 3.0));
        }
        ApiClient.Response r = put(conversation + "/scenes", Map.of("scenes", studio), token);
        assertProblem(r, 400);
        assertThat(r.json().path("detail").asString()).isEqualTo(api);

        o.put("scenes", List.of(Map.of("overlay_text", "t".repeat(121))));
        api = apiProblem(o, token, "scenes[0].overlay_text").path("detail").asString();
        studio.set(0, Map.of("scene_index", 1, "description", "Scene 1", "overlay_text", "t".repeat(121), "duration_seconds", 3.0));
        studio.set(1, Map.of("scene_index", 2, "description", "Scene 2", "overlay_text", "", "duration_seconds", 3.0));
        r = put(conversation + "/scenes", Map.of("scenes", studio), token);
        assertProblem(r, 400);
        assertThat(r.json().path("detail").asString()).isEqualTo(api);

        studio.set(0, Map.of("scene_index", 1, "description", "Scene 1", "overlay_text", "t".repeat(120), "duration_seconds", 3.0));
        assertThat(put(conversation + "/scenes", Map.of("scenes", studio), token).status()).isEqualTo(200);
    }

    private ApiClient.Response put(String path, Object body, String token) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }
}
