package org.staffcast.solver.cq;

import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random rostering swap moves (Burke et al.'s nurse-rostering neighbourhoods): a block of {@code 1..maxBlock}
 * consecutive days swapped between two employees, or — with {@code withinEmployee} — one employee's shifts on two
 * non-overlapping blocks of days swapped (one day each by default: a shift moves to another day). Only moves that
 * change something and keep every value inside the receiving employee's allowed shift types and off pinned days are
 * produced. Subclasses fix the kind, so the solver config can weigh them.
 */
public abstract class CqSwapMoveFactory extends CqRandomMoveFactory<CqSwapMove> {

    private final boolean withinEmployee;
    private int maxBlock;

    CqSwapMoveFactory(boolean withinEmployee, int maxBlock) {
        this.withinEmployee = withinEmployee;
        this.maxBlock = maxBlock;
    }

    /** Swaps of 1..maxBlock consecutive days between two employees (custom property {@code maxBlock}). */
    public static final class BetweenEmployees extends CqSwapMoveFactory {
        public BetweenEmployees() {
            super(false, 7);
        }
    }

    /** Longest block of days swapped at once (a solver-config custom property). */
    public void setMaxBlock(int maxBlock) {
        if (maxBlock < 1) {
            throw new IllegalArgumentException("maxBlock must be at least 1, got " + maxBlock);
        }
        this.maxBlock = maxBlock;
    }

    /** Swaps of one employee's shifts on two non-overlapping blocks of 1..maxBlock days. */
    public static final class WithinEmployee extends CqSwapMoveFactory {
        public WithinEmployee() {
            super(true, 1);
        }
    }

    @Override
    public long getSize(ScoreDirector<CqSchedule> scoreDirector) {
        CqAssignment[][] g = grid(scoreDirector.getWorkingSolution());
        long e = g.length;
        long d = g.length == 0 ? 0 : g[0].length;
        return withinEmployee ? e * d * (d - 1) / 2 : e * (e - 1) / 2 * d * maxBlock;
    }

    @Override
    CqSwapMove pick(CqAssignment[][] g, RandomGenerator random) {
        int employees = g.length;
        int days = g[0].length;
        if (withinEmployee ? days < 2 : employees < 2) {
            return null;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CqSwapMove move = withinEmployee ? pickWithin(g, random, employees, days)
                    : pickBetween(g, random, employees, days);
            if (move != null) {
                return move;
            }
        }
        return null;
    }

    private CqSwapMove pickWithin(CqAssignment[][] g, RandomGenerator random, int employees, int days) {
        CqAssignment[] row = g[random.nextInt(employees)];
        int length = 1 + random.nextInt(Math.min(maxBlock, days / 2));
        int d1 = random.nextInt(days - length + 1);
        int d2 = random.nextInt(days - length + 1);
        if (Math.abs(d1 - d2) < length) {
            return null;
        }
        List<CqAssignment> left = new ArrayList<>(length);
        List<CqAssignment> right = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            CqAssignment a = row[d1 + i];
            CqAssignment b = row[d2 + i];
            if (a.getShift() == b.getShift()) {
                continue;
            }
            if (a.isFixedDayOff() || b.isFixedDayOff()) {
                return null;
            }
            left.add(a);
            right.add(b);
        }
        return left.isEmpty() ? null : new CqSwapMove(left, right);
    }

    private CqSwapMove pickBetween(CqAssignment[][] g, RandomGenerator random, int employees, int days) {
        int e1 = random.nextInt(employees);
        int e2 = random.nextInt(employees - 1);
        if (e2 >= e1) {
            e2++;
        }
        int length = 1 + random.nextInt(Math.min(maxBlock, days));
        int start = random.nextInt(days - length + 1);
        List<CqAssignment> left = new ArrayList<>(length);
        List<CqAssignment> right = new ArrayList<>(length);
        for (int d = start; d < start + length; d++) {
            CqAssignment a = g[e1][d];
            CqAssignment b = g[e2][d];
            if (a.getShift() == b.getShift()) {
                continue;
            }
            if (a.isFixedDayOff() || b.isFixedDayOff() || !allows(a, b.getShift()) || !allows(b, a.getShift())) {
                return null;
            }
            left.add(a);
            right.add(b);
        }
        return left.isEmpty() ? null : new CqSwapMove(left, right);
    }

    private static boolean allows(CqAssignment receiver, CqShiftType value) {
        return value == null || receiver.getEmployee().maxShifts(value) > 0;
    }
}
