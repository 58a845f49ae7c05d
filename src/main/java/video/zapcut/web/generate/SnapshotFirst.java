package video.zapcut.web.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps a live stream in order: the subscription starts before the snapshot is read (so no event
 * falls between the two), and events that arrive before the snapshot has been sent are held back
 * and delivered right after it.
 */
final class SnapshotFirst<T> implements Consumer<T> {
    private final Consumer<T> sink;
    private final List<T> held = new ArrayList<>();
    private boolean open;

    SnapshotFirst(Consumer<T> sink) { this.sink = sink; }

    @Override
    public synchronized void accept(T event) {
        if (open) sink.accept(event);
        else held.add(event);
    }

    /** Sends the snapshot, then whatever arrived meanwhile, then lets events through as they come. */
    synchronized void open(Runnable sendSnapshot) {
        sendSnapshot.run();
        open = true;
        held.forEach(sink);
        held.clear();
    }
}
