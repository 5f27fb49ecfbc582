package org.staffcast.forecasting.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * All intervals of a run of local days on an {@link IntervalGrid}, laid out as flat arrays indexed by interval
 * position {@code i = 0 .. size()-1}, so models can work with {@code double[]} series instead of maps of instants.
 *
 * <p>For each position the arrays hold the interval start (epoch seconds), the day index from {@code start}
 * ({@code 0 .. days-1}), the ISO day of week minus one (Monday 0 .. Sunday 6) and the wall-clock slot of the day
 * ({@link Interval#slotOfDay()}). {@link #seasonalKey(int)} is {@code dayOfWeek * slotsPerDay + slot}, the
 * key of weekly-seasonal models. DST days have 92 or 100 positions in a 15-minute grid.
 */
public final class Timeline {

    private final IntervalGrid grid;
    private final Horizon days;
    private final long[] startSeconds;
    private final int[] day;
    private final int[] dayOfWeek;
    private final int[] slot;
    private final int[] dayFirst;
    private final int[] daySlot;

    public Timeline(IntervalGrid grid, Horizon days) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.days = Objects.requireNonNull(days, "days");
        int n = grid.intervalCount(days);
        startSeconds = new long[n];
        day = new int[n];
        dayOfWeek = new int[n];
        slot = new int[n];
        dayFirst = new int[days.days() + 1];
        int i = 0;
        int d = 0;
        for (LocalDate date : days.dates()) {
            dayFirst[d] = i;
            int dow = date.getDayOfWeek().getValue() - 1;
            for (Interval iv : grid.intervalsOf(date)) {
                startSeconds[i] = iv.start().getEpochSecond();
                day[i] = d;
                dayOfWeek[i] = dow;
                slot[i] = iv.slotOfDay();
                i++;
            }
            d++;
        }
        dayFirst[days.days()] = n;
        int spd = grid.slotsPerDay();
        daySlot = new int[days.days() * spd];
        Arrays.fill(daySlot, -1);
        for (int k = n - 1; k >= 0; k--) {
            daySlot[day[k] * spd + slot[k]] = k;
        }
    }

    /** Position of the first interval of day {@code d} at wall-clock {@code slot}, or -1 (skipped by DST). */
    public int positionOf(int d, int slot) {
        if (d < 0 || d >= days.days()) {
            return -1;
        }
        return daySlot[d * grid.slotsPerDay() + slot];
    }

    /** Position of the same wall-clock slot {@code weeks} weeks before position {@code i}, or -1. */
    public int weeksBefore(int i, int weeks) {
        return positionOf(day[i] - 7 * weeks, slot[i]);
    }

    public IntervalGrid grid() {
        return grid;
    }

    /** The local days covered. */
    public Horizon horizon() {
        return days;
    }

    public int size() {
        return startSeconds.length;
    }

    public int dayCount() {
        return days.days();
    }

    public Instant start(int i) {
        return Instant.ofEpochSecond(startSeconds[i]);
    }

    public long startSeconds(int i) {
        return startSeconds[i];
    }

    public int day(int i) {
        return day[i];
    }

    public LocalDate date(int i) {
        return days.start().plusDays(day[i]);
    }

    /** Monday 0 .. Sunday 6. */
    public int dayOfWeek(int i) {
        return dayOfWeek[i];
    }

    public int slot(int i) {
        return slot[i];
    }

    /** {@code dayOfWeek * slotsPerDay + slot}: the weekly seasonal key, {@code 0 .. 7*slotsPerDay-1}. */
    public int seasonalKey(int i) {
        return dayOfWeek[i] * grid.slotsPerDay() + slot[i];
    }

    /** Number of seasonal keys, {@code 7 * slotsPerDay}. */
    public int keyCount() {
        return 7 * grid.slotsPerDay();
    }

    /** First position of day {@code d}; {@code dayFirst(dayCount())} is {@link #size()}. */
    public int dayFirst(int d) {
        return dayFirst[d];
    }

    /** Position of the interval starting at {@code start}, or -1 when it is not an interval start here. */
    public int indexOf(Instant start) {
        int k = Arrays.binarySearch(startSeconds, start.getEpochSecond());
        return k >= 0 && start.getNano() == 0 ? k : -1;
    }
}
