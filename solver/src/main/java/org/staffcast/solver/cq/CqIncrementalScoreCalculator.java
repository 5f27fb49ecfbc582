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
 * and one request term in O(1) and the employee's type counts, minutes and weekends in O(1); the row's run rules
 * are re-priced either around the changed day only ({@link CqRowPenalty#local}, long horizons) or by one pass
 * over the row when the score is asked for. Constraint Streams redo the consecutive-sequence bookkeeping for every
 * change, which is what limited the move speed; whole-row passes were the next limit on the 364-day instances.
 */
public final class CqIncrementalScoreCalculator implements IncrementalScoreCalculator<CqSchedule, HardSoftScore> {

    private CqInstance instance;
    private CqRowPenalty rowPenalty;
    private CqCover[][] cover;
    private int[][] rows;
    private int[][] count;
    /** requestCost[e][d][value + 1]: on/off request cost of employee e working value (OFF = -1) on day d. */
    private int[][][] requestCost;
    /** Per-employee type counts, minutes and weekends, kept only while local re-pricing is on (localLimit > 0). */
    private int[][] typeCount;
    private int[] minutes;
    private int[][] weekendDays;
    private int[] weekends;
    /** Each row's current hard penalty. */
    private int[] rowHard;
    /** Changes of each row since the last score, and the rows left for a whole re-penalising at the next score. */
    private int[] changes;
    private int[] dirtyList;
    private int dirtyCount;
    private int[] touchedList;
    private int touchedCount;
    private int localLimit;
    private long hard;
    private long soft;

    private Integer localLimitOverride;

    /** Most changes of one row per move priced locally (tests: both paths on any horizon); null = by horizon. */
    void setLocalLimit(Integer limit) {
        this.localLimitOverride = limit;
    }

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
        rowHard = new int[n];
        changes = new int[n];
        dirtyList = new int[n];
        touchedList = new int[n];
        dirtyCount = 0;
        touchedCount = 0;
        // a local re-pricing scans about two runs twice per change; it pays only on long rows (Instance23, 364
        // days: 66k -> 128k moves/s at 15 s), and past h / 24 changes of one row in one move a single pass over the
        // row is cheaper. On 12-week and shorter horizons the whole-row pass was faster (Instance13 364k vs 305k,
        // Instance19 264k vs 254k moves/s), so they keep it.
        localLimit = localLimitOverride != null ? localLimitOverride : h > 112 ? h / 24 : 0;
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
            rowHard[e.index()] = rowPenalty.of(e, rows[e.index()]);
            hard += rowHard[e.index()];
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
        if (changes[e]++ == 0) {
            touchedList[touchedCount++] = e;
        }
        boolean local = changes[e] <= localLimit;
        if (!local && changes[e] == localLimit + 1) {
            dirtyList[dirtyCount++] = e;
        }
        if (localLimit == 0) {
            // short horizons: the whole-row pass at the next score is all, the per-employee totals go unused
            row[d] = to;
            return;
        }
        long before = local ? rowPenalty.local(employee, row, d) + aggregate(employee, e, from, to) : 0;
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
        if (local) {
            int delta = (int) (rowPenalty.local(employee, row, d) + aggregate(employee, e, from, to) - before);
            hard += delta;
            rowHard[e] += delta;
        }
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
        for (int i = 0; i < dirtyCount; i++) {
            int e = dirtyList[i];
            int p = rowPenalty.of(instance.employees().get(e), rows[e]);
            hard += p - rowHard[e];
            rowHard[e] = p;
        }
        dirtyCount = 0;
        for (int i = 0; i < touchedCount; i++) {
            changes[touchedList[i]] = 0;
        }
        touchedCount = 0;
        return HardSoftScore.of(-hard, -soft);
    }
}
