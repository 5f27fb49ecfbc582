package org.staffcast.forecasting.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.staffcast.forecasting.time.IntervalGrid;

/**
 * What to generate: {@code queues} queues, {@code weeks} whole weeks of history ending just before
 * {@code endExclusive} (a local date, usually a Monday), on a grid of {@code intervalMinutes} in {@code zone},
 * with random draws from {@code seed}. The same spec always gives the same history.
 */
public record HistorySpec(int queues, int weeks, int intervalMinutes, ZoneId zone, long seed, LocalDate endExclusive) {

    public HistorySpec {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (queues < 1 || queues > 50) {
            throw new IllegalArgumentException("queues must be 1..50, not " + queues);
        }
        if (weeks < 1 || weeks > 520) {
            throw new IllegalArgumentException("weeks must be 1..520, not " + weeks);
        }
        if (!IntervalGrid.ALLOWED_MINUTES.contains(intervalMinutes)) {
            throw new IllegalArgumentException("interval minutes must be 15, 30 or 60, not " + intervalMinutes);
        }
    }

    /** The Monday on or before {@code today}: a history generated to it ends last Sunday. */
    public static LocalDate mondayOnOrBefore(LocalDate today) {
        return today.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** First generated day. */
    public LocalDate start() {
        return endExclusive.minusWeeks(weeks);
    }

    public IntervalGrid grid() {
        return new IntervalGrid(zone, intervalMinutes);
    }
}
