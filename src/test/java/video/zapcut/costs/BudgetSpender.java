package video.zapcut.costs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A process that spends on ads' budgets as a worker's parallel vendor calls would: several threads
 * per process, all on the same ad at once, each reserving the most a call can bill (10 video seconds)
 * and then charging 5 to 10 seconds or, one call in five, releasing (a failed call), until the budget
 * refuses it; then on to the next ad. Prints how many calls it charged. Run by
 * {@link TwoProcessBudgetTest}, two processes at a time against one database.
 *
 * <p>args: jdbc url, start instant (both processes begin together), threads, ad ids...
 */
public final class BudgetSpender {
    static final String PROVIDER = "replicate", MODEL = "test/clip";
    static final double MOST_SECONDS = 10, CENTS_PER_SECOND = 1;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Instant start = Instant.parse(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<UUID> ads = new ArrayList<>();
        for (int i = 3; i < args.length; i++) ads.add(UUID.fromString(args[i]));
        AtomicInteger charged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            CostLedger ledger = ledger(url); // a connection of its own, as each worker thread's pool checkout would be
            done.add(pool.submit(() -> {
                while (Instant.now().isBefore(start)) Thread.onSpinWait();
                for (UUID ad : ads) CostScope.in(ad, "scene_1", () -> spend(ledger, charged));
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        System.out.println("charged " + charged.get());
    }

    private static CostLedger ledger(String url) {
        var ds = new SingleConnectionDataSource(url, "postgres", "", true);
        PriceTable prices = new PriceTable().put(PROVIDER, MODEL, "video_second", CENTS_PER_SECOND);
        return new CostLedger(JdbcClient.create(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)), prices, 0);
    }

    private static Void spend(CostLedger ledger, AtomicInteger charged) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            Reservation r;
            try {
                r = ledger.reserve("video", PROVIDER, MODEL, List.of(Units.of(MOST_SECONDS, "video_second")));
            } catch (BudgetExceededException e) {
                return null;
            }
            try {
                if (random.nextInt(5) == 0) continue; // the call failed unbilled: released below
                ledger.charge(r, List.of(Units.of(5 + random.nextInt(6), "video_second")), "req");
                charged.incrementAndGet();
            } finally {
                ledger.release(r);
            }
        }
    }
}
