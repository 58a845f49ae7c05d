package video.zapcut.costs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import video.zapcut.common.Json;

/**
 * The cost ledger: one row per vendor call (provider, model, units, cost), written at once in its
 * own statement so money spent is on record even when the stage then fails. The ad's
 * {@code api_cost_cents} and {@code cost_breakdown} are recomputed from the ledger after every charge.
 * The budget is the ad's {@code budget_cents}, else the configured default; 0 means no limit.
 */
public final class CostLedger implements CostMeter {
    private final JdbcClient jdbc;
    private final PriceTable prices;
    private final long defaultBudgetCents;
    /** Cents reserved by calls in flight, per ad (scenes run in parallel). */
    private final Map<UUID, Double> reserved = new ConcurrentHashMap<>();

    public CostLedger(JdbcClient jdbc, PriceTable prices, long defaultBudgetCents) {
        this.jdbc = jdbc;
        this.prices = prices;
        this.defaultBudgetCents = defaultBudgetCents;
    }

    public PriceTable prices() { return prices; }

    @Override
    public void reserve(String capability, String provider, String model, double units, String unit) {
        CostScope.Current scope = CostScope.current();
        if (scope == null) return;
        double cost = prices.cost(provider, model, units, unit);
        synchronized (this) {
            long budget = budget(scope.adId());
            double committed = spentCents(scope.adId()) + reserved.getOrDefault(scope.adId(), 0.0);
            if (budget > 0 && committed + cost > budget) {
                throw new BudgetExceededException(budget, committed, cost, provider + " " + model + " (" + fmt(units) + " " + unit + ")");
            }
            reserved.merge(scope.adId(), cost, Double::sum);
        }
    }

    @Override
    public void charge(String capability, String provider, String model, double units, String unit, String requestId) {
        CostScope.Current scope = CostScope.current();
        double cost = prices.cost(provider, model, units, unit);
        UUID ad = scope == null ? null : scope.adId();
        jdbc.sql("""
                INSERT INTO cost_ledger (ad_id, stage, capability, provider, model, units, unit, cost_cents, request_id)
                VALUES (:ad, :stage, :cap, :p, :m, :u, :unit, :c, :rid)""")
                .param("ad", ad).param("stage", scope == null ? null : scope.stage()).param("cap", capability)
                .param("p", provider).param("m", model).param("u", BigDecimal.valueOf(units)).param("unit", unit)
                .param("c", BigDecimal.valueOf(cost)).param("rid", requestId).update();
        if (ad != null) {
            release(ad, capability, provider, model, units, unit);
            rollUp(jdbc, ad);
        }
    }

    /** A reservation whose call failed before it was billed. */
    public void release(UUID ad, String capability, String provider, String model, double units, String unit) {
        double cost = prices.cost(provider, model, units, unit);
        reserved.computeIfPresent(ad, (k, v) -> v - cost <= 1e-9 ? null : v - cost);
    }

    /** The request's {@code budget_cents} for an ad (null: the configured default; 0: no limit). */
    public void setBudget(UUID adId, Integer budgetCents) {
        if (budgetCents != null && budgetCents < 0) throw new IllegalArgumentException("budget_cents must be >= 0");
        jdbc.sql("UPDATE generated_ads SET budget_cents = :b WHERE id = :id").param("b", budgetCents).param("id", adId).update();
    }

    public long defaultBudgetCents() { return defaultBudgetCents; }

    public double spentCents(UUID adId) {
        BigDecimal s = jdbc.sql("SELECT COALESCE(SUM(cost_cents), 0) FROM cost_ledger WHERE ad_id = :ad")
                .param("ad", adId).query(BigDecimal.class).single();
        return s.doubleValue();
    }

    private long budget(UUID adId) {
        List<Integer> b = jdbc.sql("SELECT budget_cents FROM generated_ads WHERE id = :id").param("id", adId)
                .query((rs, n) -> (Integer) rs.getObject(1)).list();
        return b.isEmpty() || b.get(0) == null ? defaultBudgetCents : b.get(0);
    }

    /** Writes the ledger's sums into the ad (whole cents, rounded up so we never under-report). */
    public static void rollUp(JdbcClient jdbc, UUID adId) {
        Map<String, Object> breakdown = breakdown(jdbc, adId);
        long total = (long) breakdown.get("total_cents");
        jdbc.sql("""
                UPDATE generated_ads SET api_cost_cents = :t,
                    cost_breakdown = COALESCE(cost_breakdown, '{}'::JSONB) || CAST(:b AS JSONB) WHERE id = :id""")
                .param("t", total).param("b", Json.write(breakdown)).param("id", adId).update();
    }

    /** Cents per capability (text, image, video, music), per provider/model, the call count and the total. */
    public static Map<String, Object> breakdown(JdbcClient jdbc, UUID adId) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String cap : List.of("text", "image", "video", "music")) out.put(cap, 0.0);
        Map<String, Object> byModel = new LinkedHashMap<>();
        double[] total = {0};
        long[] calls = {0};
        jdbc.sql("""
                SELECT capability, provider, model, SUM(cost_cents) AS c, COUNT(*) AS n FROM cost_ledger
                WHERE ad_id = :ad GROUP BY capability, provider, model ORDER BY capability, provider, model""")
                .param("ad", adId).query(rs -> {
                    double c = rs.getBigDecimal("c").doubleValue();
                    out.merge(rs.getString("capability"), c, (a, b) -> round((Double) a + (Double) b));
                    byModel.put(rs.getString("provider") + "/" + rs.getString("model"), round(c));
                    total[0] += c;
                    calls[0] += rs.getLong("n");
                });
        for (String cap : List.of("text", "image", "video", "music")) out.put(cap, round((Double) out.get(cap)));
        out.put("by_model", byModel);
        out.put("vendor_calls", calls[0]);
        out.put("total_cents", (long) Math.ceil(total[0] - 1e-9));
        return out;
    }

    private static double round(double cents) { return Math.round(cents * 10000) / 10000.0; }

    private static String fmt(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }
}
