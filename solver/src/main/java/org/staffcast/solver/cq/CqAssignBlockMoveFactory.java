package org.staffcast.solver.cq;

import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random block assignments: one employee, {@code 2..maxBlock} consecutive days, all set to one allowed shift type
 * or all off. Creating or removing a whole run in one step crosses the minimum-run and minimum-days-off barriers
 * that single-day changes cannot.
 */
public final class CqAssignBlockMoveFactory extends CqRandomMoveFactory<CqAssignMove> {

    private int maxBlock = 5;

    /** Longest block (a solver-config custom property). */
    public void setMaxBlock(int maxBlock) {
        if (maxBlock < 2) {
            throw new IllegalArgumentException("maxBlock must be at least 2, got " + maxBlock);
        }
        this.maxBlock = maxBlock;
    }

    @Override
    public long getSize(ScoreDirector<CqSchedule> scoreDirector) {
        CqAssignment[][] g = grid(scoreDirector.getWorkingSolution());
        return (long) g.length * g[0].length * (maxBlock - 1) * 4;
    }

    @Override
    CqAssignMove pick(CqAssignment[][] g, RandomGenerator random) {
        int days = g[0].length;
        if (days < 2) {
            return null;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CqAssignment[] row = g[random.nextInt(g.length)];
            int length = 2 + random.nextInt(Math.min(maxBlock, days) - 1);
            int start = random.nextInt(days - length + 1);
            List<CqShiftType> allowed = row[start].getAllowedShifts();
            int pick = random.nextInt(allowed.size() + 1);
            CqShiftType value = pick == allowed.size() ? null : allowed.get(pick);
            List<CqAssignment> block = new ArrayList<>(length);
            boolean ok = true;
            for (int d = start; d < start + length && ok; d++) {
                CqAssignment a = row[d];
                if (a.isFixedDayOff()) {
                    ok = value == null;
                } else if (a.getShift() != value) {
                    block.add(a);
                }
            }
            if (ok && !block.isEmpty()) {
                return new CqAssignMove(block, value);
            }
        }
        return null;
    }
}
