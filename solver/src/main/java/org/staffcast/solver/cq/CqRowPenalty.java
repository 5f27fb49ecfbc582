package org.staffcast.solver.cq;

/**
 * The hard penalty of one employee's row, in the units of {@link CqPenalties}, computed in one pass without
 * building violation messages: the same sum as {@link CqEvaluator#employeePenalty} (checked by a test), fast enough
 * for the inner loop of a per-row search.
 */
final class CqRowPenalty {

    private final CqInstance in;
    private final int[] minutesByType;
    private final boolean[][] forbids;

    CqRowPenalty(CqInstance in) {
        this.in = in;
        int n = in.shiftTypes().size();
        minutesByType = new int[n];
        forbids = new boolean[n][n];
        for (CqShiftType a : in.shiftTypes()) {
            minutesByType[a.index()] = a.minutes();
            for (CqShiftType b : in.shiftTypes()) {
                forbids[a.index()][b.index()] = a.forbidsNext(b);
            }
        }
    }

    /** Σ of the employee's hard rule penalties for {@code row} ({@code row[d]} = type index or OFF). */
    int of(CqEmployee e, int[] row) {
        int h = row.length;
        int[] count = new int[minutesByType.length];
        int minutes = 0;
        int penalty = 0;
        int weekends = 0;
        int runStart = 0;
        for (int d = 0; d <= h; d++) {
            boolean work = d < h && row[d] != CqRoster.OFF;
            boolean prevWork = d > 0 && row[d - 1] != CqRoster.OFF;
            if (d < h && work) {
                int s = row[d];
                count[s]++;
                minutes += minutesByType[s];
                if (e.isDayOff(d)) {
                    penalty += CqPenalties.DAY;
                }
                if (prevWork && forbids[row[d - 1]][s]) {
                    penalty += CqPenalties.DAY;
                }
            }
            if (d == 0) {
                continue;
            }
            if (d == h || work != prevWork) {
                int length = d - runStart;
                penalty += runPenalty(e, prevWork, length, runStart > 0 && d < h);
                runStart = d;
            }
        }
        for (int s = 0; s < count.length; s++) {
            penalty += typeExcess(e, s, count[s]);
        }
        for (int sat = 5; sat < h; sat += 7) {
            if (CqRoster.worksWeekend(row, sat, h)) {
                weekends++;
            }
        }
        return penalty + minutesPenalty(e, minutes) + weekendPenalty(e, weekends);
    }

    /**
     * The run part of {@link #of} (run lengths, forbidden successions, fixed days off) over the runs that touch days
     * {@code d - 1}, {@code d} and {@code d + 1}: the only part a change of day {@code d} can alter. The segment's
     * ends depend only on the days before {@code d - 1} and after {@code d + 1}, so the same segment is priced
     * before and after the change and the difference is exact.
     */
    int local(CqEmployee e, int[] row, int d) {
        int h = row.length;
        int from = d;
        if (d > 0) {
            from = d - 1;
            boolean work = row[from] != CqRoster.OFF;
            while (from > 0 && (row[from - 1] != CqRoster.OFF) == work) {
                from--;
            }
        }
        int to = d;
        if (d < h - 1) {
            to = d + 1;
            boolean work = row[to] != CqRoster.OFF;
            while (to < h - 1 && (row[to + 1] != CqRoster.OFF) == work) {
                to++;
            }
        }
        int penalty = 0;
        int runStart = from;
        for (int x = from; x <= to; x++) {
            boolean work = row[x] != CqRoster.OFF;
            if (work) {
                if (e.isDayOff(x)) {
                    penalty += CqPenalties.DAY;
                }
                if (x > from && row[x - 1] != CqRoster.OFF && forbids[row[x - 1]][row[x]]) {
                    penalty += CqPenalties.DAY;
                }
            }
            if (x == to || (row[x + 1] != CqRoster.OFF) != work) {
                int length = x + 1 - runStart;
                penalty += runPenalty(e, work, length, runStart > 0 && x < h - 1);
                runStart = x + 1;
            }
        }
        return penalty;
    }

    /**
     * The run-length penalty of one maximal run of work ({@code work}) or days off: too long a work run anywhere, too
     * short a run only when {@code inner} (it touches neither end of the horizon).
     */
    private static int runPenalty(CqEmployee e, boolean work, int length, boolean inner) {
        if (work) {
            int p = length > e.maxConsecutiveShifts() ? CqPenalties.DAY * (length - e.maxConsecutiveShifts()) : 0;
            return inner && length < e.minConsecutiveShifts()
                    ? p + CqPenalties.DAY * (e.minConsecutiveShifts() - length) : p;
        }
        return inner && length < e.minConsecutiveDaysOff() ? CqPenalties.DAY * (e.minConsecutiveDaysOff() - length) : 0;
    }

    /** The penalty of {@code count} shifts of type {@code type} ({@code OFF}: none) against the maximum. */
    static int typeExcess(CqEmployee e, int type, int count) {
        return type == CqRoster.OFF || count <= e.maxShifts(type) ? 0 : CqPenalties.DAY * (count - e.maxShifts(type));
    }

    /** The penalty of {@code minutes} worked in total against the contract's range. */
    static int minutesPenalty(CqEmployee e, int minutes) {
        int p = minutes > e.maxTotalMinutes() ? CqPenalties.minutes(minutes - e.maxTotalMinutes()) : 0;
        return minutes < e.minTotalMinutes() ? p + CqPenalties.minutes(e.minTotalMinutes() - minutes) : p;
    }

    /** The penalty of {@code weekends} worked against the maximum. */
    static int weekendPenalty(CqEmployee e, int weekends) {
        return weekends > e.maxWeekends() ? CqPenalties.DAY * (weekends - e.maxWeekends()) : 0;
    }

    int minutes(int type) {
        return type == CqRoster.OFF ? 0 : minutesByType[type];
    }
}
