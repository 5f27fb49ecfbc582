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
 * and one request term in O(1) and marks its employee dirty; the dirty rows are re-penalised in O(horizon) when
 * the score is asked for. Constraint Streams redo the consecutive-sequence bookkeeping for every change, which is
 * what limited the move speed.
 */
public final class CqIncrementalScoreCalculator implements IncrementalScoreCalculator<CqSchedule, HardSoftScore> {

    private CqInstance instance;
    private CqRowPenalty rowPenalty;
    private CqCover[][] cover;
    private int[][] rows;
    private int[][] count;
    /** requestCost[e][d][value + 1]: on/off request cost of employee e working value (OFF = -1) on day d. */
    private int[][][] requestCost;
    private int[] rowHard;
    private boolean[] dirty;
    private int[] dirtyList;
    private int dirtyCount;
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
        rowHard = new int[n];
        dirty = new boolean[n];
        dirtyList = new int[n];
        dirtyCount = 0;
        soft = 0;
        for (CqAssignment a : schedule.getAssignments()) {
            int v = a.getShift() == null ? CqRoster.OFF : a.getShift().index();
            rows[a.getEmployeeIndex()][a.getDay()] = v;
            if (v != CqRoster.OFF) {
                count[a.getDay()][v]++;
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
        rows[e][d] = to;
        if (!dirty[e]) {
            dirty[e] = true;
            dirtyList[dirtyCount++] = e;
        }
    }

    @Override
    public HardSoftScore calculateScore() {
        for (int i = 0; i < dirtyCount; i++) {
            int e = dirtyList[i];
            int p = rowPenalty.of(instance.employees().get(e), rows[e]);
            hard += p - rowHard[e];
            rowHard[e] = p;
            dirty[e] = false;
        }
        dirtyCount = 0;
        return HardSoftScore.of(-hard, -soft);
    }
}
