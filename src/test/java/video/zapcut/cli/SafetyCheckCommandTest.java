package video.zapcut.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;
import video.zapcut.testing.CliRun;

class SafetyCheckCommandTest {

    @Test
    void screensOneBriefPerLineAndPrintsOneJsonVerdictPerLine() {
        String input = String.join("\n",
                "Killer deals on our espresso machines: shoot a video of the morning rush.",
                "",
                "A man holding a gun while drinking our coffee.",
                "Our cream cures cancer, guaranteed.",
                "Drugstore skincare with an explosive burst of citrus.") + "\n";
        InputStream stdin = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            run = CliRun.of("safety-check");
        } finally {
            System.setIn(stdin);
        }
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<JsonNode> lines = run.out().lines().map(l -> Json.MAPPER.readTree(l)).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines).extracting(n -> n.get("status").asString()).containsExactly("approved", "blocked", "blocked", "approved");
        assertThat(lines.get(0).get("safe_alternative").isNull()).isTrue();
        JsonNode gun = lines.get(1);
        assertThat(gun.get("violations").get(0).get("category").asString()).isEqualTo("weapons");
        assertThat(gun.get("violations").get(0).get("severity").asString()).isIn("high", "critical");
        assertThat(gun.get("safe_alternative").asString()).isNotBlank().doesNotContainIgnoringCase("gun");
        assertThat(lines.get(2).get("violations").get(0).get("category").asString()).isEqualTo("misleading_claim");
    }
}
