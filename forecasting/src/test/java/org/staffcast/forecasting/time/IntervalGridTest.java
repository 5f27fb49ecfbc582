package org.staffcast.forecasting.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalGridTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    // 2026 transitions: EU on the last Sundays of March and October, US on the second Sunday of March and the
    // first Sunday of November (EU Directive 2000/84/EC; US Energy Policy Act of 2005).
    @ParameterizedTest(name = "{0} {1}: {2} intervals of {3} min")
    @CsvSource({
        "Europe/Berlin,    2026-03-29, 92, 15",
        "Europe/Berlin,    2026-10-25, 100, 15",
        "Europe/Berlin,    2026-03-28, 96, 15",
        "Europe/Berlin,    2026-03-30, 96, 15",
        "America/New_York, 2026-03-08, 92, 15",
        "America/New_York, 2026-11-01, 100, 15",
        "America/New_York, 2026-11-02, 96, 15",
        "Europe/Berlin,    2026-03-29, 46, 30",
        "Europe/Berlin,    2026-10-25, 50, 30",
        "America/New_York, 2026-03-08, 23, 60",
        "America/New_York, 2026-11-01, 25, 60",
        "UTC,              2026-03-29, 96, 15",
    })
    void dstDaysHaveTheRightIntervalCount(String zone, LocalDate date, int expected, int minutes) {
        IntervalGrid grid = new IntervalGrid(ZoneId.of(zone), minutes);
        assertEquals(expected, grid.intervalsPerDay(date));
        List<Interval> intervals = grid.intervalsOf(date);
        assertEquals(expected, intervals.size());
        // contiguous, each of full length, covering exactly the local day
        assertEquals(grid.dayStart(date), intervals.getFirst().start());
        assertEquals(grid.dayStart(date.plusDays(1)), intervals.getLast().end());
        for (int i = 0; i < intervals.size(); i++) {
            assertEquals(i, intervals.get(i).ordinal());
            assertEquals(Duration.ofMinutes(minutes), intervals.get(i).length());
            if (i > 0) {
                assertEquals(intervals.get(i - 1).end(), intervals.get(i).start());
            }
        }
    }

    @Test
    void weekWithDstChangeHasTheRightIntervalCount() {
        IntervalGrid berlin = IntervalGrid.quarterHours(BERLIN);
        // Monday 2026-03-23 .. Sunday 2026-03-29: six normal days and the spring-forward Sunday
        assertEquals(6 * 96 + 92, berlin.intervalCount(new Horizon(LocalDate.of(2026, 3, 23), 7)));
        assertEquals(6 * 96 + 100, berlin.intervalCount(new Horizon(LocalDate.of(2026, 10, 19), 7)));
        assertEquals(672, berlin.intervalCount(new Horizon(LocalDate.of(2026, 6, 1), 7)));
        IntervalGrid ny = IntervalGrid.quarterHours(NEW_YORK);
        // Sunday-start weeks, the common first day of week in the US
        Horizon march = Horizon.weekContaining(LocalDate.of(2026, 3, 11), DayOfWeek.SUNDAY);
        assertEquals(LocalDate.of(2026, 3, 8), march.start());
        assertEquals(92 + 6 * 96, ny.intervalsOf(march).size());
        assertEquals(100 + 6 * 96, ny.intervalCount(Horizon.weekContaining(LocalDate.of(2026, 11, 4), DayOfWeek.SUNDAY)));
    }

    @Test
    void springForwardSkipsTheMissingHourOnTheWallClock() {
        IntervalGrid grid = IntervalGrid.quarterHours(BERLIN);
        List<Interval> day = grid.intervalsOf(LocalDate.of(2026, 3, 29));
        // 01:45 CET is followed by 03:00 CEST: slot 7 then slot 12
        assertEquals(7, day.get(7).slotOfDay());
        assertEquals(12, day.get(8).slotOfDay());
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), day.get(8).start());
        assertEquals(95, day.getLast().slotOfDay());
        Set<Integer> slots = new HashSet<>();
        day.forEach(i -> slots.add(i.slotOfDay()));
        assertEquals(92, slots.size());
        assertFalse(slots.contains(8));
    }

    @Test
    void fallBackRepeatsTheDoubledHour() {
        IntervalGrid grid = IntervalGrid.quarterHours(NEW_YORK);
        List<Interval> day = grid.intervalsOf(LocalDate.of(2026, 11, 1));
        // 01:00-02:00 local happens twice: first at EDT (05:00Z), then at EST (06:00Z)
        assertEquals(4, day.get(4).slotOfDay());
        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), day.get(4).start());
        assertEquals(4, day.get(8).slotOfDay());
        assertEquals(Instant.parse("2026-11-01T06:00:00Z"), day.get(8).start());
        assertEquals(95, day.getLast().slotOfDay());
        assertEquals(Instant.parse("2026-11-02T04:45:00Z"), day.getLast().start());
    }

    @Test
    void intervalContainingAnInstant() {
        IntervalGrid grid = IntervalGrid.quarterHours(BERLIN);
        Interval i = grid.intervalContaining(Instant.parse("2026-10-25T00:52:10Z"));
        // 00:52Z is 02:52 CEST, the first pass through the doubled hour
        assertEquals(Instant.parse("2026-10-25T00:45:00Z"), i.start());
        assertEquals(LocalDate.of(2026, 10, 25), i.date());
        assertEquals(11, i.ordinal());
        assertEquals(11, i.slotOfDay());
        Interval second = grid.intervalContaining(Instant.parse("2026-10-25T01:52:10Z"));
        assertEquals(15, second.ordinal());
        assertEquals(11, second.slotOfDay());
        assertEquals(DayOfWeek.SUNDAY, second.dayOfWeek());
        assertTrue(second.contains(Instant.parse("2026-10-25T01:59:59.999Z")));
        assertFalse(second.contains(Instant.parse("2026-10-25T02:00:00Z")));
        // the instant just before local midnight belongs to the previous local day
        Interval late = grid.intervalContaining(Instant.parse("2026-07-01T21:59:59Z"));
        assertEquals(LocalDate.of(2026, 7, 1), late.date());
        assertEquals(95, late.ordinal());
    }

    @Test
    void everyIntervalOfAYearIsFoundBackFromItsStart() {
        for (ZoneId zone : List.of(BERLIN, NEW_YORK, ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"))) {
            for (int minutes : List.of(15, 30, 60)) {
                IntervalGrid grid = new IntervalGrid(zone, minutes);
                Horizon year = new Horizon(LocalDate.of(2026, 1, 1), 365);
                List<Interval> all = grid.intervalsOf(year);
                assertEquals(grid.intervalCount(year), all.size());
                for (Interval i : all) {
                    assertEquals(i, grid.intervalContaining(i.start()), () -> zone + " " + i);
                    assertTrue(grid.isIntervalStart(i.start()));
                }
                assertEquals(all.size() - 1, grid.intervalsBetween(all.getFirst().start(), all.getLast().start()));
            }
        }
    }

    @Test
    void lordHoweHalfHourShiftShortensTheLastHourlyInterval() {
        // Lord Howe Island moves its clocks by 30 minutes (2026-04-05 back, 2026-10-04 forward)
        IntervalGrid grid = new IntervalGrid(ZoneId.of("Australia/Lord_Howe"), 60);
        List<Interval> back = grid.intervalsOf(LocalDate.of(2026, 4, 5));
        assertEquals(25, back.size());
        assertEquals(Duration.ofMinutes(30), back.getLast().length());
        assertEquals(grid.dayStart(LocalDate.of(2026, 4, 6)), back.getLast().end());
    }

    @Test
    void intervalAtLocalTime() {
        IntervalGrid grid = new IntervalGrid(NEW_YORK, 30);
        Interval nine = grid.intervalAt(LocalDate.of(2026, 1, 15), LocalTime.of(9, 10));
        assertEquals(Instant.parse("2026-01-15T14:00:00Z"), nine.start());
        assertEquals(18, nine.slotOfDay());
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        IllegalArgumentException len = assertThrows(IllegalArgumentException.class, () -> new IntervalGrid(BERLIN, 20));
        assertTrue(len.getMessage().contains("15, 30 or 60"));
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class, () -> IntervalGrid.zone("Europe/Bxl"));
        assertTrue(zone.getMessage().contains("Europe/Bxl"));
        assertThrows(IllegalArgumentException.class, () -> new Horizon(LocalDate.of(2026, 1, 1), 0));
        Horizon h = new Horizon(LocalDate.of(2026, 1, 1), 7);
        assertEquals(6, h.dayIndex(LocalDate.of(2026, 1, 7)));
        assertThrows(IllegalArgumentException.class, () -> h.dayIndex(LocalDate.of(2026, 1, 8)));
    }
}
