package org.staffcast.forecasting.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** A run of consecutive local dates: {@code days} days from {@code start}. A roster horizon is usually one week. */
public record Horizon(LocalDate start, int days) {

    public Horizon {
        Objects.requireNonNull(start, "start");
        if (days < 1) {
            throw new IllegalArgumentException("a horizon needs at least one day, not " + days);
        }
        if (days > 3660) {
            throw new IllegalArgumentException("a horizon of " + days + " days is longer than ten years");
        }
    }

    /** The week that contains {@code date}, starting on {@code firstDayOfWeek}. */
    public static Horizon weekContaining(LocalDate date, DayOfWeek firstDayOfWeek) {
        return new Horizon(date.with(TemporalAdjusters.previousOrSame(firstDayOfWeek)), 7);
    }

    /** The first day after the horizon. */
    public LocalDate endExclusive() {
        return start.plusDays(days);
    }

    public LocalDate lastDay() {
        return start.plusDays(days - 1L);
    }

    public List<LocalDate> dates() {
        return IntStream.range(0, days).mapToObj(start::plusDays).toList();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive());
    }

    /** Index of {@code date} in the horizon, 0 for the first day. */
    public int dayIndex(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " is outside the horizon " + this);
        }
        return (int) (date.toEpochDay() - start.toEpochDay());
    }

    @Override
    public String toString() {
        return start + "+" + days + "d";
    }
}
