package org.staffcast.forecasting.history;

import java.time.Instant;
import java.util.Objects;

/**
 * Contact history of one queue in one grid interval: contacts offered, handled and abandoned, and the average
 * handle time of the handled contacts in seconds. Unknown values ({@code handled}, {@code abandoned},
 * {@code ahtSeconds} may be absent from the source) are {@link Double#NaN}; {@code offered} is always known.
 * An interval without a record is missing (unknown, for instance closed), which is not the same as zero.
 */
public record ContactRecord(String queue, Instant intervalStart, double offered, double handled, double abandoned,
        double ahtSeconds) {

    public ContactRecord {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(intervalStart, "intervalStart");
        if (!(offered >= 0) || Double.isInfinite(offered)) {
            throw new IllegalArgumentException("offered must be a finite number >= 0, not " + offered);
        }
        requireNonNegativeOrUnknown("handled", handled);
        requireNonNegativeOrUnknown("abandoned", abandoned);
        requireNonNegativeOrUnknown("aht_seconds", ahtSeconds);
    }

    /** A record with only the offered volume known. */
    public static ContactRecord offeredOnly(String queue, Instant intervalStart, double offered) {
        return new ContactRecord(queue, intervalStart, offered, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean hasHandled() {
        return !Double.isNaN(handled);
    }

    public boolean hasAbandoned() {
        return !Double.isNaN(abandoned);
    }

    public boolean hasAht() {
        return !Double.isNaN(ahtSeconds);
    }

    private static void requireNonNegativeOrUnknown(String name, double v) {
        if (!Double.isNaN(v) && (v < 0 || Double.isInfinite(v))) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, not " + v);
        }
    }
}
