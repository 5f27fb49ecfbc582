package org.staffcast.forecasting.time;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The site's time grid: intervals of 15, 30 or 60 minutes aligned to local midnight in the site's IANA zone
 * and identified by their UTC start instant.
 *
 * <p>Intervals are laid in elapsed (UTC) time from the start of each local day, so a day is as long as the
 * clock says: with 15-minute intervals a spring-forward day has 92 intervals and a fall-back day 100. Where a
 * transition does not move the clock by a whole number of intervals (Lord Howe Island's 30-minute shift on a
 * 60-minute grid), the last interval of the day is shortened so the next day still starts at local midnight.
 * Where midnight itself is skipped by a transition, the day starts at the first valid local time
 * ({@link LocalDate#atStartOfDay(ZoneId)}).
 */
public final class IntervalGrid {

    /** Interval lengths a site may use, in minutes. */
    public static final Set<Integer> ALLOWED_MINUTES = Set.of(15, 30, 60);

    private final ZoneId zone;
    private final int minutes;
    private final Duration length;

    public IntervalGrid(ZoneId zone, int minutes) {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (!ALLOWED_MINUTES.contains(minutes)) {
            throw new IllegalArgumentException("interval length must be 15, 30 or 60 minutes, not " + minutes);
        }
        this.minutes = minutes;
        this.length = Duration.ofMinutes(minutes);
    }

    /** A 15-minute grid, the default. */
    public static IntervalGrid quarterHours(ZoneId zone) {
        return new IntervalGrid(zone, 15);
    }

    /** Parses an IANA zone id with a message that names the bad value. */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + id + "'", e);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public int minutes() {
        return minutes;
    }

    public Duration length() {
        return length;
    }

    /** Number of wall-clock slots in a normal day: 96, 48 or 24. */
    public int slotsPerDay() {
        return 24 * 60 / minutes;
    }

    /** The UTC instant at which local {@code date} starts. */
    public Instant dayStart(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Number of intervals of local {@code date}: 96 on a normal 15-minute day, 92 or 100 on DST days. */
    public int intervalsPerDay(LocalDate date) {
        long dayMinutes = Duration.between(dayStart(date), dayStart(date.plusDays(1))).toMinutes();
        return (int) ((dayMinutes + minutes - 1) / minutes);
    }

    /** The intervals of one local day, in order. */
    public List<Interval> intervalsOf(LocalDate date) {
        Instant start = dayStart(date);
        Instant nextDay = dayStart(date.plusDays(1));
        int n = intervalsPerDay(date);
        List<Interval> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Instant s = start.plus(length.multipliedBy(k));
            Instant e = s.plus(length);
            if (e.isAfter(nextDay)) {
                e = nextDay;
            }
            out.add(new Interval(s, e, date, k, slotOf(s)));
        }
        return out;
    }

    /** The intervals of {@code horizon}'s local days, in order. */
    public List<Interval> intervalsOf(Horizon horizon) {
        List<Interval> out = new ArrayList<>(horizon.days() * slotsPerDay() + 8);
        for (LocalDate d : horizon.dates()) {
            out.addAll(intervalsOf(d));
        }
        return out;
    }

    /** Total number of intervals in {@code horizon}. */
    public int intervalCount(Horizon horizon) {
        int n = 0;
        for (LocalDate d : horizon.dates()) {
            n += intervalsPerDay(d);
        }
        return n;
    }

    /** The interval that contains {@code instant}. */
    public Interval intervalContaining(Instant instant) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        Instant start = dayStart(date);
        if (instant.isBefore(start)) {
            // only possible where local midnight was skipped and the instant belongs to the previous day
            date = date.minusDays(1);
            start = dayStart(date);
        }
        long elapsed = Duration.between(start, instant).toMinutes();
        int ordinal = (int) (elapsed / minutes);
        Instant s = start.plus(length.multipliedBy(ordinal));
        Instant e = s.plus(length);
        Instant nextDay = dayStart(date.plusDays(1));
        if (e.isAfter(nextDay)) {
            e = nextDay;
        }
        return new Interval(s, e, date, ordinal, slotOf(s));
    }

    /** True when {@code instant} is the start of a grid interval. */
    public boolean isIntervalStart(Instant instant) {
        return intervalContaining(instant).start().equals(instant);
    }

    /** Wall-clock slot of an interval start: local minutes since midnight divided by the interval length. */
    public int slotOf(Instant start) {
        ZonedDateTime local = start.atZone(zone);
        LocalTime t = local.toLocalTime();
        int slot = (t.getHour() * 60 + t.getMinute()) / minutes;
        return Math.min(slot, slotsPerDay() - 1);
    }

    /** The interval starting at local {@code time} on {@code date} (earlier offset in a fall-back overlap). */
    public Interval intervalAt(LocalDate date, LocalTime time) {
        Instant instant = ZonedDateTime.of(date, time, zone).toInstant();
        return intervalContaining(instant);
    }

    /** Whole intervals between two interval starts of this grid (may be negative). */
    public long intervalsBetween(Instant fromStart, Instant toStart) {
        // elapsed time, valid because every interval except a rare shortened last one has the full length
        Interval from = intervalContaining(fromStart);
        Interval to = intervalContaining(toStart);
        long days = ChronoUnit.DAYS.between(from.date(), to.date());
        if (days == 0) {
            return to.ordinal() - from.ordinal();
        }
        long n = 0;
        if (days > 0) {
            for (LocalDate d = from.date(); d.isBefore(to.date()); d = d.plusDays(1)) {
                n += intervalsPerDay(d);
            }
            return n - from.ordinal() + to.ordinal();
        }
        return -intervalsBetween(toStart, fromStart);
    }

    @Override
    public String toString() {
        return "IntervalGrid[" + zone + ", " + minutes + " min]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalGrid g && g.zone.equals(zone) && g.minutes == minutes;
    }

    @Override
    public int hashCode() {
        return zone.hashCode() * 31 + minutes;
    }
}
