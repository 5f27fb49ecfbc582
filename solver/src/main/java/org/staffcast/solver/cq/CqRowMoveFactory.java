package org.staffcast.solver.cq;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;

/**
 * Ruin and recreate by rows: take {@code 1..maxEmployees} employees out of a window of whole weeks, then put them
 * back one by one (in random order), each with the cheapest hard-feasible row given everybody else
 * ({@link CqRowOptimizer}). With one employee this is the best response of that employee; with more, it
 * re-packs several rows together, which crosses the run-length, total-minutes and weekend barriers that day
 * changes and swaps cannot cross one step at a time.
 *
 * <p>The moves are built lazily, one per {@code next()}, because each runs a dynamic programme: the union move
 * selector asks this factory only as often as its probability weight says.
 */
public final class CqRowMoveFactory implements MoveIteratorFactory<CqSchedule, CqRowsMove> {

    private static final int ATTEMPTS = 10;

    private int maxEmployees = 3;
    private int windowWeeks = 4;
    private int rounds = 0;
    private boolean tieBreak = Boolean.parseBoolean(System.getProperty("staffcast.cq.tieBreak", "true"));
    private double timeShare = 0.5;
    private long startedNanos;
    private long spentNanos;

    private CqInstance instance;
    private CqRowOptimizer optimizer;
    private CqCover[][] cover;
    private int[][][] requestCost;
    private CqSchedule indexed;
    private CqAssignment[][] grid;
    private int[][] rowsBuffer;
    private int[][] countBuffer;
    private int[] fullStamp;
    private int stamp;
    private int windowFrom;
    private int windowTo;

    /** Most employees rebuilt by one move (a solver-config custom property). */
    public void setMaxEmployees(int maxEmployees) {
        if (maxEmployees < 1) {
            throw new IllegalArgumentException("maxEmployees must be at least 1, got " + maxEmployees);
        }
        this.maxEmployees = maxEmployees;
    }

    /** Window length in weeks; rosters no longer than this are rebuilt whole (a solver-config custom property). */
    public void setWindowWeeks(int windowWeeks) {
        if (windowWeeks < 1) {
            throw new IllegalArgumentException("windowWeeks must be at least 1, got " + windowWeeks);
        }
        this.windowWeeks = windowWeeks;
    }

    /**
     * Most of the solving time spent building these moves (a solver-config custom property, 0..1): a move costs a
     * dynamic programme per rebuilt row, 100× a day change on small instances and 10,000× on Instance13, so a
     * fixed selection probability would starve the cheap moves on some instances and waste the big ones on
     * others. Over budget, the factory offers no move for that step.
     */
    public void setTimeShare(double timeShare) {
        if (!(timeShare > 0 && timeShare <= 1)) {
            throw new IllegalArgumentException("timeShare must be in (0, 1], got " + timeShare);
        }
        this.timeShare = timeShare;
    }

    /** Best-response rounds among the rebuilt rows after they are all back (a solver-config custom property). */
    public void setRounds(int rounds) {
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must be at least 0, got " + rounds);
        }
        this.rounds = rounds;
    }

    @Override
    public long getSize(ScoreDirector<CqSchedule> scoreDirector) {
        CqSchedule s = scoreDirector.getWorkingSolution();
        return (long) s.getEmployees().size() * maxEmployees * Math.max(1, s.getInstance().horizon() / 7);
    }

    @Override
    public Iterator<CqRowsMove> createOriginalMoveIterator(ScoreDirector<CqSchedule> scoreDirector) {
        throw new UnsupportedOperationException("only random selection is supported");
    }

    @Override
    public Iterator<CqRowsMove> createRandomMoveIterator(ScoreDirector<CqSchedule> scoreDirector,
            RandomGenerator random) {
        CqSchedule solution = scoreDirector.getWorkingSolution();
        prepare(solution);
        return new Iterator<>() {
            private CqRowsMove next;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next == null && !exhausted) {
                    long now = System.nanoTime();
                    if (startedNanos == 0) {
                        startedNanos = now;
                    }
                    if (spentNanos > timeShare * (now - startedNanos)) {
                        exhausted = true;
                        return false;
                    }
                    for (int i = 0; i < ATTEMPTS && next == null; i++) {
                        next = build(random);
                    }
                    spentNanos += System.nanoTime() - now;
                    exhausted = next == null;
                }
                return next != null;
            }

            @Override
            public CqRowsMove next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CqRowsMove move = next;
                next = null;
                return move;
            }
        };
    }

    private void prepare(CqSchedule solution) {
        if (solution.getInstance() != instance) {
            instance = solution.getInstance();
            optimizer = new CqRowOptimizer(instance);
            cover = instance.coverTable();
            requestCost = CqRequestCosts.table(instance);
        }
        if (solution != indexed) {
            grid = new CqAssignment[instance.employees().size()][instance.horizon()];
            for (CqAssignment a : solution.getAssignments()) {
                grid[a.getEmployeeIndex()][a.getDay()] = a;
            }
            indexed = solution;
        }
    }

    /** One ruin-and-recreate move on the current working solution, or null when it would change nothing. */
    private CqRowsMove build(RandomGenerator random) {
        int n = grid.length;
        int h = instance.horizon();
        int types = instance.shiftTypes().size();
        int from = 0;
        int to = h;
        int weeks = (h + 6) / 7;
        if (weeks > windowWeeks) {
            from = 7 * random.nextInt(weeks - windowWeeks + 1);
            to = Math.min(h, from + 7 * windowWeeks);
        }
        // only the window's days of every row and the window's counts: O(employees × window), not × horizon;
        // the rows handed to the programme are completed by fullRow
        if (rowsBuffer == null || rowsBuffer.length != n || rowsBuffer[0].length != h) {
            rowsBuffer = new int[n][h];
            countBuffer = new int[h][types];
            fullStamp = new int[n];
        }
        stamp++;
        windowFrom = from;
        windowTo = to;
        int[][] rows = rowsBuffer;
        int[][] count = countBuffer;
        for (int d = from; d < to; d++) {
            java.util.Arrays.fill(count[d], 0);
        }
        for (int e = 0; e < n; e++) {
            int[] row = rows[e];
            CqAssignment[] days = grid[e];
            for (int d = from; d < to; d++) {
                CqShiftType s = days[d].getShift();
                int v = s == null ? CqRoster.OFF : s.index();
                row[d] = v;
                if (v != CqRoster.OFF) {
                    count[d][v]++;
                }
            }
        }
        int k = Math.min(n, 1 + random.nextInt(maxEmployees));
        int[] chosen = pickEmployees(random, n, k);
        for (int e : chosen) {
            CqRowOptimizer.count(rows[e], from, to, count, -1);
        }
        int[][] dayCost = new int[to - from][types + 1];
        int[][] rebuilt = new int[k][];
        for (int i = 0; i < k; i++) {
            rebuilt[i] = fullRow(chosen[i]).clone();
            optimizer.respond(instance.employees().get(chosen[i]), rebuilt[i], from, to, count, requestCost, cover,
                    dayCost, tieBreak ? random : null);
        }
        // then best responses among the rebuilt rows until none changes: the first row back took its cover
        // before the others were back
        for (int round = 0; k > 1 && round < rounds; round++) {
            boolean changed = false;
            for (int i = 0; i < k; i++) {
                int[] before = rebuilt[i].clone();
                CqRowOptimizer.count(rebuilt[i], from, to, count, -1);
                optimizer.respond(instance.employees().get(chosen[i]), rebuilt[i], from, to, count, requestCost,
                        cover, dayCost, tieBreak ? random : null);
                changed |= !java.util.Arrays.equals(before, rebuilt[i]);
            }
            if (!changed) {
                break;
            }
        }
        List<CqAssignment> days = new ArrayList<>();
        List<CqShiftType> values = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int e = chosen[i];
            for (int d = from; d < to; d++) {
                int v = rebuilt[i][d];
                if (v != rows[e][d]) {
                    days.add(grid[e][d]);
                    values.add(v == CqRoster.OFF ? null : instance.shiftTypes().get(v));
                }
            }
        }
        return days.isEmpty() ? null : new CqRowsMove(days, values);
    }

    /** Employee {@code e}'s whole current row: the window part is filled by build, the rest on first use. */
    private int[] fullRow(int e) {
        int[] row = rowsBuffer[e];
        if (fullStamp[e] != stamp) {
            CqAssignment[] days = grid[e];
            for (int d = 0; d < row.length; d++) {
                if (d < windowFrom || d >= windowTo) {
                    CqShiftType s = days[d].getShift();
                    row[d] = s == null ? CqRoster.OFF : s.index();
                }
            }
            fullStamp[e] = stamp;
        }
        return row;
    }

    /** {@code k} distinct employees in random order. */
    private int[] pickEmployees(RandomGenerator random, int n, int k) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int[] chosen = new int[k];
        System.arraycopy(order, 0, chosen, 0, k);
        return chosen;
    }
}
