package org.staffcast.forecasting.model;

import java.util.Objects;
import org.staffcast.forecasting.time.Timeline;

/**
 * What a model sees: a {@link Timeline} with the observed series on positions {@code [0, end)} and the positions
 * to forecast {@code [end, targetEnd)}. {@code volume} and {@code aht} hold {@code NaN} where missing (only
 * {@code [0, end)} may be read); {@code specialDay[d]} marks special days (holidays) of the timeline's days,
 * including the target days. Backtests cut one history at several {@code end}s without copying.
 */
public record SeriesWindow(Timeline timeline, double[] volume, double[] aht, int end, int targetEnd,
        boolean[] specialDay) {

    public SeriesWindow {
        Objects.requireNonNull(timeline, "timeline");
        if (end < 1 || targetEnd <= end || targetEnd > timeline.size()) {
            throw new IllegalArgumentException("bad window [0, " + end + ") -> [" + end + ", " + targetEnd + ") on "
                    + timeline.size() + " positions");
        }
        if (volume.length < end || aht.length < end || specialDay.length != timeline.dayCount()) {
            throw new IllegalArgumentException("series shorter than the window");
        }
    }

    /** Number of positions to forecast. */
    public int targetSize() {
        return targetEnd - end;
    }

    /** True when position {@code i} is in the training part, observed and not on a special day. */
    public boolean usable(int i) {
        return i >= 0 && i < end && !Double.isNaN(volume[i]) && !specialDay[timeline.day(i)];
    }

    /** True when target or training position {@code i} lies on a special day. */
    public boolean special(int i) {
        return specialDay[timeline.day(i)];
    }

    /** Day index of the first target position's day. */
    public int firstTargetDay() {
        return timeline.day(end);
    }
}
