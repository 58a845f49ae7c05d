package video.zapcut.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Work started on a named daemon thread of its own, and waited for: the one way a module runs a single
 * piece of work beside its own (a mix beside the pictures, a measure beside the mux, the database beside
 * Spring). Daemon, so a command line that ends never waits for work nobody asked the result of; named, so
 * a thread dump and the logs say what it is.
 */
public final class Background {
    private Background() {}

    /** Starts {@code work} on a daemon thread called {@code name}; the task holds its result or failure. */
    public static <T> FutureTask<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofPlatform().name(name).daemon().start(task);
        return task;
    }

    /**
     * The result of {@code task}, waiting for it. Its failure is rethrown as it was when unchecked, else as
     * {@code failed} makes it of the cause; when the wait is interrupted the task is cancelled, the thread
     * keeps its interrupt and {@code interrupted} says what was being waited for.
     */
    public static <T> T await(Future<T> task, Function<Throwable, ? extends RuntimeException> failed,
                              Function<InterruptedException, ? extends RuntimeException> interrupted) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : failed.apply(e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw interrupted.apply(e);
        }
    }
}
