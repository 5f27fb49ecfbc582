package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The master LP's simplex against an independent solution of the same LP: every basis of a tiny master (m columns
 * out of all variables) is solved by Gaussian elimination, and the cheapest non-negative basic solution is the
 * optimum (the fundamental theorem of linear programming). The primal optimum, the duals (reduced costs ≥ 0, and
 * b·y equal to the optimum) and the optimum after fixing a column (dual simplex) are all compared.
 */
@Timeout(120)
class CqMasterLpTest {

    /** A tiny master: per employee a list of rows, each a set of cells and a cost. */
    private record Master(int cells, int employees, double[] requirement, double[] wu, double[] wo,
            List<int[]> columnCells, List<Integer> columnEmployee, List<Double> columnCost) {
    }

    private static Master random(SplittableRandom random) {
        int cells = random.nextInt(2, 4);
        return master(random, cells, random.nextInt(1, 3), 3, () -> random.nextInt(1, 4), () -> {
            List<Integer> cover = new ArrayList<>();
            for (int k = 0; k < cells; k++) {
                if (random.nextBoolean()) {
                    cover.add(k);
                }
            }
            return cover.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** Fixes column {@code j} in both LPs, then the dual simplex and the primal take both to their optimum again. */
    private static void fixAndSolveBoth(CqMasterLp a, CqMasterLp b, int j) {
        for (CqMasterLp lp : List.of(a, b)) {
            lp.fix(j);
            assertTrue(lp.dualSolve(Long.MAX_VALUE));
            assertTrue(lp.solve(Long.MAX_VALUE));
        }
    }

    /** A master of 40 cells and 12 employees with 6 rows each, every row working 8 cells. */
    private static Master larger(SplittableRandom random) {
        return master(random, 40, 12, 4, () -> 6, () -> random.ints(0, 40).distinct().limit(8).sorted().toArray());
    }

    /** Requirements below {@code requirementBound}, weights, and per employee {@code columns} rows of {@code cover}. */
    private static Master master(SplittableRandom random, int cells, int employees, int requirementBound,
            java.util.function.IntSupplier columns, java.util.function.Supplier<int[]> cover) {
        double[] requirement = new double[cells];
        double[] wu = new double[cells];
        double[] wo = new double[cells];
        for (int k = 0; k < cells; k++) {
            requirement[k] = random.nextInt(0, requirementBound);
            wu[k] = random.nextInt(1, 20);
            wo[k] = random.nextInt(0, 10);
        }
        List<int[]> columnCells = new ArrayList<>();
        List<Integer> columnEmployee = new ArrayList<>();
        List<Double> columnCost = new ArrayList<>();
        for (int e = 0; e < employees; e++) {
            int n = columns.getAsInt();
            for (int c = 0; c < n; c++) {
                columnCells.add(cover.get());
                columnEmployee.add(e);
                columnCost.add((double) random.nextInt(0, 15));
            }
        }
        return new Master(cells, employees, requirement, wu, wo, columnCells, columnEmployee, columnCost);
    }

    /** Dense constraint matrix over variables u_k, o_k, then the columns. */
    private static double[][] matrix(Master t) {
        int m = t.cells() + t.employees();
        int variables = 2 * t.cells() + t.columnCells().size();
        double[][] a = new double[m][variables];
        for (int k = 0; k < t.cells(); k++) {
            a[k][k] = 1;
            a[k][t.cells() + k] = -1;
        }
        for (int j = 0; j < t.columnCells().size(); j++) {
            for (int k : t.columnCells().get(j)) {
                a[k][2 * t.cells() + j] = 1;
            }
            a[t.cells() + t.columnEmployee().get(j)][2 * t.cells() + j] = 1;
        }
        return a;
    }

    private static double[] costs(Master t) {
        double[] c = new double[2 * t.cells() + t.columnCells().size()];
        for (int k = 0; k < t.cells(); k++) {
            c[k] = t.wu()[k];
            c[t.cells() + k] = t.wo()[k];
        }
        for (int j = 0; j < t.columnCells().size(); j++) {
            c[2 * t.cells() + j] = t.columnCost().get(j);
        }
        return c;
    }

    /** Minimum of c·x over A x = b, x ≥ 0, by enumerating every basis; {@code banned} variables stay at 0. */
    private static double vertexOptimum(double[][] a, double[] b, double[] c, boolean[] banned) {
        int m = a.length;
        int n = c.length;
        double best = Double.POSITIVE_INFINITY;
        int[] pick = new int[m];
        for (int i = 0; i < m; i++) {
            pick[i] = i;
        }
        while (true) {
            boolean allowed = true;
            for (int v : pick) {
                allowed &= !banned[v];
            }
            if (allowed) {
                double[] x = solve(a, b, pick);
                if (x != null) {
                    boolean feasible = true;
                    double z = 0;
                    for (int i = 0; i < m; i++) {
                        feasible &= x[i] >= -1e-9;
                        z += c[pick[i]] * x[i];
                    }
                    if (feasible) {
                        best = Math.min(best, z);
                    }
                }
            }
            int i = m - 1;
            while (i >= 0 && pick[i] == n - m + i) {
                i--;
            }
            if (i < 0) {
                return best;
            }
            pick[i]++;
            for (int j = i + 1; j < m; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }

    /** Gaussian elimination with partial pivoting on the chosen columns; null when they are singular. */
    private static double[] solve(double[][] a, double[] b, int[] columns) {
        int m = a.length;
        double[][] t = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                t[i][j] = a[i][columns[j]];
            }
            t[i][m] = b[i];
        }
        for (int col = 0; col < m; col++) {
            int p = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(t[r][col]) > Math.abs(t[p][col])) {
                    p = r;
                }
            }
            if (Math.abs(t[p][col]) < 1e-9) {
                return null;
            }
            double[] swap = t[p];
            t[p] = t[col];
            t[col] = swap;
            for (int r = 0; r < m; r++) {
                if (r != col && t[r][col] != 0) {
                    double f = t[r][col] / t[col][col];
                    for (int j = col; j <= m; j++) {
                        t[r][j] -= f * t[col][j];
                    }
                }
            }
        }
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = t[i][m] / t[i][i];
        }
        return x;
    }

    /** {@link #lp} solved to optimality. */
    private static CqMasterLp solved(Master t, long seed) {
        CqMasterLp lp = lp(t, seed);
        assertTrue(lp.solve(Long.MAX_VALUE), "seed " + seed);
        return lp;
    }

    private static CqMasterLp lp(Master t, long seed) {
        CqMasterLp lp = new CqMasterLp(t.employees(), t.requirement(), t.wu(), t.wo(), seed);
        int[] start = new int[t.employees()];
        for (int j = 0; j < t.columnCells().size(); j++) {
            int e = t.columnEmployee().get(j);
            int added = lp.addColumn(e, t.columnCells().get(j), t.columnCost().get(j));
            if (t.columnEmployee().indexOf(e) == j) {
                start[e] = added;
            }
        }
        lp.start(start);
        return lp;
    }

    private static double[] rhs(Master t) {
        double[] b = new double[t.cells() + t.employees()];
        System.arraycopy(t.requirement(), 0, b, 0, t.cells());
        for (int e = 0; e < t.employees(); e++) {
            b[t.cells() + e] = 1;
        }
        return b;
    }

    @Test
    void simplexOptimumAndDualsMatchVertexEnumeration() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            Master t = random(random);
            CqMasterLp lp = lp(t, trial);
            assertTrue(lp.solve(Long.MAX_VALUE), "trial " + trial);
            double expected = vertexOptimum(matrix(t), rhs(t), costs(t), new boolean[costs(t).length]);
            // the perturbations move the optimum by less than 1e-3 here
            assertEquals(expected, lp.objective(), 1e-3, "trial " + trial + ": optimum");
            // dual feasibility and strong duality
            double dualObjective = 0;
            for (int k = 0; k < t.cells(); k++) {
                double pi = lp.cellDual(k);
                assertTrue(pi <= t.wu()[k] + 1e-3 && -pi <= t.wo()[k] + 1e-3, "trial " + trial + ": slack reduced cost");
                dualObjective += pi * t.requirement()[k];
            }
            for (int e = 0; e < t.employees(); e++) {
                dualObjective += lp.employeeDual(e);
            }
            for (int j = 0; j < t.columnCells().size(); j++) {
                double d = t.columnCost().get(j) - lp.employeeDual(t.columnEmployee().get(j));
                for (int k : t.columnCells().get(j)) {
                    d -= lp.cellDual(k);
                }
                assertTrue(d >= -1e-3, "trial " + trial + ": column " + j + " reduced cost " + d);
            }
            assertEquals(expected, dualObjective, 1e-3, "trial " + trial + ": b·y");
            double sum = 0;
            for (int j = 0; j < t.columnCells().size(); j++) {
                sum += lp.value(j);
            }
            assertEquals(t.employees(), sum, 1e-6, "trial " + trial + ": each employee's columns sum to 1");
        }
    }

    /**
     * The LP on two threads ({@link CqMasterLp#parallel}, from the smallest loops up) against the same LP on one: the
     * same optimum and duals, and the same optimum after a fixing. Tiny masters split every loop at its edges;
     * larger ones (40 cells, 12 employees) make the helper's share real work.
     */
    @Test
    void twoThreadsReachTheSameOptimumAsOne() {
        SplittableRandom random = new SplittableRandom(15);
        for (int trial = 0; trial < 240; trial++) {
            Master t = trial % 4 == 3 ? larger(random) : random(random);
            CqMasterLp serial = lp(t, trial);
            CqMasterLp parallel = lp(t, trial);
            parallel.parallel(0);
            try {
                assertTrue(serial.solve(Long.MAX_VALUE));
                assertTrue(parallel.solve(Long.MAX_VALUE));
                assertEquals(serial.objective(), parallel.objective(), 1e-6, "trial " + trial);
                for (int k = 0; k < t.cells(); k++) {
                    assertEquals(serial.cellDual(k), parallel.cellDual(k), 1e-6, "trial " + trial + " cell " + k);
                }
                fixAndSolveBoth(serial, parallel, random.nextInt(t.columnCells().size()));
                assertEquals(serial.objective(), parallel.objective(), 1e-6, "trial " + trial + ": after a fixing");
                assertTrue(parallel.residual() <= 1e-8, "trial " + trial + ": residual " + parallel.residual());
            } finally {
                parallel.close();
            }
        }
    }

    @Test
    void fixingAColumnThenDualSimplexReachesTheRestrictedOptimum() {
        SplittableRandom random = new SplittableRandom(12);
        int compared = 0;
        for (int trial = 0; trial < 300; trial++) {
            Master t = random(random);
            CqMasterLp lp = lp(t, trial);
            assertTrue(lp.solve(Long.MAX_VALUE));
            int j = random.nextInt(t.columnCells().size());
            int e = t.columnEmployee().get(j);
            // independent: x_j = 1, the employee's other columns banned
            double[] c = costs(t);
            boolean[] banned = new boolean[c.length];
            for (int i = 0; i < t.columnCells().size(); i++) {
                banned[2 * t.cells() + i] = t.columnEmployee().get(i) == e && i != j;
            }
            double[][] a = matrix(t);
            double[] b = rhs(t);
            for (int k : t.columnCells().get(j)) {
                b[k] -= 1;
            }
            banned[2 * t.cells() + j] = true;
            // the employee's row is now 0 = 0 over allowed columns only: drop it, or no basis is regular
            double[][] reducedA = new double[a.length - 1][];
            double[] reducedB = new double[b.length - 1];
            for (int i = 0, r = 0; i < a.length; i++) {
                if (i != t.cells() + e) {
                    reducedA[r] = a[i];
                    reducedB[r++] = b[i];
                }
            }
            double expected = vertexOptimum(reducedA, reducedB, c, banned) + t.columnCost().get(j);
            lp.fix(j);
            assertTrue(lp.dualSolve(Long.MAX_VALUE), "trial " + trial);
            assertTrue(lp.solve(Long.MAX_VALUE), "trial " + trial);
            assertEquals(expected, lp.objective(), 1e-3, "trial " + trial + ": restricted optimum");
            assertEquals(1.0, lp.value(j), 0, "trial " + trial + ": fixed column");
            compared++;
        }
        assertEquals(300, compared);
    }

    @Test
    void refactorisingTheInverseKeepsThePrimalTheDualsAndTheNextFixing() {
        SplittableRandom random = new SplittableRandom(13);
        for (int trial = 0; trial < 200; trial++) {
            Master t = random(random);
            CqMasterLp updated = solved(t, trial);
            CqMasterLp refactored = solved(t, trial);
            // the same pivots, then an inverse from an LU factorisation against one from product-form updates
            assertTrue(refactored.refactor(), "trial " + trial + ": a simplex basis is regular");
            assertTrue(refactored.residual() <= 1e-9, "trial " + trial + ": residual " + refactored.residual());
            assertEquals(updated.objective(), refactored.objective(), 1e-9, "trial " + trial);
            for (int k = 0; k < t.cells(); k++) {
                assertEquals(updated.cellDual(k), refactored.cellDual(k), 1e-9, "trial " + trial + " cell " + k);
            }
            for (int e = 0; e < t.employees(); e++) {
                assertEquals(updated.employeeDual(e), refactored.employeeDual(e), 1e-9, "trial " + trial);
            }
            int j = random.nextInt(t.columnCells().size());
            updated.fix(j);
            refactored.fix(j);
            assertTrue(updated.dualSolve(Long.MAX_VALUE));
            assertTrue(refactored.dualSolve(Long.MAX_VALUE));
            assertEquals(updated.objective(), refactored.objective(), 1e-6, "trial " + trial + ": after a fixing");
        }
    }

    @Test
    void aRestoredSnapshotTakesTheNextFixingAsAFreshLpWould() {
        SplittableRandom random = new SplittableRandom(14);
        for (int trial = 0; trial < 200; trial++) {
            Master t = random(random);
            CqMasterLp tried = solved(t, trial);
            CqMasterLp fresh = solved(t, trial);
            double before = tried.objective();
            int first = random.nextInt(t.columnCells().size());
            int second = random.nextInt(t.columnCells().size());
            CqMasterLp.State state = tried.snapshot();
            tried.fix(first);
            assertTrue(tried.dualSolve(Long.MAX_VALUE));
            tried.restore(state);
            assertEquals(before, tried.objective(), 1e-9, "trial " + trial + ": the LP before the first fixing");
            assertFalse(tried.isFixed(t.columnEmployee().get(first)), "trial " + trial + ": the fixing is gone");
            // the second fixing from the restored LP ends where it ends without the first one
            fixAndSolveBoth(tried, fresh, second);
            assertEquals(fresh.objective(), tried.objective(), 1e-6, "trial " + trial + ": after the second fixing");
            assertEquals(1.0, tried.value(second), 0, "trial " + trial);
            for (int e = 0; e < t.employees(); e++) {
                assertEquals(e == t.columnEmployee().get(second), tried.isFixed(e), "trial " + trial + " employee " + e);
            }
        }
    }

    @Test
    void droppingAFixedEmployeesRowKeepsTheLpItsRefactorisationAndTheNextFixing() {
        SplittableRandom random = new SplittableRandom(15);
        int dropped = 0;
        for (int trial = 0; trial < 300; trial++) {
            Master t = random(random);
            if (t.employees() < 2) {
                continue;
            }
            CqMasterLp kept = solved(t, trial);
            CqMasterLp dropping = solved(t, trial);
            int first = random.nextInt(t.columnCells().size());
            for (CqMasterLp lp : List.of(kept, dropping)) {
                lp.fix(first);
                assertTrue(lp.dualSolve(Long.MAX_VALUE));
                assertTrue(lp.solve(Long.MAX_VALUE));
            }
            int rows = dropping.rows();
            dropped += dropping.dropFixedRows();
            assertTrue(dropping.rows() >= rows - 1, "trial " + trial + ": only the fixed employee's row goes");
            assertTrue(dropping.residual() <= 1e-9, "trial " + trial + ": residual " + dropping.residual());
            assertEquals(kept.objective(), dropping.objective(), 1e-9, "trial " + trial);
            for (int k = 0; k < t.cells(); k++) {
                assertEquals(kept.cellDual(k), dropping.cellDual(k), 1e-9, "trial " + trial + " cell " + k);
            }
            int afterDrop = dropping.rows();
            CqMasterLp.State state = dropping.snapshot();
            assertTrue(dropping.refactor(), "trial " + trial + ": the smaller basis is regular");
            assertTrue(dropping.residual() <= 1e-9, "trial " + trial + ": refactorised residual " + dropping.residual());
            assertEquals(kept.objective(), dropping.objective(), 1e-9, "trial " + trial + ": refactorised");
            int e = t.columnEmployee().get(first);
            List<Integer> others = new ArrayList<>();
            for (int j = 0; j < t.columnCells().size(); j++) {
                if (t.columnEmployee().get(j) != e) {
                    others.add(j);
                }
            }
            int second = others.get(random.nextInt(others.size()));
            for (CqMasterLp lp : List.of(kept, dropping)) {
                lp.fix(second);
                assertTrue(lp.dualSolve(Long.MAX_VALUE));
                assertTrue(lp.solve(Long.MAX_VALUE));
            }
            assertEquals(kept.objective(), dropping.objective(), 1e-6, "trial " + trial + ": after the next fixing");
            // and back to before the second fixing, rows and all
            dropping.restore(state);
            assertEquals(afterDrop, dropping.rows(), "trial " + trial);
            assertTrue(dropping.residual() <= 1e-9, "trial " + trial + ": restored residual " + dropping.residual());
            assertFalse(dropping.isFixed(t.columnEmployee().get(second)), "trial " + trial);
        }
        assertTrue(dropped > 50, "rows dropped: " + dropped);
    }

    /**
     * Cells the fixed employees cover leave the LP with their slack, their surplus weight moving into the columns'
     * costs: after every fixing of a dive through a 40-cell master the LP with dropped cells has the optimum of the
     * one that keeps them (up to the right-hand side's perturbation, 10⁻⁶ a cell), stays optimal without a pivot,
     * keeps the other duals and a regular basis, and a snapshot taken before a drop comes back with its rows.
     */
    @Test
    void droppingCoveredCellsKeepsTheLpOptimalThroughADive() {
        SplittableRandom random = new SplittableRandom(16);
        int dropped = 0;
        for (int trial = 0; trial < 60; trial++) {
            Master t = larger(random);
            CqMasterLp kept = solved(t, trial);
            CqMasterLp dropping = solved(t, trial);
            List<Integer> order = new ArrayList<>();
            for (int e = 0; e < t.employees(); e++) {
                order.add(e);
            }
            java.util.Collections.shuffle(order, new java.util.Random(trial));
            CqMasterLp.State beforeDrop = null;
            double objectiveBeforeDrop = 0;
            int rowsBeforeDrop = 0;
            for (int e : order) {
                List<Integer> own = new ArrayList<>();
                for (int j = 0; j < t.columnCells().size(); j++) {
                    if (t.columnEmployee().get(j) == e) {
                        own.add(j);
                    }
                }
                fixAndSolveBoth(kept, dropping, own.get(random.nextInt(own.size())));
                dropping.dropFixedRows();
                if (beforeDrop == null) {
                    beforeDrop = dropping.snapshot();
                    objectiveBeforeDrop = dropping.objective();
                    rowsBeforeDrop = dropping.rows();
                }
                int rows = dropping.rows();
                double[] cellDuals = new double[t.cells()];
                for (int k = 0; k < t.cells(); k++) {
                    cellDuals[k] = dropping.cellDual(k);
                }
                double[] employeeDuals = new double[t.employees()];
                for (int f = 0; f < t.employees(); f++) {
                    employeeDuals[f] = dropping.employeeDual(f);
                }
                int now = dropping.dropCoveredCells();
                dropped += now;
                assertEquals(rows - now, dropping.rows(), "trial " + trial + ": one row a cell");
                assertEquals(kept.objective(), dropping.objective(), 5e-3, "trial " + trial + " employee " + e);
                long pivots = dropping.pivots();
                assertTrue(dropping.solve(Long.MAX_VALUE));
                assertEquals(pivots, dropping.pivots(), "trial " + trial + ": still optimal after the drop");
                assertTrue(dropping.residual() <= 1e-9, "trial " + trial + ": residual " + dropping.residual());
                for (int k = 0; k < t.cells(); k++) {
                    if (dropping.rhs(k) > 1e-6) {
                        assertEquals(cellDuals[k], dropping.cellDual(k), 1e-6, "trial " + trial + " cell " + k);
                    }
                    assertEquals(kept.rhs(k), dropping.rhs(k), 1e-12, "trial " + trial + " cell " + k);
                }
                for (int f = 0; f < t.employees(); f++) {
                    assertEquals(employeeDuals[f], dropping.employeeDual(f), 1e-6, "trial " + trial);
                }
                CqMasterLp.State state = dropping.snapshot();
                assertTrue(dropping.refactor(), "trial " + trial + ": the smaller basis is regular");
                assertEquals(kept.objective(), dropping.objective(), 5e-3, "trial " + trial + ": refactorised");
                dropping.restore(state);
            }
            for (int j = 0; j < t.columnCells().size(); j++) {
                assertEquals(kept.value(j), dropping.value(j), 1e-6, "trial " + trial + " column " + j);
            }
            dropping.restore(beforeDrop);
            assertEquals(rowsBeforeDrop, dropping.rows(), "trial " + trial + ": the rows come back");
            assertEquals(objectiveBeforeDrop, dropping.objective(), 1e-9, "trial " + trial);
            assertTrue(dropping.residual() <= 1e-9, "trial " + trial + ": restored residual " + dropping.residual());
        }
        assertTrue(dropped > 500, "cells dropped: " + dropped);
    }
}
