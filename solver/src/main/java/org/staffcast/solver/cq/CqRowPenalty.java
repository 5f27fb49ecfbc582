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
                boolean inner = runStart > 0 && d < h;
                if (prevWork) {
                    if (length > e.maxConsecutiveShifts()) {
                        penalty += CqPenalties.DAY * (length - e.maxConsecutiveShifts());
                    }
                    if (inner && length < e.minConsecutiveShifts()) {
                        penalty += CqPenalties.DAY * (e.minConsecutiveShifts() - length);
                    }
                } else if (inner && length < e.minConsecutiveDaysOff()) {
                    penalty += CqPenalties.DAY * (e.minConsecutiveDaysOff() - length);
                }
                runStart = d;
            }
        }
        for (int s = 0; s < count.length; s++) {
            if (count[s] > e.maxShifts(s)) {
                penalty += CqPenalties.DAY * (count[s] - e.maxShifts(s));
            }
        }
        if (minutes > e.maxTotalMinutes()) {
            penalty += CqPenalties.minutes(minutes - e.maxTotalMinutes());
        }
        if (minutes < e.minTotalMinutes()) {
            penalty += CqPenalties.minutes(e.minTotalMinutes() - minutes);
        }
        for (int sat = 5; sat < h; sat += 7) {
            if (row[sat] != CqRoster.OFF || (sat + 1 < h && row[sat + 1] != CqRoster.OFF)) {
                weekends++;
            }
        }
        if (weekends > e.maxWeekends()) {
            penalty += CqPenalties.DAY * (weekends - e.maxWeekends());
        }
        return penalty;
    }
}
