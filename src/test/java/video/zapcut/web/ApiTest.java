package video.zapcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.testing.ProductShots;

/**
 * Base of the HTTP tests: the whole application on a random port, with its own embedded database.
 * Subclasses that add no configuration share one Spring context (and database). The rate limit is
 * raised so these tests never meet it (all of them come from one address); BCrypt runs at its
 * lowest cost because hashing speed is not what they test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"zapcut.rate-limit.per-minute=1000000", "zapcut.auth.bcrypt-strength=4"})
@Import(FailingEndpoints.class)
public abstract class ApiTest {
    /** Meets the password policy. */
    protected static final String GOOD_PASSWORD = "Correct-Horse-9";

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    protected ApiClient api;

    /** Set while a new context starts; put back once it has started, so no later test inherits our home. */
    private static String homeBeforeContext;
    private static boolean homeOverridden;

    @DynamicPropertySource
    static void ownInstallation(DynamicPropertyRegistry registry) {
        // ZapcutHome reads this system property when the context starts; each new context gets a new home.
        String home = TestInstallations.create("api").toString();
        homeBeforeContext = System.getProperty("zapcut.home");
        homeOverridden = true;
        System.setProperty("zapcut.home", home);
        registry.add("zapcut.test.home", () -> home);
    }

    @BeforeEach
    void client() {
        if (homeOverridden) {
            if (homeBeforeContext == null) System.clearProperty("zapcut.home");
            else System.setProperty("zapcut.home", homeBeforeContext);
            homeOverridden = false;
        }
        api = new ApiClient(port);
    }

    /** An email no other test uses, so tests sharing the database never collide. */
    protected static String uniqueEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    protected ApiClient.Response signup(String email, String password) {
        return api.postJson("/v1/auth/signup", Map.of("email", email, "password", password));
    }

    /** Signs a new user up and returns the response body (user_id, tokens). */
    protected JsonNode newUser() {
        ApiClient.Response response = signup(uniqueEmail(), GOOD_PASSWORD);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    protected static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).startsWith("/");
    }

    /** Uploads a product photo (PNG of the Luna bottle) to the project as its owner; 201 expected. */
    protected void uploadProductPhoto(String token, UUID project) {
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
}
