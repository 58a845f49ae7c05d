package video.zapcut.web.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/** The brief beside the chat (PATCH /brief), the step labels (POST /stage) and long pastes, over HTTP. */
class BriefApiTest extends ApiTest {
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

    private ApiClient.Response send(String text) {
        return api.postJson(base() + "/messages", JSON.writeValueAsString(Map.of("text", text)), token);
    }

    private JsonNode say(String text) {
        ApiClient.Response r = send(text);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private ApiClient.Response patch(Object body) {
        return api.send(api.request(base() + "/brief", token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private static String lastReply(JsonNode c) {
        JsonNode messages = c.path("messages");
        return messages.get(messages.size() - 1).path("content").asString();
    }

    private String storedState() {
        return jdbc.sql("SELECT state::text FROM conversations WHERE project_id = :p").param("p", project).query(String.class).single();
    }

    private void uploadPhoto() {
        uploadProductPhoto(token, project);
        api.postJson(base() + "/recheck", "", token);
    }

    @Test
    void fieldsEditedInPlaceChangeTheOneStateTheChatSeesAndMoveTheConversationOn() {
        newProject();
        say("We are Luna Coffee");
        ApiClient.Response r = patch(Map.of("product", "Luna Cold Brew", "audience", "busy professionals", "duration_seconds", 15,
                "aspect_ratio", "9:16", "music_mood", "mellow lo-fi"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode c = r.json();
        assertThat(c.path("state").path("product").asString()).isEqualTo("Luna Cold Brew");
        assertThat(c.path("state").path("duration_seconds").asInt()).isEqualTo(15);
        assertThat(c.path("state").path("music_mood").asString()).isEqualTo("mellow lo-fi");
        assertThat(c.path("stage").asString()).isEqualTo("collect_product_info");
        assertThat(lastReply(c)).startsWith("Updated the brief:").contains("Luna Cold Brew").contains("15 s");

        // Handing the benefit to Zapcut completes the product step: a real benefit, marked as chosen.
        c = patch(Map.of("choose", List.of("benefit"))).json();
        assertThat(c.path("state").path("benefit").asString()).isNotBlank().doesNotContainIgnoringCase("choose");
        assertThat(c.path("state").path("delegated").get(0).asString()).isEqualTo("benefit");
        assertThat(c.path("stage").asString()).isEqualTo("collect_assets");
        assertThat(lastReply(c)).contains("I chose the key benefit");

        // The chat sees the same state: a correction in words changes the field.
        c = say("No, the product is Luna Cold Brew Decaf, not Luna Cold Brew");
        assertThat(c.path("state").path("product").asString()).isEqualTo("Luna Cold Brew Decaf");
        assertThat(lastReply(c)).contains("Luna Cold Brew Decaf");
    }

    @Test
    void wrongValuesAreRefusedFieldByFieldAndNothingIsSaved() {
        newProject();
        say("We are Luna Coffee");
        String before = storedState();
        ApiClient.Response r = patch(Map.of("brand", "", "duration_seconds", 45, "aspect_ratio", "4:3", "choose", List.of("brand"),
                "colour", "red"));
        assertProblem(r, 400);
        JsonNode errors = r.json().path("errors");
        assertThat(errors.findValuesAsString("field")).contains("brand", "duration_seconds", "aspect_ratio", "choose", "colour");
        assertThat(r.body()).contains("15, 30 or 60").contains("16:9, 9:16 or 1:1");
        assertThat(storedState()).isEqualTo(before);
        assertProblem(patch(Map.of()), 400);
    }

    @Test
    void stepLabelsGoBackKeepingEverythingAndCannotJumpAhead() {
        newProject();
        say("We are Luna Coffee. Introducing Luna Cold Brew, calm energy for busy professionals that helps you focus all morning.");
        uploadPhoto();
        JsonNode c = say("you choose");
        assertThat(c.path("stage").asString()).isEqualTo("final_review");

        ApiClient.Response back = api.postJson(base() + "/stage", JSON.writeValueAsString(Map.of("stage", "collect_product_info")), token);
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        c = back.json();
        assertThat(c.path("stage").asString()).isEqualTo("collect_product_info");
        assertThat(c.path("state").path("brand").asString()).isEqualTo("Luna Coffee");
        assertThat(c.path("state").path("product").asString()).isEqualTo("Luna Cold Brew");
        assertThat(lastReply(c)).startsWith("Back to the product").contains("Luna Cold Brew");
        assertThat(c.path("reachable").asString()).isEqualTo("final_review");

        // The step labels go forward again as far as the brief reaches, and back.
        ApiClient.Response forward = api.postJson(base() + "/stage", JSON.writeValueAsString(Map.of("stage", "final_review")), token);
        assertThat(forward.status()).as(forward.toString()).isEqualTo(200);
        assertThat(forward.json().path("review").path("scenes")).hasSize(5);
        api.postJson(base() + "/stage", JSON.writeValueAsString(Map.of("stage", "collect_product_info")), token);

        // A correction there, and the conversation walks forward to the review again with nothing lost.
        c = say("actually it's for students, not professionals");
        assertThat(c.path("state").path("audience").asString()).isEqualTo("students");
        assertThat(c.path("stage").asString()).isEqualTo("final_review");
        assertThat(c.path("review").path("scenes")).hasSize(5);

        assertProblem(api.postJson(base() + "/stage", JSON.writeValueAsString(Map.of("stage", "generate_video")), token), 400);
        assertProblem(api.postJson(base() + "/stage", JSON.writeValueAsString(Map.of("stage", "the end")), token), 400);
    }

    @Test
    void aStepNotReachedYetCannotBeChosen() {
        newProject();
        ApiClient.Response r = api.postJson(base() + "/stage", JSON.writeValueAsString(Map.of("stage", "final_review")), token);
        assertProblem(r, 409);
        assertThat(r.json().path("detail").asString()).contains("has not reached final_review").contains("brand");
    }

    @Test
    void aLongBrandDocumentIsReadWholeAndALongerOneIsRefusedBeforeAnythingIsCut() {
        newProject();
        StringBuilder doc = new StringBuilder("""
                About us
                Luna Coffee Roasters is a small roaster in Portland that believes good coffee should calm you down, not wind you up.

                Our product
                Luna Cold Brew is an organic cold brew coffee, steeped for 18 hours and sold in 250 ml cans.

                Who we serve
                We serve busy professionals who need steady focus through long mornings.

                Our promise
                Calm energy without the crash.

                Voice and tone
                Calm, warm and quietly confident.

                Palette
                Midnight navy
                Cream
                Copper
                """);
        while (doc.length() < 20_000) doc.append("\nNotes\nWe roast in small batches every Tuesday and ship the same week to cafes and homes.\n");
        JsonNode c = say(doc.toString());
        assertThat(c.path("state").path("brand").asString()).isEqualTo("Luna Coffee Roasters");
        assertThat(c.path("state").path("product").asString()).isEqualTo("Luna Cold Brew");
        assertThat(c.path("state").path("audience").asString()).startsWith("busy professionals");
        assertThat(c.path("state").path("benefit").asString()).isEqualTo("Calm energy without the crash");
        assertThat(c.path("state").path("creative_direction").asString()).contains("quietly confident");
        assertThat(c.path("state").path("product_description").asString()).as("palette words reach the agents").containsIgnoringCase("copper");
        assertThat(c.path("stage").asString()).isEqualTo("collect_assets");
        assertThat(c.path("max_message_chars").asInt()).isEqualTo(50_000);
        String stored = jdbc.sql("SELECT content FROM conversation_messages m JOIN conversations c ON c.id = m.conversation_id "
                + "WHERE c.project_id = :p AND m.role = 'user'").param("p", project).query(String.class).single();
        assertThat(stored).hasSize(doc.toString().strip().length());

        ApiClient.Response tooLong = send("x".repeat(50_001));
        assertProblem(tooLong, 400);
        assertThat(tooLong.body()).contains("50000");
    }
}
