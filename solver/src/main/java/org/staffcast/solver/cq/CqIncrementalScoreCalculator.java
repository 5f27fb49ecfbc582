package org.staffcast.solver.cq;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * A plain-Java incremental score for Curtois &amp; Qu, the same score as {@link CqConstraintProvider} (which stays the
 * reference, and both are checked against {@link CqEvaluator}): hard = −Σ per-employee row penalties
 * ({@link CqRowPenalty}), soft = −(request cost + Σ cover lines WeightUnder × shortfall + WeightOver × surplus).
 *
 * <p>Why: every hard rule is a function of one employee's row, and the soft part is a sum over (employee, day)
 * request costs plus a function of the per-(day, shift type) counts. A changed day therefore updates one count
 * and one request term in O(1), the employee's type counts, minutes and weekends in O(1), and re-prices only the
 * runs around the day ({@link CqRowPenalty#local}): a move costs the same on a 364-day horizon as on a 14-day one.
 * Constraint Streams redo the consecutive-sequence bookkeeping for every change, which is what limited the move
 * speed; re-penalising whole rows was the next limit on the long instances.
 */
public final class CqIncrementalScoreCalculator implements IncrementalScoreCalculator<CqSchedule, HardSoftScore> {

    private CqInstance instance;
    private CqRowPenalty rowPenalty;
    private CqCover[][] cover;
    private int[][] rows;
    private int[][] count;
    /** requestCost[e][d][value + 1]: on/off request cost of employee e working value (OFF = -1) on day d. */
    private int[][][] requestCost;
    private int[][] typeCount;
    private int[] minutes;
    private int[][] weekendDays;
    private int[] weekends;
    private long hard;
    private long soft;

    @Override
    public void resetWorkingSolution(CqSchedule schedule) {
        if (schedule.getInstance() != instance) {
            instance = schedule.getInstance();
            rowPenalty = new CqRowPenalty(instance);
            cover = instance.coverTable();
            requestCost = CqRequestCosts.table(instance);
        }
        int n = instance.employees().size();
        int h = instance.horizon();
        rows = new int[n][h];
        count = new int[h][instance.shiftTypes().size()];
        typeCount = new int[n][instance.shiftTypes().size()];
        minutes = new int[n];
        weekendDays = new int[n][(h + 6) / 7];
        weekends = new int[n];
        soft = 0;
        for (CqAssignment a : schedule.getAssignments()) {
            int v = a.getShift() == null ? CqRoster.OFF : a.getShift().index();
            rows[a.getEmployeeIndex()][a.getDay()] = v;
            if (v != CqRoster.OFF) {
                count[a.getDay()][v]++;
                typeCount[a.getEmployeeIndex()][v]++;
                minutes[a.getEmployeeIndex()] += rowPenalty.minutes(v);
                if (CqInstance.isWeekend(a.getDay())
                        && weekendDays[a.getEmployeeIndex()][a.getDay() / 7]++ == 0) {
                    weekends[a.getEmployeeIndex()]++;
                }
            }
            soft += requestCost[a.getEmployeeIndex()][a.getDay()][v + 1];
        }
        for (int d = 0; d < h; d++) {
            for (int s = 0; s < cover[d].length; s++) {
                if (cover[d][s] != null) {
                    soft += cover[d][s].cost(count[d][s]);
                }
            }
        }
        hard = 0;
        for (CqEmployee e : instance.employees()) {
            hard += rowPenalty.of(e, rows[e.index()]);
        }
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        // the old value is kept in rows, so nothing to do before the change
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        CqAssignment a = (CqAssignment) entity;
        int e = a.getEmployeeIndex();
        int d = a.getDay();
        int from = rows[e][d];
        int to = a.getShift() == null ? CqRoster.OFF : a.getShift().index();
        if (from == to) {
            return;
        }
        soft += requestCost[e][d][to + 1] - requestCost[e][d][from + 1];
        if (from != CqRoster.OFF) {
            CqCover c = cover[d][from];
            if (c != null) {
                soft += c.cost(count[d][from] - 1) - c.cost(count[d][from]);
            }
            count[d][from]--;
        }
        if (to != CqRoster.OFF) {
            CqCover c = cover[d][to];
            if (c != null) {
                soft += c.cost(count[d][to] + 1) - c.cost(count[d][to]);
            }
            count[d][to]++;
        }
        CqEmployee employee = instance.employees().get(e);
        int[] row = rows[e];
        int w = d / 7;
        boolean weekend = CqInstance.isWeekend(d);
        long before = rowPenalty.local(employee, row, d) + aggregate(employee, e, from, to);
        if (from != CqRoster.OFF) {
            typeCount[e][from]--;
            minutes[e] -= rowPenalty.minutes(from);
            if (weekend && --weekendDays[e][w] == 0) {
                weekends[e]--;
            }
        }
        if (to != CqRoster.OFF) {
            typeCount[e][to]++;
            minutes[e] += rowPenalty.minutes(to);
            if (weekend && weekendDays[e][w]++ == 0) {
                weekends[e]++;
            }
        }
        row[d] = to;
        hard += rowPenalty.local(employee, row, d) + aggregate(employee, e, from, to) - before;
    }

    /** The row's count, minutes and weekend penalties that a change between {@code a} and {@code b} can alter. */
    private int aggregate(CqEmployee employee, int e, int a, int b) {
        int p = CqRowPenalty.minutesPenalty(employee, minutes[e]) + CqRowPenalty.weekendPenalty(employee, weekends[e]);
        if (a != CqRoster.OFF) {
            p += CqRowPenalty.typeExcess(employee, a, typeCount[e][a]);
        }
        if (b != CqRoster.OFF) {
            p += CqRowPenalty.typeExcess(employee, b, typeCount[e][b]);
        }
        return p;
    }

    @Override
    public HardSoftScore calculateScore() {
        return HardSoftScore.of(-hard, -soft);
    }
}
