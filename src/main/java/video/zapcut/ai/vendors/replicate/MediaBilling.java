package video.zapcut.ai.vendors.replicate;

import java.util.List;
import video.zapcut.costs.Units;

/**
 * How a media prediction bills: per second of output ({@code unit}); {@code requested} seconds are
 * expected, {@code most} is the longest output the model can render. A delivered file bills its
 * length in whole seconds, up to that most (a file longer than the model renders is container
 * padding, not billed time); the most is what is reserved before the prediction runs.
 */
record MediaBilling(String capability, String unit, double requested, double most) {
    MediaBilling {
        if (most < requested) throw new IllegalArgumentException("most (" + most + ") < requested (" + requested + ")");
    }

    List<Units> reserve() { return List.of(Units.of(most, unit)); }

    /** What a delivered file of {@code measuredSeconds} bills. */
    List<Units> billed(double measuredSeconds) {
        return List.of(Units.of(Math.min(most, Math.rint(measuredSeconds)), unit));
    }

    /** What an output bills that was made but could not be fetched (it expired): what was asked for. */
    List<Units> billedUnseen() { return List.of(Units.of(requested, unit)); }
}
