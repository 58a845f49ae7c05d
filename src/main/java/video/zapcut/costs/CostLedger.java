package video.zapcut.costs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cost ledger and the budgets it holds to. One ledger row per billed unit kind of each vendor call,
 * written when the vendor has billed it, so money spent is on record even when the stage then fails.
 *
 * <p>A budget holds because every call first reserves the most it can bill ({@code cost_reservations},
 * in PostgreSQL, so every thread and process sees it): the reservation is checked and written under a
 * lock on the ad's {@code ad_budgets} row, against what the ledger holds plus every open reservation,
 * in one statement's snapshot. Charging writes the ledger rows and deletes exactly that reservation in
 * one transaction under the same lock, so a concurrent check sees either the hold or the charge, never
 * neither. The budget is fixed per ad when it is created; 0 means no limit.
 *
 * <p>Every charge also counts into {@code zapcut_vendor_spend_cents_total{provider,capability}} once it is
 * on record; the counters of every provider and capability the price table knows exist from the start.
 */
public final class CostLedger implements CostMeter {
    private static final Logger log = LoggerFactory.getLogger(CostLedger.class);
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PriceTable prices;
    private final long defaultBudgetCents;
    private final String holder;
    private final MeterRegistry registry;

    public CostLedger(JdbcClient jdbc, TransactionTemplate tx, PriceTable prices, long defaultBudgetCents) {
        this(jdbc, tx, prices, defaultBudgetCents, new SimpleMeterRegistry());
    }

    public CostLedger(JdbcClient jdbc, TransactionTemplate tx, PriceTable prices, long defaultBudgetCents, MeterRegistry registry) {
        this.registry = registry;
        prices.capabilitiesByProvider().forEach((provider, caps) -> caps.forEach(cap -> spend(provider, cap)));
        this.jdbc = jdbc;
        this.tx = tx;
        this.prices = prices;
        this.defaultBudgetCents = defaultBudgetCents;
        this.holder = ProcessHandle.current().pid() + "@" + hostName();
    }

    public long defaultBudgetCents() { return defaultBudgetCents; }

    /** Fixes a new ad's budget: {@code budgetCents}, or the configured default when null; 0 = no limit. */
    public void openBudget(UUID adId, Integer budgetCents) {
        if (budgetCents != null && budgetCents < 0) throw new IllegalArgumentException("budget_cents must be >= 0");
        jdbc.sql("INSERT INTO ad_budgets (ad_id, budget_cents) VALUES (:ad, :b) ON CONFLICT (ad_id) DO UPDATE SET budget_cents = EXCLUDED.budget_cents")
                .param("ad", adId).param("b", budgetCents != null ? budgetCents : defaultBudgetCents).update();
    }

    @Override
    public Reservation reserve(String capability, String provider, String model, List<Units> most) {
        CostScope.Current scope = CostScope.current();
        if (scope == null) return Reservation.unscoped(capability, provider, model, most);
        double cost = cost(provider, model, most);
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            long budget = lockBudget(scope.adId());
            double committed = jdbc.sql("""
                    SELECT (SELECT COALESCE(SUM(cost_cents), 0) FROM cost_ledger WHERE ad_id = :ad)
                         + (SELECT COALESCE(SUM(cost_cents), 0) FROM cost_reservations WHERE ad_id = :ad)""")
                    .param("ad", scope.adId()).query(BigDecimal.class).single().doubleValue();
            if (budget > 0 && committed + cost > budget + 1e-9) {
                throw new BudgetExceededException(budget, committed, cost, provider + " " + model + " (at most " + describe(most) + ")");
            }
            jdbc.sql("""
                    INSERT INTO cost_reservations (id, ad_id, stage, capability, provider, model, cost_cents, holder)
                    VALUES (:id, :ad, :stage, :cap, :p, :m, :c, :h)""")
                    .param("id", id).param("ad", scope.adId()).param("stage", scope.stage()).param("cap", capability)
                    .param("p", provider).param("m", model).param("c", BigDecimal.valueOf(cost)).param("h", holder).update();
        });
        return new Reservation(id, scope.adId(), scope.stage(), capability, provider, model, most, cost);
    }

    @Override
    public void charge(Reservation r, List<Units> billed, String requestId) {
        if (!r.settle()) throw new IllegalStateException("reservation " + r.id() + " was already settled");
        double cost = cost(r.provider(), r.model(), billed);
        if (r.id() != null && cost > r.cents() + 1e-9) {
            // The vendor billed beyond what its own limits allow; the ledger records the truth.
            log.warn("{} {} billed {} cents, more than the {} reserved as its most", r.provider(), r.model(), cost, r.cents());
        }
        tx.executeWithoutResult(s -> {
            if (r.adId() != null) lockBudget(r.adId());
            for (Units u : billed) {
                jdbc.sql("""
                        INSERT INTO cost_ledger (ad_id, stage, capability, provider, model, units, unit, cost_cents, request_id)
                        VALUES (:ad, :stage, :cap, :p, :m, :u, :unit, :c, :rid)""")
                        .param("ad", r.adId()).param("stage", r.stage()).param("cap", r.capability()).param("p", r.provider())
                        .param("m", r.model()).param("u", BigDecimal.valueOf(u.amount())).param("unit", u.unit())
                        .param("c", BigDecimal.valueOf(prices.cost(r.provider(), r.model(), u.amount(), u.unit())))
                        .param("rid", requestId).update();
            }
            if (r.id() != null) jdbc.sql("DELETE FROM cost_reservations WHERE id = :id").param("id", r.id()).update();
        });
        // Counted once the rows are committed: what the counter says was spent is on record.
        spend(r.provider(), r.capability()).increment(cost);
    }

    private Counter spend(String provider, String capability) {
        return Counter.builder("zapcut.vendor.spend").baseUnit("cents").tag("provider", provider).tag("capability", capability)
                .description("Money vendors billed, as the cost ledger records it").register(registry);
    }

    @Override
    public void release(Reservation r) {
        if (!r.settle() || r.id() == null) return;
        jdbc.sql("DELETE FROM cost_reservations WHERE id = :id").param("id", r.id()).update();
    }

    /** Locks the ad's budget row (creating it with the default for ads made before budgets were fixed). */
    private long lockBudget(UUID adId) {
        jdbc.sql("INSERT INTO ad_budgets (ad_id, budget_cents) VALUES (:ad, :b) ON CONFLICT (ad_id) DO NOTHING")
                .param("ad", adId).param("b", defaultBudgetCents).update();
        return jdbc.sql("SELECT budget_cents FROM ad_budgets WHERE ad_id = :ad FOR UPDATE").param("ad", adId)
                .query(Long.class).single();
    }

    private double cost(String provider, String model, List<Units> units) {
        double c = 0;
        for (Units u : units) c += prices.cost(provider, model, u.amount(), u.unit());
        return c;
    }

    /** Cents per capability (text, image, video, music), per provider/model, the call count and the total. */
    public Map<String, Object> breakdown(UUID adId) {
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

    private static String describe(List<Units> units) {
        StringBuilder b = new StringBuilder();
        for (Units u : units) b.append(b.isEmpty() ? "" : " + ").append(fmt(u.amount())).append(' ').append(u.unit());
        return b.toString();
    }

    private static String fmt(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
