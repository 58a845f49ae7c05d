package video.zapcut.media;

import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * The frames the FFmpeg processes of one composition have encoded, each counting its own, as a share
 * of all the composition encodes: told to a listener only when it grew.
 */
final class FramesDone {
    private final int total;
    private final DoubleConsumer listener;
    private final int[] parts;
    private double told;

    FramesDone(int total, int parts, DoubleConsumer listener) {
        this.total = total;
        this.parts = new int[parts];
        this.listener = listener;
    }

    int total() { return total; }

    /** What process {@code index} reports (see {@link Ffmpeg#run(java.util.List, IntConsumer)}). */
    IntConsumer part(int index) {
        // Told under the lock, so the parts' readers cannot overtake each other with older shares.
        return frames -> {
            synchronized (this) {
                parts[index] = frames;
                int sum = 0;
                for (int p : parts) sum += p;
                tell(Math.min(1.0, sum / (double) Math.max(1, total)));
            }
        };
    }

    /** All is encoded (also when there was nothing to encode). */
    synchronized void finish() { tell(1.0); }

    private void tell(double fraction) {
        if (fraction <= told) return;
        told = fraction;
        listener.accept(fraction);
    }
}
