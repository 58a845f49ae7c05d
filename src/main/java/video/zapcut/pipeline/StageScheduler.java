package video.zapcut.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs the stage graph: every stage whose dependencies (direct and indirect) are finished starts at once, up to
 * {@code parallelism} at a time, in enum order among the ready ones. The first failure stops new
 * stages from starting, waits for the running ones, and is rethrown.
 */
final class StageScheduler {
    private final int parallelism;

    StageScheduler(int parallelism) { this.parallelism = Math.max(1, parallelism); }

    void run(Predicate<Stage> alreadyDone, Consumer<Stage> runStage) {
        Set<Stage> done = EnumSet.noneOf(Stage.class);
        Set<Stage> pending = EnumSet.noneOf(Stage.class);
        for (Stage s : Stage.values()) (alreadyDone.test(s) ? done : pending).add(s);
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().name("stage-", 0).factory());
        ExecutorCompletionService<Stage> completions = new ExecutorCompletionService<>(pool);
        List<Future<Stage>> running = new ArrayList<>();
        RuntimeException failure = null;
        try {
            while (!pending.isEmpty() || !running.isEmpty()) {
                if (failure == null) {
                    for (Stage s : List.copyOf(pending)) {
                        if (running.size() >= parallelism) break;
                        if (done.containsAll(s.upstream())) {
                            pending.remove(s);
                            running.add(completions.submit(() -> {
                                runStage.accept(s);
                                return s;
                            }));
                        }
                    }
                }
                if (running.isEmpty()) break; // nothing can start: only after a failure
                Future<Stage> f = completions.take();
                running.remove(f);
                try {
                    done.add(f.get());
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            pool.shutdownNow();
            // Let the interrupted stages stop (FFmpeg is killed, Java2D work ends at its next check)
            // before the caller records the outcome, so no stage writes after that.
            awaitStopped(pool);
            Thread.currentThread().interrupt();
            throw new GenerationInterruptedException("generation interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (failure != null) throw failure;
        if (!pending.isEmpty()) throw new IllegalStateException("stages never became ready: " + pending);
    }

    private static void awaitStopped(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("stages did not stop within 60 s of an interrupt");
            }
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
    }
}
