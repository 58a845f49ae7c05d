package video.zapcut.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

class SignupTest extends ApiTest {

    @Test
    void signupCreatesTheAccountAndSignsIn() {
        String email = uniqueEmail();
        ApiClient.Response response = api.postJson("/v1/auth/signup", Map.of("email", email, "password", GOOD_PASSWORD,
                "first_name", "Sarah", "last_name", "Chen", "company_name", "GlowUp Cosmetics"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("user_id", "email", "access_token", "refresh_token", "expires_in");
        UUID userId = UUID.fromString(body.path("user_id").asString());
        assertThat(body.path("email").asString()).isEqualTo(email);
        assertThat(body.path("access_token").asString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(body.path("refresh_token").asString()).hasSizeGreaterThanOrEqualTo(43).doesNotContain(".");
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);

        Map<String, Object> row = jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", userId).query().singleRow();
        assertThat(row.get("email")).isEqualTo(email);
        assertThat(row.get("first_name")).isEqualTo("Sarah");
        assertThat(row.get("company_name")).isEqualTo("GlowUp Cosmetics");
        assertThat(row.get("subscription_tier")).isEqualTo("free");
        assertThat(row.get("cognito_user_id")).isNull();
        String hash = (String) row.get("password_hash");
        assertThat(hash).doesNotContain(GOOD_PASSWORD).startsWith("{bcrypt-sha256}$2a$");
    }

    @Test
    void emailIsStoredLowerCase() {
        String email = uniqueEmail();
        ApiClient.Response response = signup(email.toUpperCase(), GOOD_PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("email").asString()).isEqualTo(email);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sh0rt!x           | must be at least 8 characters long",
            "all-lower-case-9  | must contain an upper-case letter",
            "ALL-UPPER-CASE-9  | must contain a lower-case letter",
            "No-Digits-At-All  | must contain a digit",
            "NoSymbols12345    | must contain a symbol"})
    void weakPasswordsAreRefusedWithTheBrokenRule(String password, String rule) {
        ApiClient.Response response = signup(uniqueEmail(), password);

        assertProblem(response, 400);
        JsonNode problem = response.json();
        assertThat(problem.path("detail").asString()).contains("password " + rule);
        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("password");
        assertThat(problem.path("errors").get(0).path("message").asString()).startsWith(rule);
    }

    @Test
    void tooLongPasswordIsRefused() {
        ApiClient.Response response = signup(uniqueEmail(), "Aa1!" + "x".repeat(125));

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).contains("password must be at most 128 characters long");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ApiClient.Response response = signup(uniqueEmail(), "abc");

        assertProblem(response, 400);
        assertThat(response.json().path("errors")).hasSize(4);
    }

    @Test
    void eachBrokenRuleIsSaidOnceInTheErrorsAndOnceInTheDetail() {
        ApiClient.Response response = signup(uniqueEmail(), "abc");

        assertProblem(response, 400);
        JsonNode problem = response.json();
        java.util.List<String> messages = problem.path("errors").findValuesAsString("message");
        assertThat(problem.path("errors").findValuesAsString("field")).containsOnly("password");
        assertThat(messages).doesNotHaveDuplicates().containsExactlyInAnyOrder("must be at least 8 characters long",
                "must contain an upper-case letter", "must contain a digit", "must contain a symbol such as ! # % & * - or ?");
        String detail = problem.path("detail").asString();
        for (String m : messages) assertThat(detail.split(java.util.regex.Pattern.quote(m), -1)).as(m).hasSize(2);
    }

    @Test
    void duplicateEmailIsAConflictWhateverItsCase() {
        String email = uniqueEmail();
        assertThat(signup(email, GOOD_PASSWORD).status()).isEqualTo(201);

        ApiClient.Response again = signup(email.toUpperCase(), "Another-Pass-7");

        assertProblem(again, 409);
        assertThat(again.json().path("detail").asString()).contains("already exists");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE LOWER(email) = :e").param("e", email).query(Long.class).single())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"not-an-email", "name@host", "name@@example.com", "a b@example.com"})
    void badEmailIsRefusedNamingTheField(String email) {
        ApiClient.Response response = signup(email, GOOD_PASSWORD);

        assertProblem(response, 400);
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).endsWith("/validation-failed");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("email");
        assertThat(problem.path("detail").asString()).contains("email must be an email address");
    }

    @Test
    void missingFieldsAreListedInSnakeCase() {
        ApiClient.Response response = api.postJson("/v1/auth/signup", Map.of("first_name", "x".repeat(101)));

        assertProblem(response, 400);
        assertThat(response.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactly("email", "first_name", "password");
        assertThat(response.json().path("detail").asString())
                .contains("email is required", "password is required", "first_name must be at most 100 characters");
    }
}
