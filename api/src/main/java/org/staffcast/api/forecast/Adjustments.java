package org.staffcast.api.forecast;

import java.util.List;
import org.staffcast.data.model.ForecastAdjustment;

/**
 * Applies managers' adjustments to a base forecast value, in the order they were made, to the volume and both ends
 * of its 80% interval alike: PERCENT multiplies by {@code 1 + amount/100}, ABSOLUTE adds {@code amount}; the result
 * is floored at zero after each step (a volume is never negative).
 */
public final class Adjustments {

    private Adjustments() {
    }

    /** An adjusted value and its interval. */
    public record Adjusted(double volume, double lo80, double hi80) {
    }

    /** Applies those of {@code adjustments} that cover {@code intervalStart} of {@code queueId} and are active. */
    public static Adjusted apply(long queueId, long intervalStart, double volume, double lo80, double hi80,
                                 List<ForecastAdjustment> adjustments) {
        double v = volume;
        double lo = lo80;
        double hi = hi80;
        for (ForecastAdjustment a : adjustments) {
            if (a.deletedAt() != null || a.queueId() != queueId || intervalStart < a.startAt()
                    || intervalStart >= a.endAt()) {
                continue;
            }
            if (a.kind().equals("PERCENT")) {
                double f = 1 + a.amount() / 100.0;
                v *= f;
                lo *= f;
                hi *= f;
            } else {
                v += a.amount();
                lo += a.amount();
                hi += a.amount();
            }
            v = Math.max(0, v);
            lo = Math.max(0, lo);
            hi = Math.max(0, hi);
        }
        return new Adjusted(v, lo, hi);
    }
}
