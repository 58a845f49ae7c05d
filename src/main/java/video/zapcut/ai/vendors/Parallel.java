package video.zapcut.ai.vendors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import video.zapcut.ai.vendors.http.VendorInterruptedException;

/** Runs independent vendor calls at once (they wait on the network, not the CPU); interruption reaches them all. */
public final class Parallel {
    private Parallel() {}

    /** {@code call} for every key at once; the results by key, in the keys' order. */
    public static <K, V> Map<K, V> each(List<K> keys, Function<K, V> call) {
        List<Callable<V>> calls = new ArrayList<>();
        for (K key : keys) calls.add(() -> call.apply(key));
        List<V> results = all(calls);
        Map<K, V> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) out.put(keys.get(i), results.get(i));
        return out;
    }

    public static <T> List<T> all(List<Callable<T>> calls) {
        ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("vendor-", 0).factory());
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Callable<T> c : calls) futures.add(pool.submit(c));
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new VendorInterruptedException("vendor", "interrupted", e);
        } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.close();
        }
    }
}
