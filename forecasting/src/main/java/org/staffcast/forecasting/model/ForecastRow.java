package org.staffcast.forecasting.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The forecast of one queue for one grid interval: expected offered {@code volume}, its 80% prediction interval
 * {@code [volumeLo80, volumeHi80]}, the expected average handle time in seconds ({@link Double#NaN} when the
 * history has no handle times) and the name of the model that produced it. Closed intervals have volume 0.
 */
public record ForecastRow(String queue, Instant intervalStart, double volume, double volumeLo80, double volumeHi80,
        double ahtSeconds, String model) {

    public ForecastRow {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(intervalStart, "intervalStart");
        Objects.requireNonNull(model, "model");
        if (!(volume >= 0) || !(volumeLo80 >= 0) || !(volumeHi80 >= 0)) {
            throw new IllegalArgumentException("forecast volumes must be >= 0: " + volume + " [" + volumeLo80 + ", "
                    + volumeHi80 + "] for " + queue + " at " + intervalStart);
        }
        if (volumeLo80 > volume + 1e-9 || volumeHi80 < volume - 1e-9) {
            throw new IllegalArgumentException("prediction interval [" + volumeLo80 + ", " + volumeHi80
                    + "] does not contain the volume " + volume + " for " + queue + " at " + intervalStart);
        }
        if (!Double.isNaN(ahtSeconds) && !(ahtSeconds >= 0)) {
            throw new IllegalArgumentException("aht_seconds must be >= 0 or unknown, not " + ahtSeconds);
        }
    }

    public boolean hasAht() {
        return !Double.isNaN(ahtSeconds);
    }
}
