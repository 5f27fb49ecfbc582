package org.staffcast.solver.model;

/**
 * A break or lunch of {@code minutes}, placed so it starts at or after {@code windowFrom × L} and ends at or before
 * {@code windowTo × L} after the start of a shift of length {@code L} (rounded inwards to the interval grid).
 * Applies only to shifts of at least {@code minShiftMinutes}.
 */
public record BreakRule(Kind kind, int minutes, double windowFrom, double windowTo, int minShiftMinutes, boolean paid) {

    public enum Kind { BREAK, LUNCH }

    public boolean appliesTo(int shiftMinutes) {
        return shiftMinutes >= minShiftMinutes;
    }

    /** Earliest break start, minutes after the shift start: {@code ceil(windowFrom·L / g)·g}. */
    public int earliestOffset(int shiftMinutes, int gridMinutes) {
        int raw = (int) Math.ceil(windowFrom * shiftMinutes / gridMinutes - 1e-9);
        return raw * gridMinutes;
    }

    /** Latest break start, minutes after the shift start: {@code floor(windowTo·L / g)·g − minutes}. */
    public int latestOffset(int shiftMinutes, int gridMinutes) {
        int raw = (int) Math.floor(windowTo * shiftMinutes / gridMinutes + 1e-9);
        return raw * gridMinutes - minutes;
    }

    /** Number of grid positions the break can take in a shift of {@code shiftMinutes}; 0 if the window is too small. */
    public int positions(int shiftMinutes, int gridMinutes) {
        int span = latestOffset(shiftMinutes, gridMinutes) - earliestOffset(shiftMinutes, gridMinutes);
        return span < 0 ? 0 : span / gridMinutes + 1;
    }
}
