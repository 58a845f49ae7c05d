package video.zapcut.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules in {@code deploy/prometheus/alerts.yml}: valid by {@code promtool check rules}, passing
 * their own {@code promtool test rules} cases (both sides of each threshold), naming the seed's four
 * alerts and reading only metrics the application exposes. promtool comes from Debian's
 * {@code prometheus} package, which {@code ./run-tests} installs when it is missing.
 */
class AlertRulesTest {
    static final Path RULES = Path.of("deploy/prometheus/alerts.yml");
    static final Path RULE_TESTS = Path.of("deploy/prometheus/alerts-test.yml");

    @Test
    void promtoolFindsTheRulesValid() throws Exception {
        String out = promtool("check", "rules", RULES.toString());
        assertThat(out).contains("SUCCESS: 4 rules found");
    }

    @Test
    void promtoolUnitTestsOfTheRulesPass() throws Exception {
        String out = promtool("test", "rules", RULE_TESTS.toString());
        assertThat(out).contains("SUCCESS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSeedsFourAlertsReadOnlyExposedMetrics() throws IOException {
        List<Map<String, Object>> rules = rules();
        assertThat(rules).extracting(r -> r.get("alert")).containsExactly("ZapcutGenerationSuccessRateLow",
                "ZapcutGenerationTimeHigh", "ZapcutApiErrorRateHigh", "ZapcutCostPerVideoHigh");
        for (Map<String, Object> rule : rules) {
            String expr = (String) rule.get("expr");
            assertThat(Metrics.namesIn(expr)).as(rule.get("alert") + ": " + expr).isNotEmpty().isSubsetOf(Metrics.EXPOSED);
            assertThat(rule).containsKeys("for", "labels", "annotations");
            assertThat((Map<String, Object>) rule.get("labels")).containsKey("severity");
            assertThat((Map<String, Object>) rule.get("annotations")).containsKeys("summary", "description");
        }
    }

    @Test
    void metricNamesAreReadFromExpressions() {
        assertThat(Metrics.namesIn("histogram_quantile(0.95, sum by (le) (rate(http_server_requests_seconds_bucket"
                + "{uri!~\"/actuator.*\", status=~\"5..\"}[$__rate_interval]))) / 100 and on() max(zapcut_jobs_queued) > 1e3"))
                .containsExactly("http_server_requests_seconds_bucket", "zapcut_jobs_queued");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules() throws IOException {
        try (Reader in = Files.newBufferedReader(RULES)) {
            Map<String, Object> doc = new Yaml().load(in);
            List<Map<String, Object>> rules = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) doc.get("groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
            return rules;
        }
    }

    /** Runs promtool and returns its output; fails with it unless promtool exits 0. */
    static String promtool(String... args) throws IOException, InterruptedException {
        Path promtool = onPath("promtool");
        if (promtool == null) {
            fail("promtool is missing: ./run-tests installs Debian's prometheus package when run as root; "
                    + "else install it with: sudo apt-get install -y prometheus");
        }
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("promtool finishes").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }
}
