package video.zapcut.costs;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The most one vendor call may bill, held against its ad's budget while the call is in flight. It is
 * settled exactly once: charged with what the vendor billed, or released when the call failed
 * unbilled. A reservation outside any ad ({@link #id} null: `providers --check`, the studio's chat)
 * holds nothing; its charge is still recorded.
 */
public final class Reservation {
    private final UUID id;
    private final UUID adId;
    private final String stage;
    private final String capability;
    private final String provider;
    private final String model;
    private final List<Units> most;
    private final double cents;
    private final AtomicBoolean settled = new AtomicBoolean();

    Reservation(UUID id, UUID adId, String stage, String capability, String provider, String model, List<Units> most,
                double cents) {
        this.id = id;
        this.adId = adId;
        this.stage = stage;
        this.capability = capability;
        this.provider = provider;
        this.model = model;
        this.most = List.copyOf(most);
        this.cents = cents;
    }

    /** An unmetered call's reservation (tests, {@link CostMeter#NONE}). */
    public static Reservation unscoped(String capability, String provider, String model, List<Units> most) {
        return new Reservation(null, null, null, capability, provider, model, most, 0);
    }

    public UUID id() { return id; }
    public UUID adId() { return adId; }
    public String stage() { return stage; }
    public String capability() { return capability; }
    public String provider() { return provider; }
    public String model() { return model; }
    public List<Units> most() { return most; }
    /** What was held against the budget, in cents. */
    public double cents() { return cents; }
    public boolean settled() { return settled.get(); }

    /** Marks it settled; false when it already was (a second charge or release does nothing). */
    boolean settle() { return settled.compareAndSet(false, true); }
}
