package video.zapcut.ai.vendors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import video.zapcut.costs.BudgetExceededException;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;

/**
 * Records what an adapter reserves, charges and releases, as the cost ledger would see them, one line
 * each: {@code "capability provider model amount unit"} (plus the request id for charges). It can
 * refuse the n-th reservation as a spent budget does.
 */
public final class RecordingMeter implements CostMeter {
    public final List<String> reserved = Collections.synchronizedList(new ArrayList<>());
    public final List<String> charged = Collections.synchronizedList(new ArrayList<>());
    public final List<String> released = Collections.synchronizedList(new ArrayList<>());
    private final int refuseReservation;

    public RecordingMeter() { this(0); }

    /** @param refuseReservation the reservation (1 for the first) that the budget refuses; 0 for none */
    public RecordingMeter(int refuseReservation) { this.refuseReservation = refuseReservation; }

    @Override
    public Reservation reserve(String capability, String provider, String model, List<Units> most) {
        if (reserved.size() + 1 == refuseReservation) {
            reserved.add("refused");
            throw new BudgetExceededException(100, 99.5, 1, capability + " " + provider + "/" + model);
        }
        reserved.add(line(capability, provider, model, most));
        return CostMeter.NONE.reserve(capability, provider, model, most);
    }

    @Override
    public void charge(Reservation r, List<Units> billed, String requestId) {
        charged.add(line(r.capability(), r.provider(), r.model(), billed) + (requestId == null ? "" : " " + requestId));
        CostMeter.NONE.charge(r, billed, requestId);
    }

    @Override
    public void release(Reservation r) {
        if (!r.settled()) released.add(line(r.capability(), r.provider(), r.model(), r.most()));
        CostMeter.NONE.release(r);
    }

    private static String line(String capability, String provider, String model, List<Units> units) {
        StringBuilder s = new StringBuilder(capability + " " + provider + " " + model);
        for (Units u : units) {
            s.append(' ').append(u.amount() == Math.rint(u.amount()) ? String.valueOf((long) u.amount()) : String.valueOf(u.amount()))
                    .append(' ').append(u.unit());
        }
        return s.toString();
    }
}
