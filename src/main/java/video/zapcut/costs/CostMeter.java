package video.zapcut.costs;

import java.util.List;

/**
 * What vendor clients report to. Before a call, {@link #reserve} holds the most the call can bill
 * against the ad's budget (throws {@link BudgetExceededException} when that would pass it); after it,
 * {@link #charge} records what the vendor billed and drops the hold, or {@link #release} drops it when
 * the call failed unbilled. Call {@code release} in a finally block: after a charge it does nothing.
 * Calls outside a generation (e.g. `zapcut providers --check`) hold nothing and are recorded without an ad.
 */
public interface CostMeter {
    Reservation reserve(String capability, String provider, String model, List<Units> most);

    void charge(Reservation reservation, List<Units> billed, String requestId);

    void release(Reservation reservation);

    CostMeter NONE = new CostMeter() {
        @Override public Reservation reserve(String c, String p, String m, List<Units> most) {
            return Reservation.unscoped(c, p, m, most);
        }
        @Override public void charge(Reservation r, List<Units> billed, String id) { r.settle(); }
        @Override public void release(Reservation r) { r.settle(); }
    };
}
