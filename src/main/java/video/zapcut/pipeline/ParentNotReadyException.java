package video.zapcut.pipeline;

import java.util.UUID;

/**
 * A version cannot start yet: the ad it is made from has not finished the outputs it shares (a campaign
 * pack's other formats wait for the first), or never will ({@code forGood}: it failed, was cancelled or
 * deleted). The journal has already put the job back in the queue, or failed it.
 */
public class ParentNotReadyException extends RuntimeException {
    private final boolean forGood;

    public ParentNotReadyException(UUID adId, String message, boolean forGood) {
        super("ad " + adId + ": " + message);
        this.forGood = forGood;
    }

    public boolean forGood() { return forGood; }
}
