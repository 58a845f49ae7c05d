package video.zapcut.web.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import video.zapcut.web.ApiClient;

/** Another user's project is invisible: every endpoint answers 404 (never 403) and changes nothing. */
class ProjectTenancyTest extends ProjectApiTest {

    record Call(String name, BiFunction<ProjectTenancyTest, String[], ApiClient.Response> send) {
        @Override
        public String toString() { return name; }
    }

    /** Each call gets {path of the project, token}. */
    static Stream<Call> calls() {
        return Stream.of(
                new Call("GET", (t, a) -> t.api.get(a[0], a[1])),
                new Call("PATCH", (t, a) -> t.patch(a[0], Map.of("name", "stolen"), a[1])),
                new Call("DELETE", (t, a) -> t.delete(a[0], a[1])),
                new Call("upload", (t, a) -> t.upload(a[0] + "/assets/upload", a[1], TestPngs.png(16, 16), "x.png",
                        "image/png", Map.of("type", "image"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void anotherUsersProjectIsNotFound(Call call) {
        String owner = newToken();
        String intruder = newToken();
        UUID id = createProject(owner, "owner's project");

        ApiClient.Response response = call.send().apply(this, new String[] {"/v1/projects/" + id, intruder});

        assertProblem(response, 404);
        assertThat(jdbc.sql("SELECT name FROM projects WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("owner's project");
        assertThat(assetRows(id)).isZero();
        assertThat(blobFiles(id)).isZero();
        assertThat(api.get("/v1/projects/" + id, owner).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void malformedAndUnknownIdsAreNotFound(Call call) {
        String token = newToken();
        assertProblem(call.send().apply(this, new String[] {"/v1/projects/not-a-uuid", token}), 404);
        assertProblem(call.send().apply(this, new String[] {"/v1/projects/" + UUID.randomUUID(), token}), 404);
    }

    @Test
    void theListShowsOnlyTheUsersOwnProjects() {
        String alice = newToken();
        String bob = newToken();
        UUID alicesProject = createProject(alice, "alice's");
        UUID bobsProject = createProject(bob, "bob's");

        var body = api.get("/v1/projects", bob).json();

        assertThat(body.path("total").asLong()).isEqualTo(1);
        assertThat(body.path("projects").get(0).path("id").asString()).isEqualTo(bobsProject.toString());
        assertThat(body.toString()).doesNotContain(alicesProject.toString());
    }
}
