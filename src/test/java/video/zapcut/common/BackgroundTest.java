package video.zapcut.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void workRunsOnANamedDaemonThreadAndItsResultIsAwaited() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        FutureTask<String> task = Background.start("background-test", () -> {
            ran.set(Thread.currentThread());
            return "done";
        });
        assertThat(Background.await(task, IllegalStateException::new, IllegalStateException::new)).isEqualTo("done");
        assertThat(ran.get().getName()).isEqualTo("background-test");
        assertThat(ran.get().isDaemon()).isTrue();
    }

    @Test
    void anUncheckedFailureIsRethrownAsItWasAndACheckedOneAsTheCallerMapsIt() {
        IllegalArgumentException bad = new IllegalArgumentException("bad input");
        FutureTask<Object> unchecked = Background.start("fails", () -> { throw bad; });
        assertThatThrownBy(() -> Background.await(unchecked, c -> new IllegalStateException("mapped", c), IllegalStateException::new))
                .isSameAs(bad);
        FutureTask<Object> checked = Background.start("fails", () -> { throw new IOException("disk gone"); });
        assertThatThrownBy(() -> Background.await(checked, c -> new IllegalStateException("mapped", c), IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class).hasMessage("mapped").cause().hasMessage("disk gone");
    }

    @Test
    void anInterruptedWaitCancelsTheWorkAndKeepsTheInterrupt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        FutureTask<Object> task = Background.start("waits", () -> {
            started.countDown();
            never.await();
            return null;
        });
        started.await();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            Thread.currentThread().interrupt();
            try {
                Background.await(task, IllegalStateException::new, e -> new IllegalStateException("interrupted while waiting", e));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        waiter.join();
        assertThat(thrown.get()).hasMessage("interrupted while waiting");
        assertThat(stillInterrupted.get()).isTrue();
        assertThat(task.isCancelled()).isTrue();
    }
}
