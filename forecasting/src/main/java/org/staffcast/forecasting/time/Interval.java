package org.staffcast.forecasting.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One interval of a site's {@link IntervalGrid}: the half-open UTC range {@code [start, end)}.
 *
 * <p>{@code ordinal} counts the intervals of the local day from 0 (a spring-forward day in a 15-minute grid
 * has ordinals 0..91, a fall-back day 0..99). {@code slotOfDay} is the wall-clock position,
 * {@code minutes since local midnight on the clock / interval length}, so 09:00 is slot 36 in a 15-minute
 * grid on every day of the year; on a fall-back day two intervals share the repeated slots, and on a
 * spring-forward day the skipped slots never occur. Seasonal models key on {@code (dayOfWeek, slotOfDay)}.
 */
public record Interval(Instant start, Instant end, LocalDate date, int ordinal, int slotOfDay) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(date, "date");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("interval end " + end + " is not after start " + start);
        }
        if (ordinal < 0 || slotOfDay < 0) {
            throw new IllegalArgumentException("negative ordinal or slot");
        }
    }

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** True when {@code instant} lies in {@code [start, end)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
