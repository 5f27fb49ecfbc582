package org.staffcast.forecasting.model;

import org.staffcast.forecasting.time.Timeline;

/**
 * Which weekday-slots a queue is open: a seasonal key ({@code dayOfWeek * slotsPerDay + slot}) is open when some
 * ordinary (not special) day in the last {@code weeks} weeks of training has a positive volume there. A key
 * with only zeros or only missing intervals in those weeks is closed and forecast zero. Missing intervals
 * (absent rows) are not counted as zeros anywhere else.
 */
public final class OpenPattern {

    /** Weeks of recent history that decide whether an interval is open. */
    public static final int RECENT_WEEKS = 8;

    private final boolean[] open;

    private OpenPattern(boolean[] open) {
        this.open = open;
    }

    /** The open keys learnt from the last {@link #RECENT_WEEKS} weeks of {@code w}'s training part. */
    public static OpenPattern learn(SeriesWindow w) {
        Timeline tl = w.timeline();
        boolean[] open = new boolean[tl.keyCount()];
        int lastDay = tl.day(w.end() - 1);
        int fromDay = Math.max(0, lastDay - 7 * RECENT_WEEKS + 1);
        for (int i = tl.dayFirst(fromDay); i < w.end(); i++) {
            if (w.usable(i) && w.volume()[i] > 0) {
                open[tl.seasonalKey(i)] = true;
            }
        }
        return new OpenPattern(open);
    }

    public boolean isOpen(int key) {
        return open[key];
    }

    /** Number of open keys of the week. */
    public int openCount() {
        int n = 0;
        for (boolean b : open) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
