package video.zapcut.ops;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names the alert rules and the dashboard may read: each is checked to appear at
 * {@code /actuator/prometheus} of a running application ({@code web.generate.MetricsEndpointTest}).
 */
public final class Metrics {
    public static final List<String> EXPOSED = List.of(
            "zapcut_generations_total",
            "zapcut_generation_duration_seconds_bucket", "zapcut_generation_duration_seconds_count",
            "zapcut_generation_duration_seconds_sum",
            "zapcut_generation_cost_cents_count", "zapcut_generation_cost_cents_sum",
            "zapcut_jobs_queued", "zapcut_jobs_running",
            "zapcut_worker_jobs_running",
            "zapcut_vendor_spend_cents_total",
            "http_server_requests_seconds_bucket", "http_server_requests_seconds_count", "http_server_requests_seconds_sum");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private Metrics() {}

    /** The metric names a PromQL expression selects (functions, keywords, labels and variables left out). */
    public static Set<String> namesIn(String expr) {
        String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\$\\w+", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String name = m.group();
            boolean function = s.substring(m.end()).matches("(?s)\\s*\\(.*");
            boolean partOfNumber = m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1));
            if (!function && !partOfNumber && !KEYWORDS.contains(name)) names.add(name);
        }
        return names;
    }
}
