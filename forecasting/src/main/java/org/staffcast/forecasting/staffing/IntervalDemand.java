package org.staffcast.forecasting.staffing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The forecast workload of one queue in one interval: {@code volume} contacts arriving in
 * {@code [start, start + length)}, each taking {@code ahtSeconds} of agent time on average.
 */
public record IntervalDemand(Instant start, Duration length, double volume, double ahtSeconds) {

    public IntervalDemand {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("interval length " + length + " is not in (0, 1 day]");
        }
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new IllegalArgumentException("volume " + volume + " at " + start + " is not a finite number >= 0");
        }
        if (!(ahtSeconds >= 0) || Double.isInfinite(ahtSeconds) || (volume > 0 && ahtSeconds == 0)) {
            throw new IllegalArgumentException("AHT " + ahtSeconds + " s at " + start
                    + " is not a finite positive number of seconds");
        }
    }

    public double lengthSeconds() {
        return length.toMillis() / 1000.0;
    }

    /** Offered load in Erlangs: {@code A = volume * AHT / interval length}. */
    public double loadErlangs() {
        return volume == 0 ? 0 : volume * ahtSeconds / lengthSeconds();
    }

    /** Arrival rate per second: {@code volume / interval length}. */
    public double arrivalRatePerSecond() {
        return volume / lengthSeconds();
    }

    public Instant end() {
        return start.plus(length);
    }
}
