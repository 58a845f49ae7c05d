package video.zapcut.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import video.zapcut.testing.ServerDatabase;

/**
 * Two processes of four threads each spend on the same ads' budgets at the same time, all eight on
 * one ad at once, so each budget's last calls race: no ad's ledger passes its budget, no reservation
 * is left behind, and every budget is used up to less than one call's most (nothing reserved was lost,
 * so nothing was refused for nothing).
 */
class TwoProcessBudgetTest {
    static final int ADS = 25, BUDGET = 45, THREADS = 4;

    @Test
    void twoProcessesNeverSpendPastOneBudget() throws Exception {
        try (ServerDatabase db = new ServerDatabase()) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            List<UUID> ads = new ArrayList<>();
            for (int i = 0; i < ADS; i++) ads.add(newAd(jdbc, i));
            for (UUID ad : ads) {
                jdbc.sql("INSERT INTO ad_budgets (ad_id, budget_cents) VALUES (:a, :b)").param("a", ad).param("b", BUDGET).update();
            }

            String start = Instant.now().plusSeconds(3).toString();
            List<Process> spenders = new ArrayList<>();
            for (int i = 0; i < 2; i++) spenders.add(spender(db.jdbcUrl(), start, ads));
            int charged = 0;
            for (Process p : spenders) {
                assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("spender finished").isTrue();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.exitValue()).as(out).isZero();
                int n = Integer.parseInt(out.strip().replaceFirst("(?s).*charged ", ""));
                assertThat(n).as("each process charged some calls").isPositive();
                charged += n;
            }

            assertThat(jdbc.sql("SELECT COUNT(*) FROM cost_ledger").query(Integer.class).single()).isEqualTo(charged);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM cost_reservations").query(Integer.class).single()).isZero();
            for (UUID ad : ads) {
                double spent = jdbc.sql("SELECT COALESCE(SUM(cost_cents), 0) FROM cost_ledger WHERE ad_id = :a").param("a", ad)
                        .query(Double.class).single();
                assertThat(spent).as("spent on ad " + ad).isLessThanOrEqualTo(BUDGET);
                assertThat(spent).as("ad " + ad + "'s budget is used up, not held by lost reservations")
                        .isGreaterThan(BUDGET - BudgetSpender.MOST_SECONDS * BudgetSpender.CENTS_PER_SECOND);
            }
        }
    }

    private static UUID newAd(JdbcClient jdbc, int i) {
        UUID user = jdbc.sql("INSERT INTO users (email) VALUES (:e) RETURNING id").param("e", "spender" + i + "@example.com")
                .query(UUID.class).single();
        UUID project = jdbc.sql("INSERT INTO projects (user_id, name) VALUES (:u, 'budget') RETURNING id").param("u", user)
                .query(UUID.class).single();
        return jdbc.sql("""
                INSERT INTO generated_ads (project_id, user_id, brief, target_duration_seconds, aspect_ratio, seed)
                VALUES (:p, :u, 'A brief.', 15, '16:9', 1) RETURNING id""").param("p", project).param("u", user)
                .query(UUID.class).single();
    }

    private static Process spender(String jdbcUrl, String start, List<UUID> ads) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                BudgetSpender.class.getName(), jdbcUrl, start, String.valueOf(THREADS)));
        ads.forEach(a -> cmd.add(a.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
