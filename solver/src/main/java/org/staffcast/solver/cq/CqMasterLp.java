package org.staffcast.solver.cq;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The linear relaxation of "one row per employee" (the restricted master problem of column generation for nurse
 * rostering, e.g. Burke &amp; Curtois, EJOR 2014):
 *
 * <pre>
 *   minimise   Σ_j c_j x_j + Σ_k (wu_k u_k + wo_k o_k)
 *   subject to Σ_j a_kj x_j + u_k − o_k = r_k   for every cover cell k   (dual π_k)
 *              Σ_{j of e} x_j = 1                for every employee e     (dual μ_e)
 *              x, u, o ≥ 0
 * </pre>
 *
 * where column {@code j} is one hard-feasible row of one employee, {@code c_j} its request cost and {@code a_kj = 1}
 * when the row works cell {@code k}. The hard rules are all inside a row, so every basis of this LP stays a set of
 * legal rows; the cover is elastic, so every crash basis is feasible.
 *
 * <p>Primal revised simplex (Dantzig, "Linear Programming and Extensions", 1963, ch. 9) with an explicit dense
 * basis inverse updated by one elimination step per pivot (product form applied in place), Devex pricing to enter
 * and the minimum ratio to leave, ties to the largest pivot; a dual simplex after fixing a column. The right-hand
 * side and the costs are perturbed by less than 10⁻⁶ against the heavy primal and dual degeneracy of
 * set-partitioning LPs (Charnes' perturbation), which otherwise stalls both methods.
 *
 * <p>In a dive the LP shrinks as employees are fixed: a fixed employee's row leaves ({@link #dropFixedRows}), and so
 * does a cover cell the fixed employees cover ({@link #dropCoveredCells}), whose cost is then linear in the free
 * columns and moves into their costs. A dive's last steps pivot on the cells still open (Instance13 pair windows:
 * 56 of 372 rows with 6 employees free).
 */
final class CqMasterLp {

    private static final double PIVOT_TOLERANCE = 1e-7;
    private static final double FEASIBILITY_TOLERANCE = 1e-9;
    /** Costs are integers: 10⁻⁴ breaks the dual ties and moves the optimum by less than 10⁻⁴ per employee. */
    private static final double COST_PERTURBATION = 1e-4;
    private static final double RHS_PERTURBATION = 1e-6;
    /** A basic value this little below 0 with no column to enter is rounding at the perturbation's scale. */
    private static final double TINY_INFEASIBILITY = 10 * RHS_PERTURBATION;
    private static final boolean FLIP = !Boolean.getBoolean("staffcast.cq.noFlip");
    private static final double COST_TOLERANCE = 1e-7;
    /** A residual |B x_B − b| above this after a refresh means the inverse has drifted: refactorise. */
    private static final double REFACTOR_RESIDUAL = 1e-8;
    private static final int STALL_REFACTORISATIONS = 5;

    private final int cells;
    private final int employees;
    /** Rows in the LP now: the cover cells and the employees not yet dropped ({@link #dropFixedRows}). */
    private int m;
    private final int mMax;
    /** The row of employee e's convexity constraint, −1 once dropped. */
    private final int[] rowOf;
    /**
     * The row of cover cell k, {@link #mMax} once dropped ({@link #dropCoveredCells}): that index of the duals, of
     * a row of B⁻¹ and of the inverse's columns is always 0, so the loops over a column's cells need no test.
     */
    private final int[] cellRow;
    /** What row i is: cell k, or cells + e for employee e's convexity row; the inverse of rowOf and cellRow. */
    private final int[] rowOwner;
    /** The right-hand side of each dropped cell (net of the fixed columns), whose cost is linear now. */
    private final double[] droppedRhs;
    private int droppedCells;
    private final double[] weightUnder;
    private final double[] weightOver;
    private final double[] rhs;

    // columns, growing
    private int columns;
    private int[][] columnCells = new int[64][];
    private int[] columnEmployee = new int[64];
    private double[] columnCost = new double[64];
    /** A column's own cost; columnCost adds the surplus weight of each dropped cell it works. */
    private double[] columnBaseCost = new double[64];

    /** basis[p]: the variable basic at position p; variables are u_k = k, o_k = cells + k, column j = 2 cells + j. */
    private final int[] basis;
    private int[] position;
    private final double[] xB;
    /** binv[i][p] = (B⁻¹)[p][i]: column i of the inverse, so B⁻¹a for a sparse a reads few arrays. */
    private final double[][] binv;
    private final double[] dual;
    private long pivots;
    private int refactorisations;
    private int[] candidateVar = new int[0];
    private double[] candidateA = new double[0];
    private double[] candidateD = new double[0];
    private final SplittableRandom random;
    private final boolean[] fixed;
    private double[] devex = new double[0];
    private boolean[] fixedColumn = new boolean[64];
    private double fixedCost;

    // the loops a pivot splits between two threads ({@link #parallel}), and their arguments
    private CqSpinPair pair;
    private int parallelFrom;
    private final CqSpinPair.Range inverseUpdate = this::updateInverse;
    private final CqSpinPair.Range columnRange = this::columnRange;
    private final CqSpinPair.Range rowExtract = this::extractRange;
    private final CqSpinPair.Range pricePivotRow = this::pricePivotRow;
    private final CqSpinPair.Range selectEntering = this::selectEntering;
    private final CqSpinPair.Range dualRatio = this::dualRatio;
    private int argRow;
    private double argPivot;
    private double argReducedCost;
    private double argWeight;
    private int argEntering;
    private double[] argAlpha;
    private double[] argRho;
    private double[] argD;
    private double[] argW;
    private int[] argActive;
    private double[] helperAlpha = new double[0];
    private final int[] partVariable = new int[2];
    private final double[] partScore = new double[2];
    private final int[] partCandidates = new int[2];
    private final double[] partBound = new double[2];

    /**
     * @param requirement per cover cell, already net of any fixed employees' cover
     */
    CqMasterLp(int employees, double[] requirement, double[] weightUnder, double[] weightOver, long seed) {
        this.cells = requirement.length;
        this.employees = employees;
        this.m = cells + employees;
        this.mMax = m;
        rowOf = new int[employees];
        rowOwner = new int[m];
        cellRow = new int[cells];
        droppedRhs = new double[cells];
        for (int k = 0; k < cells; k++) {
            cellRow[k] = k;
            rowOwner[k] = k;
        }
        for (int e = 0; e < employees; e++) {
            rowOf[e] = cells + e;
            rowOwner[cells + e] = cells + e;
        }
        this.weightUnder = weightUnder.clone();
        this.weightOver = weightOver.clone();
        random = new SplittableRandom(seed);
        rhs = new double[m];
        for (int k = 0; k < cells; k++) {
            this.weightUnder[k] += random.nextDouble() * COST_PERTURBATION;
            this.weightOver[k] += random.nextDouble() * COST_PERTURBATION;
        }
        for (int k = 0; k < cells; k++) {
            rhs[k] = requirement[k] + random.nextDouble() * RHS_PERTURBATION;
        }
        for (int e = 0; e < employees; e++) {
            rhs[cells + e] = 1;
        }
        basis = new int[m];
        position = new int[2 * cells + 64];
        xB = new double[m];
        // one more column and dual, always 0: the dropped cells' row (cellRow)
        binv = new double[m + 1][m];
        dual = new double[m + 1];
        fixed = new boolean[employees];
    }

    /**
     * Splits each pivot's long loops (the inverse update, the pivot row's prices, the ratio tests) with a second
     * thread until {@link #close}: the LP is most of a window dive's time and runs while the pricing threads wait
     * (Instance13 two-week windows). Each thread keeps its half of the inverse's columns from pivot to pivot; α is
     * the sum of the two halves' columns, so the pivots are those of one thread up to rounding. Six Instance13 pair
     * dives: 42.9 and 47.1 s against 47.9 and 48.6 s on one thread (docs/benchmarks.md, experiment 166).
     *
     * @param from loops over fewer elements than this stay on one thread
     */
    void parallel(int from) {
        if (pair == null) {
            pair = new CqSpinPair();
        }
        parallelFrom = from;
    }

    /** Stops the second thread of {@link #parallel}, if any. */
    void close() {
        if (pair != null) {
            pair.close();
            pair = null;
        }
    }

    /**
     * Runs {@code task} over {@code [0, n)}, in two halves on two threads after {@link #parallel}. Over the inverse's
     * columns ({@code n = m}) each thread reads and writes only its own columns, the same from pivot to pivot, so
     * they stay in its core's cache (split by rows instead, the line at the split of every column went back and
     * forth between the cores, and the LP took longer on two threads than on one).
     */
    private void split(CqSpinPair.Range task, int n) {
        if (!halves(n)) {
            task.run(0, 0, n);
            task.run(1, n, n);
        } else {
            pair.run(task, n, n / 2);
        }
    }

    /** True when {@link #split} runs a loop of {@code n} as two halves on two threads. */
    private boolean halves(int n) {
        return pair != null && n >= parallelFrom;
    }

    private void activate() {
        if (pair != null) {
            pair.activate();
        }
    }

    private void deactivate() {
        if (pair != null) {
            pair.deactivate();
        }
    }

    /** Adds a nonbasic column: {@code cover} lists the cover cells the row works (a cell at most once). */
    int addColumn(int employee, int[] cover, double cost) {
        if (columns == columnCells.length) {
            int n = columns * 2;
            columnCells = Arrays.copyOf(columnCells, n);
            columnEmployee = Arrays.copyOf(columnEmployee, n);
            columnCost = Arrays.copyOf(columnCost, n);
            columnBaseCost = Arrays.copyOf(columnBaseCost, n);
        }
        if (2 * cells + columns >= position.length) {
            int old = position.length;
            position = Arrays.copyOf(position, old * 2);
            Arrays.fill(position, old, position.length, -1);
        }
        columnCells[columns] = cover;
        columnEmployee[columns] = employee;
        columnBaseCost[columns] = cost + random.nextDouble() * COST_PERTURBATION;
        columnCost[columns] = columnBaseCost[columns] + droppedSurplus(cover);
        position[2 * cells + columns] = -1;
        return columns++;
    }

    int columns() {
        return columns;
    }

    /** The rows in the LP now, fixed employees' dropped rows not counted. */
    int rows() {
        return m;
    }

    int columnEmployee(int j) {
        return columnEmployee[j];
    }

    /**
     * Starts from the basis where employee {@code e} works column {@code start[e]} and every cover cell's shortfall
     * (or surplus) is its slack: B = [[±I, A], [0, I]], whose inverse is written down directly.
     */
    void start(int[] start) {
        if (m != mMax || droppedCells > 0) {
            throw new IllegalStateException("start after rows were dropped");
        }
        Arrays.fill(position, -1);
        Arrays.fill(devex, 1);
        for (double[] column : binv) {
            Arrays.fill(column, 0);
        }
        Arrays.fill(dual, 0);
        double[] residual = Arrays.copyOf(rhs, cells);
        for (int e = 0; e < employees; e++) {
            int j = start[e];
            if (columnEmployee[j] != e) {
                throw new IllegalArgumentException("column " + j + " is not employee " + e + "'s");
            }
            for (int k : columnCells[j]) {
                residual[k] -= 1;
            }
        }
        double[] sign = new double[cells];
        for (int k = 0; k < cells; k++) {
            sign[k] = residual[k] >= 0 ? 1 : -1;
            basis[k] = residual[k] >= 0 ? k : cells + k;
            xB[k] = Math.abs(residual[k]);
            binv[k][k] = sign[k];
        }
        for (int e = 0; e < employees; e++) {
            int p = cells + e;
            int j = start[e];
            basis[p] = 2 * cells + j;
            xB[p] = 1;
            binv[p][p] = 1;
            // (B⁻¹)[k][cells + e] = −sign_k · a_kj
            for (int k : columnCells[j]) {
                binv[p][k] = -sign[k];
            }
        }
        for (int p = 0; p < m; p++) {
            position[basis[p]] = p;
        }
        computeDuals();
    }

    private double cost(int variable) {
        if (variable < cells) {
            return weightUnder[variable];
        }
        if (variable < 2 * cells) {
            return weightOver[variable - cells];
        }
        return columnCost[variable - 2 * cells];
    }

    private void computeDuals() {
        double[] cB = new double[m];
        for (int p = 0; p < m; p++) {
            cB[p] = cost(basis[p]);
        }
        for (int i = 0; i < m; i++) {
            double[] column = binv[i];
            double s = 0;
            for (int p = 0; p < m; p++) {
                s += cB[p] * column[p];
            }
            dual[i] = s;
        }
    }

    private void computePrimal() {
        Arrays.fill(xB, 0);
        for (int i = 0; i < m; i++) {
            double b = rhs[i];
            double[] column = binv[i];
            for (int p = 0; p < m; p++) {
                xB[p] += column[p] * b;
            }
        }
        for (int p = 0; p < m; p++) {
            if (xB[p] < 0 && xB[p] > -1e-9) {
                xB[p] = 0;
            }
        }
    }

    /** A fixed employee's columns are 0 for good: letting them enter would only add degenerate pivots. */
    private boolean frozen(int variable) {
        if (variable < 2 * cells) {
            return cellRow[variable < cells ? variable : variable - cells] == mMax; // a dropped cell's slack
        }
        return fixed[columnEmployee[variable - 2 * cells]];
    }

    private double reducedCost(int variable) {
        if (variable < cells) {
            return weightUnder[variable] - dual[cellRow[variable]];
        }
        if (variable < 2 * cells) {
            return weightOver[variable - cells] + dual[cellRow[variable - cells]];
        }
        int j = variable - 2 * cells;
        double d = columnCost[j] - dual[rowOf[columnEmployee[j]]];
        for (int k : columnCells[j]) {
            d -= dual[cellRow[k]];
        }
        return d;
    }

    /**
     * Pivots until no variable has a negative reduced cost or {@code deadlineNanos} passes. The entering variable
     * is chosen by Devex pricing (Forrest &amp; Goldfarb, Math. Programming 57, 1992, after Harris 1973): the most
     * negative d_j² / w_j, where w_j approximates the squared norm of the edge direction in a reference framework,
     * which on these degenerate set-partitioning LPs takes far fewer pivots than Dantzig's rule. The pivot row that
     * updates the weights also updates the reduced costs, so a pivot prices the columns once.
     *
     * @return true when optimal
     */
    boolean solve(long deadlineNanos) {
        activate();
        try {
            return primal(deadlineNanos);
        } finally {
            deactivate();
        }
    }

    private boolean primal(long deadlineNanos) {
        double[] alpha = new double[m];
        double[] rho = new double[mMax + 1];
        int variables = 2 * cells + columns;
        double[] d = new double[variables];
        double[] w = devexWeights(variables);
        reducedCosts(d, variables);
        int sinceRefresh = 0;
        int[] active = active(variables);
        while (true) {
            if ((pivots & 31) == 0 && System.nanoTime() > deadlineNanos) {
                return false;
            }
            argD = d;
            argW = w;
            argActive = active;
            split(selectEntering, active.length);
            int entering = partVariable[0];
            if (partVariable[1] >= 0 && (entering < 0 || partScore[1] > partScore[0])) {
                entering = partVariable[1];
            }
            if (entering < 0) {
                if (sinceRefresh == 0) {
                    return true;
                }
                // confirm optimality on exact duals, not on the updated reduced costs
                refresh();
                reducedCosts(d, variables);
                sinceRefresh = 0;
                continue;
            }
            double dq = d[entering];
            column(entering, alpha);
            // Harris' two-pass ratio test: the largest pivot among the rows whose ratio is within the tolerance
            double bound = Double.POSITIVE_INFINITY;
            for (int p = 0; p < m; p++) {
                if (alpha[p] > PIVOT_TOLERANCE) {
                    bound = Math.min(bound, (Math.max(0, xB[p]) + FEASIBILITY_TOLERANCE) / alpha[p]);
                }
            }
            int leaving = -1;
            double pivot = 0;
            for (int p = 0; p < m; p++) {
                double a = alpha[p];
                if (a > PIVOT_TOLERANCE && Math.max(0, xB[p]) / a <= bound && a > pivot) {
                    leaving = p;
                    pivot = a;
                }
            }
            if (leaving < 0) {
                throw new IllegalStateException("master LP unbounded: a variable of negative reduced cost and no limit");
            }
            double ratio = Math.max(0, xB[leaving]) / pivot;
            // pivot row α_r = (row r of B⁻¹)·A: updates every reduced cost and Devex weight
            extractRow(leaving, rho);
            double wq = w[entering];
            argRho = rho;
            argPivot = pivot;
            argReducedCost = dq;
            argWeight = wq;
            argEntering = entering;
            split(pricePivotRow, active.length);
            int left = basis[leaving];
            pivot(entering, leaving, alpha, rho, ratio, dq);
            d[entering] = 0;
            d[left] = -dq / pivot;
            w[left] = Math.max(wq / (pivot * pivot), 1);
            if (wq > 1e7) {
                Arrays.fill(w, 0, variables, 1); // a new reference framework before the weights overflow
            }
            if (++sinceRefresh >= 200) {
                refresh();
                reducedCosts(d, variables);
                sinceRefresh = 0;
            }
        }
    }

    /** Part of the primal pricing: the most negative d_j² / w_j over {@code active[from, to)}. */
    private void selectEntering(int part, int from, int to) {
        double[] d = argD;
        double[] w = argW;
        int[] active = argActive;
        int entering = -1;
        double best = 0;
        for (int i = from; i < to; i++) {
            int v = active[i];
            double dv = d[v];
            if (dv < -COST_TOLERANCE && position[v] < 0 && dv * dv > best * w[v]) {
                best = dv * dv / w[v];
                entering = v;
            }
        }
        partVariable[part] = entering;
        partScore[part] = best;
    }

    /** Part of a primal pivot: the pivot row's entries update the reduced costs and Devex weights. */
    private void pricePivotRow(int part, int from, int to) {
        double[] d = argD;
        double[] w = argW;
        int[] active = argActive;
        double[] rho = argRho;
        double pivot = argPivot;
        double dq = argReducedCost;
        double wq = argWeight;
        int entering = argEntering;
        for (int i = from; i < to; i++) {
            int v = active[i];
            if (position[v] >= 0 || v == entering) {
                continue;
            }
            double arv = pivotRowEntry(v, rho) / pivot;
            if (arv != 0) {
                d[v] -= dq * arv;
                w[v] = Math.max(w[v], arv * arv * wq);
            }
        }
    }

    /**
     * The variables that may enter: all but a fixed employee's columns, which in a dive are most of them, so the
     * pricing loops skip them (Instance13 two-week windows: most of the dive's pivots come after half are fixed).
     */
    private int[] active(int variables) {
        int[] out = new int[variables];
        int n = 0;
        for (int v = 0; v < variables; v++) {
            if (!frozen(v)) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The Devex weights, kept between solves (new columns start at 1, as in a fresh reference framework). */
    private double[] devexWeights(int variables) {
        if (devex.length < variables) {
            int old = devex.length;
            devex = Arrays.copyOf(devex, Math.max(variables, 2 * old));
            Arrays.fill(devex, old, devex.length, 1);
        }
        return devex;
    }

    private void reducedCosts(double[] d, int variables) {
        for (int v = 0; v < variables; v++) {
            d[v] = position[v] >= 0 || frozen(v) ? 0 : reducedCost(v);
        }
    }

    /** (row r of B⁻¹)·a_v for the row {@code rho} of the inverse. */
    private double pivotRowEntry(int v, double[] rho) {
        if (v < cells) {
            return rho[cellRow[v]];
        }
        if (v < 2 * cells) {
            return -rho[cellRow[v - cells]];
        }
        int j = v - 2 * cells;
        double a = rho[rowOf[columnEmployee[j]]];
        for (int k : columnCells[j]) {
            a += rho[cellRow[k]];
        }
        return a;
    }

    /** α = B⁻¹a of {@code variable}: the sum of the inverse's columns of the rows a_v touches. */
    private void column(int variable, double[] alpha) {
        argEntering = variable;
        argAlpha = alpha;
        if (helperAlpha.length < alpha.length) {
            helperAlpha = new double[alpha.length];
        }
        split(columnRange, m);
        if (halves(m)) {
            double[] other = helperAlpha;
            for (int p = 0; p < m; p++) {
                alpha[p] += other[p];
            }
        }
    }

    /** Part of {@link #column}: the inverse's columns {@code [from, to)}, into α (part 0) or the helper's sum. */
    private void columnRange(int part, int from, int to) {
        int variable = argEntering;
        if (part == 1 && from == to) {
            return; // on one thread: nothing of the helper's sum is read
        }
        double[] alpha = part == 0 ? argAlpha : helperAlpha;
        Arrays.fill(alpha, 0, m, 0);
        if (variable < 2 * cells) {
            int i = cellRow[variable < cells ? variable : variable - cells];
            double s = variable < cells ? 1 : -1;
            if (i >= from && i < to) {
                double[] column = binv[i];
                for (int p = 0; p < m; p++) {
                    alpha[p] = s * column[p];
                }
            }
            return;
        }
        int j = variable - 2 * cells;
        int conv = rowOf[columnEmployee[j]];
        if (conv >= from && conv < to) {
            double[] column = binv[conv];
            for (int p = 0; p < m; p++) {
                alpha[p] = column[p];
            }
        }
        for (int k : columnCells[j]) {
            int i = cellRow[k]; // a dropped cell's is mMax, past every range
            if (i >= from && i < to) {
                double[] column = binv[i];
                for (int p = 0; p < m; p++) {
                    alpha[p] += column[p];
                }
            }
        }
    }

    /** rho = row r of B⁻¹, each thread reading its own columns ({@link #split}). */
    private void extractRow(int r, double[] rho) {
        argRow = r;
        argRho = rho;
        split(rowExtract, m);
    }

    private void extractRange(int part, int from, int to) {
        int r = argRow;
        double[] rho = argRho;
        for (int i = from; i < to; i++) {
            rho[i] = binv[i][r];
        }
    }

    /** Pivots on row {@code r} with α = B⁻¹a of the entering variable and rho = row r of B⁻¹ before the pivot. */
    private void pivot(int entering, int r, double[] alpha, double[] rho, double step, double reducedCost) {
        for (int p = 0; p < m; p++) {
            xB[p] -= step * alpha[p];
        }
        xB[r] = step;
        argRow = r;
        argAlpha = alpha;
        argRho = rho;
        argReducedCost = reducedCost;
        split(inverseUpdate, m);
        position[basis[r]] = -1;
        basis[r] = entering;
        position[entering] = r;
        pivots++;
    }

    /**
     * Part of a pivot: columns {@code [from, to)} of the inverse, one elimination step (column i loses
     * (rho_i / α_r) α and its entry r becomes rho_i / α_r). B⁻¹a is dense here (two thirds of its entries on
     * Instance13), so the elimination stays a dense loop.
     */
    private void updateInverse(int part, int from, int to) {
        int r = argRow;
        double[] alpha = argAlpha;
        double[] rho = argRho;
        double ar = alpha[r];
        double reducedCost = argReducedCost;
        int m = this.m;
        for (int i = from; i < to; i++) {
            double v = rho[i];
            if (v == 0) {
                continue;
            }
            v /= ar;
            double[] column = binv[i];
            for (int p = 0; p < m; p++) {
                column[p] -= alpha[p] * v;
            }
            column[r] = v;
            dual[i] += reducedCost * v;
        }
    }

    /**
     * Fixes column {@code j} at 1 (x_j = 1 + x'_j, and the employee's row now sums to 0, so x'_j and the employee's
     * other columns are 0): the right-hand side loses the column, the basis stays dual feasible and
     * {@link #dualSolve} restores primal feasibility.
     */
    void fix(int j) {
        if (fixed[columnEmployee[j]]) {
            throw new IllegalStateException("employee " + columnEmployee[j] + " is fixed already");
        }
        fixed[columnEmployee[j]] = true;
        if (j >= fixedColumn.length) {
            fixedColumn = Arrays.copyOf(fixedColumn, Math.max(j + 1, fixedColumn.length * 2));
        }
        fixedColumn[j] = true;
        // a dropped cell's surplus is in the constant of its right-hand side (objective)
        fixedCost += columnBaseCost[j];
        double[] alpha = new double[m];
        column(2 * cells + j, alpha);
        for (int k : columnCells[j]) {
            if (cellRow[k] == mMax) {
                droppedRhs[k] -= 1;
                continue;
            }
            int i = cellRow[k];
            rhs[i] -= 1;
            if (FLIP && rhs[i] >= 0 && rhs[i] <= RHS_PERTURBATION) {
                // covered exactly now: its perturbation below the requirement, so the dual simplex makes its
                // surplus basic (dual −w) where the shortfall was, and dropCoveredCells can take the cell out
                double flip = 2 * rhs[i];
                rhs[i] -= flip;
                double[] column = binv[i];
                for (int p = 0; p < m; p++) {
                    alpha[p] += flip * column[p];
                }
            }
        }
        rhs[rowOf[columnEmployee[j]]] -= 1;
        for (int p = 0; p < m; p++) {
            xB[p] -= alpha[p];
        }
    }

    /**
     * Drops the convexity row of every fixed employee with a single basic column: that column is then at 0 (its row
     * sums to 0 and nothing else enters it), and with the row it leaves the basis. B is block triangular in that row
     * and position ([[B', c], [0, 1]]), so the smaller basis' inverse is B⁻¹ without them, and the duals of the other
     * rows do not change. A dive spends most of its pivots with most employees fixed (Instance13 pair windows: the
     * last 40 of 120 employees took 11 of 17 s), and every pivot costs m² there.
     *
     * @return the rows dropped
     */
    int dropFixedRows() {
        int[] basicColumns = new int[employees];
        int[] basicVariable = new int[employees];
        for (int p = 0; p < m; p++) {
            int v = basis[p];
            if (v >= 2 * cells) {
                int e = columnEmployee[v - 2 * cells];
                basicColumns[e]++;
                basicVariable[e] = v;
            }
        }
        int dropped = 0;
        for (int e = 0; e < employees; e++) {
            if (!fixed[e] || rowOf[e] < 0 || basicColumns[e] != 1
                    || Math.abs(xB[position[basicVariable[e]]]) > FEASIBILITY_TOLERANCE) {
                continue;
            }
            removeRow(rowOf[e], position[basicVariable[e]]);
            rowOf[e] = -1;
            dropped++;
        }
        return dropped;
    }

    /**
     * Removes row {@code i} and the basic variable at position {@code p}, which must be 0 in every other row (a
     * fixed employee's only column in its row, a cell's slack): the other rows' part of B⁻¹ is then the inverse of
     * the smaller basis, and x_B and the duals of the other rows do not change. Row and position go last, m shrinks.
     */
    private void removeRow(int i, int p) {
        int last = m - 1;
        int other = rowOwner[last];
        swap(binv, i, last);
        swap(rhs, i, last);
        swap(dual, i, last);
        if (other < cells) {
            cellRow[other] = i;
        } else {
            rowOf[other - cells] = i;
        }
        rowOwner[i] = other;
        int variable = basis[p];
        for (int c = 0; c < last; c++) {
            double[] col = binv[c];
            col[p] = col[last];
        }
        basis[p] = basis[last];
        xB[p] = xB[last];
        position[basis[p]] = p;
        position[variable] = -1;
        dual[last] = 0;
        m = last;
    }

    /**
     * Drops every cover cell the fixed columns already cover (right-hand side at most its perturbation): more cover
     * there only adds surplus, so the cell's cost is linear in the free columns, its surplus weight added to the cost
     * of each column that works it and the constant −w·r to the objective. The row goes with its basic slack. With
     * the surplus basic the cell's dual is −w already, so the other duals and every reduced cost stay as they were;
     * with the shortfall basic (at most the perturbation) the cell is dropped only when no basic column works it, and
     * then the other duals stay too and the reduced costs of the columns that work it only rise, so the basis stays
     * optimal either way, and x_B does not change. A dive's last steps then pivot on the cells still open and the
     * free employees' rows, not on every cell: each pivot costs m² in the inverse update.
     *
     * @return the cells dropped
     */
    int dropCoveredCells() {
        boolean[] worked = new boolean[cells];
        for (int p = 0; p < m; p++) {
            if (basis[p] >= 2 * cells) {
                for (int k : columnCells[basis[p] - 2 * cells]) {
                    worked[k] = true;
                }
            }
        }
        boolean[] now = new boolean[cells];
        int dropped = 0;
        for (int k = 0; k < cells; k++) {
            int i = cellRow[k];
            if (i == mMax || rhs[i] > RHS_PERTURBATION) {
                continue;
            }
            int slack = position[cells + k] >= 0 ? cells + k : !worked[k] && position[k] >= 0 ? k : -1;
            if (slack < 0) {
                continue;
            }
            droppedRhs[k] = rhs[i];
            removeRow(i, position[slack]);
            cellRow[k] = mMax;
            now[k] = true;
            dropped++;
        }
        if (dropped > 0) {
            droppedCells += dropped;
            for (int j = 0; j < columns; j++) {
                for (int k : columnCells[j]) {
                    if (now[k]) {
                        columnCost[j] += weightOver[k];
                    }
                }
            }
        }
        return dropped;
    }

    /** The surplus weights of the dropped cells among {@code cover}. */
    private double droppedSurplus(int[] cover) {
        double w = 0;
        for (int k : cover) {
            if (cellRow[k] == mMax) {
                w += weightOver[k];
            }
        }
        return w;
    }

    private static void swap(double[][] a, int i, int j) {
        double[] t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The LP's state at one moment: {@link #restore} goes back to it, keeping the columns added since. */
    static final class State {
        private final double[] rhs;
        private final int[] basis;
        private final double[] xB;
        private final double[][] binv;
        private final double[] dual;
        private final double[] devex;
        private final boolean[] fixed;
        private final boolean[] fixedColumn;
        private final double fixedCost;
        private final int m;
        private final int[] rowOf;
        private final int[] cellRow;
        private final int[] rowOwner;
        private final double[] droppedRhs;
        private final int droppedCells;

        private State(CqMasterLp lp) {
            m = lp.m;
            rowOf = lp.rowOf.clone();
            cellRow = lp.cellRow.clone();
            rowOwner = lp.rowOwner.clone();
            droppedRhs = lp.droppedRhs.clone();
            droppedCells = lp.droppedCells;
            rhs = lp.rhs.clone();
            basis = lp.basis.clone();
            xB = lp.xB.clone();
            binv = new double[lp.m][];
            for (int i = 0; i < lp.m; i++) {
                binv[i] = lp.binv[i].clone();
            }
            dual = lp.dual.clone();
            devex = lp.devex.clone();
            fixed = lp.fixed.clone();
            fixedColumn = lp.fixedColumn.clone();
            fixedCost = lp.fixedCost;
        }
    }

    State snapshot() {
        return new State(this);
    }

    /**
     * Back to {@code state}: its basis, values and fixings; the columns added since stay, nonbasic, with fresh
     * Devex weights.
     */
    void restore(State state) {
        m = state.m;
        System.arraycopy(state.rowOf, 0, rowOf, 0, employees);
        System.arraycopy(state.cellRow, 0, cellRow, 0, cells);
        System.arraycopy(state.rowOwner, 0, rowOwner, 0, mMax);
        System.arraycopy(state.droppedRhs, 0, droppedRhs, 0, cells);
        droppedCells = state.droppedCells;
        for (int j = 0; j < columns; j++) {
            columnCost[j] = columnBaseCost[j] + droppedSurplus(columnCells[j]);
        }
        System.arraycopy(state.rhs, 0, rhs, 0, m);
        System.arraycopy(state.xB, 0, xB, 0, m);
        System.arraycopy(state.dual, 0, dual, 0, m);
        for (int i = 0; i < m; i++) {
            System.arraycopy(state.binv[i], 0, binv[i], 0, m);
        }
        Arrays.fill(dual, m, dual.length, 0);
        System.arraycopy(state.fixed, 0, fixed, 0, employees);
        Arrays.fill(fixedColumn, false);
        System.arraycopy(state.fixedColumn, 0, fixedColumn, 0, Math.min(fixedColumn.length, state.fixedColumn.length));
        fixedCost = state.fixedCost;
        int variables = 2 * cells + columns;
        Arrays.fill(position, 0, variables, -1);
        System.arraycopy(state.basis, 0, basis, 0, m);
        for (int p = 0; p < m; p++) {
            position[basis[p]] = p;
        }
        Arrays.fill(devex, 1);
        System.arraycopy(state.devex, 0, devex, 0, Math.min(devex.length, state.devex.length));
    }

    double fixedCost() {
        return fixedCost;
    }

    /** The right-hand side of cover cell {@code k}, net of the fixed columns. */
    double rhs(int k) {
        return cellRow[k] == mMax ? droppedRhs[k] : rhs[cellRow[k]];
    }

    boolean isFixed(int employee) {
        return fixed[employee];
    }

    /**
     * Dual simplex (Lemke 1954): while a basic variable is negative it leaves, and the nonbasic variable with the
     * smallest ratio of reduced cost to its (negative) entry in the leaving row enters, so the reduced costs stay
     * non-negative. The leaving row is the largest x_p² / β_p, with dual Devex weights β_p (Forrest &amp; Goldfarb
     * 1992) approximating the squared norms of the rows of B⁻¹ in a reference framework set at each call.
     *
     * @return true when the basis is primal feasible (and so optimal) again; false at the deadline or when the
     *         inverse keeps drifting (more than {@link #STALL_REFACTORISATIONS} refactorisations in one call: a
     *         basis this close to singular cycles for the rest of the time, Instance13 pair {0, 2} with 5 employees
     *         free: 180,000 dual pivots and 1,024 refactorisations in 57 s)
     */
    boolean dualSolve(long deadlineNanos) {
        activate();
        try {
            return dual(deadlineNanos);
        } finally {
            deactivate();
        }
    }

    private boolean dual(long deadlineNanos) {
        double[] alpha = new double[m];
        double[] beta = new double[m];
        Arrays.fill(beta, 1);
        double[] rho = new double[mMax + 1];
        int sinceRefresh = 0;
        int[] active = active(2 * cells + columns);
        int refactorisationsBefore = refactorisations;
        while (true) {
            if ((pivots & 31) == 0 && System.nanoTime() > deadlineNanos) {
                return false;
            }
            if (refactorisations - refactorisationsBefore > STALL_REFACTORISATIONS) {
                return false;
            }
            int r = -1;
            double worst = 0;
            for (int p = 0; p < m; p++) {
                double x = xB[p];
                if (x < -1e-9 && x * x > worst * beta[p]) {
                    worst = x * x / beta[p];
                    r = p;
                }
            }
            if (r < 0) {
                return true;
            }
            extractRow(r, rho);
            // Harris' two-pass ratio test over the nonbasic columns with a negative entry in row r
            int variables = 2 * cells + columns;
            if (candidateVar.length < 2 * variables) {
                candidateVar = new int[variables * 4];
                candidateA = new double[variables * 4];
                candidateD = new double[variables * 4];
            }
            argRho = rho;
            argActive = active;
            split(dualRatio, active.length);
            double bound = Math.min(partBound[0], partBound[1]);
            int entering = -1;
            double size = 0;
            double enteringCost = 0;
            int half = candidateVar.length / 2;
            for (int part = 0; part < 2; part++) {
                int first = part * half;
                for (int c = first; c < first + partCandidates[part]; c++) {
                    if (Math.max(0, candidateD[c]) / candidateA[c] <= bound && candidateA[c] > size) {
                        entering = candidateVar[c];
                        size = candidateA[c];
                        enteringCost = candidateD[c];
                    }
                }
            }
            if (entering < 0) {
                if (xB[r] >= -TINY_INFEASIBILITY) {
                    // at the perturbation's scale (a cell fix() moved below its requirement): rounding, not a row
                    // that needs a pivot; no entry of the pivot row passes the tolerance to take it
                    xB[r] = 0;
                    continue;
                }
                throw new IllegalStateException("master LP infeasible: row " + r + " cannot be made non-negative");
            }
            column(entering, alpha);
            double ar = alpha[r];
            double betaR = beta[r];
            for (int p = 0; p < m; p++) {
                double ratio = alpha[p] / ar;
                beta[p] = Math.max(beta[p], ratio * ratio * betaR);
            }
            beta[r] = Math.max(betaR / (ar * ar), 1);
            pivot(entering, r, alpha, rho, xB[r] / ar, enteringCost);
            if (betaR > 1e7) {
                Arrays.fill(beta, 1);
            }
            if (++sinceRefresh >= 100) {
                refresh();
                sinceRefresh = 0;
            }
        }
    }

    /**
     * Part of the dual ratio test: the nonbasic variables of {@code active[from, to)} with a negative entry in the
     * pivot row, into the candidate arrays from the start (part 0) or their middle (part 1).
     */
    private void dualRatio(int part, int from, int to) {
        double[] rho = argRho;
        int[] active = argActive;
        int candidates = part * (candidateVar.length / 2);
        int first = candidates;
        double bound = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            int v = active[i];
            if (position[v] >= 0) {
                continue;
            }
            double a = pivotRowEntry(v, rho);
            if (a < -PIVOT_TOLERANCE) {
                double d = reducedCost(v);
                bound = Math.min(bound, (Math.max(0, d) + COST_TOLERANCE) / -a);
                candidateVar[candidates] = v;
                candidateA[candidates] = -a;
                candidateD[candidates] = d;
                candidates++;
            }
        }
        partCandidates[part] = candidates - first;
        partBound[part] = bound;
    }

    /** Recomputes x_B and the duals from the inverse, refactorising it first when it has drifted. */
    private void refresh() {
        computePrimal();
        if (residual() > REFACTOR_RESIDUAL && refactor()) {
            refactorisations++;
            return;
        }
        computeDuals();
    }

    /**
     * Recomputes the basis inverse from the basis columns: an LU factorisation of B with partial pivoting, then
     * one forward and one backward substitution per unit vector (Golub &amp; Van Loan, "Matrix Computations",
     * 4th ed., 2013, algorithms 3.4.1 and 3.1.1-2), (4/3)m³ flops; x_B and the duals are then recomputed from it.
     * The product-form updates gather rounding error over hundreds of thousands of pivots, which a fresh inverse
     * clears. It does not help a basis that is itself nearly singular: Instance13's 300 s whole-horizon dive still
     * broke down (residual 24.8 after 34 refactorisations, docs/benchmarks.md, session 10).
     *
     * @return false, with the inverse left as it was, when the basis is numerically singular
     */
    boolean refactor() {
        double[][] lu = new double[m][m];
        for (int p = 0; p < m; p++) {
            int v = basis[p];
            if (v < cells) {
                lu[cellRow[v]][p] = 1;
            } else if (v < 2 * cells) {
                lu[cellRow[v - cells]][p] = -1;
            } else {
                int j = v - 2 * cells;
                lu[rowOf[columnEmployee[j]]][p] = 1;
                for (int k : columnCells[j]) {
                    if (cellRow[k] < mMax) {
                        lu[cellRow[k]][p] = 1;
                    }
                }
            }
        }
        int[] perm = new int[m];
        for (int r = 0; r < m; r++) {
            perm[r] = r;
        }
        for (int c = 0; c < m; c++) {
            int pivotRow = c;
            for (int r = c + 1; r < m; r++) {
                if (Math.abs(lu[r][c]) > Math.abs(lu[pivotRow][c])) {
                    pivotRow = r;
                }
            }
            if (Math.abs(lu[pivotRow][c]) < 1e-11) {
                return false;
            }
            swap(lu, c, pivotRow);
            swap(perm, c, pivotRow);
            double[] top = lu[c];
            for (int r = c + 1; r < m; r++) {
                double[] row = lu[r];
                if (row[c] == 0) {
                    continue;
                }
                double f = row[c] / top[c];
                row[c] = f;
                for (int cc = c + 1; cc < m; cc++) {
                    row[cc] -= f * top[cc];
                }
            }
        }
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            // P B = L U, so B x = e_i is L U x = P e_i
            for (int r = 0; r < m; r++) {
                double[] row = lu[r];
                double y = perm[r] == i ? 1 : 0;
                for (int c = 0; c < r; c++) {
                    y -= row[c] * x[c];
                }
                x[r] = y;
            }
            for (int r = m - 1; r >= 0; r--) {
                double[] row = lu[r];
                double y = x[r];
                for (int c = r + 1; c < m; c++) {
                    y -= row[c] * x[c];
                }
                x[r] = y / row[r];
            }
            System.arraycopy(x, 0, binv[i], 0, m);
        }
        computePrimal();
        computeDuals();
        return true;
    }

    /** How often {@link #refresh} found the inverse drifted and refactorised it. */
    int refactorisations() {
        return refactorisations;
    }

    /** max |B x_B − b|: how far the updated inverse has drifted. */
    double residual() {
        double[] r = Arrays.copyOf(rhs, m);
        for (int p = 0; p < m; p++) {
            int v = basis[p];
            double x = xB[p];
            if (v < cells) {
                r[cellRow[v]] -= x;
            } else if (v < 2 * cells) {
                r[cellRow[v - cells]] += x;
            } else {
                int j = v - 2 * cells;
                r[rowOf[columnEmployee[j]]] -= x;
                for (int k : columnCells[j]) {
                    if (cellRow[k] < mMax) {
                        r[cellRow[k]] -= x;
                    }
                }
            }
        }
        double worst = 0;
        for (double x : r) {
            worst = Math.max(worst, Math.abs(x));
        }
        return worst;
    }

    /** The LP objective of the current basis, fixed columns included. */
    double objective() {
        double z = fixedCost;
        for (int k = 0; droppedCells > 0 && k < cells; k++) {
            if (cellRow[k] == mMax) {
                z -= weightOver[k] * droppedRhs[k];
            }
        }
        for (int p = 0; p < m; p++) {
            z += cost(basis[p]) * xB[p];
        }
        return z;
    }

    /** π_k: the price of one more employee on cover cell {@code k}. */
    double cellDual(int k) {
        return cellRow[k] == mMax ? -weightOver[k] : dual[cellRow[k]];
    }

    /** μ_e. */
    double employeeDual(int e) {
        return rowOf[e] < 0 ? 0 : dual[rowOf[e]];
    }

    /** x_j (0 when nonbasic, 1 when fixed). */
    double value(int j) {
        if (j < fixedColumn.length && fixedColumn[j]) {
            return 1;
        }
        int p = position[2 * cells + j];
        return p < 0 ? 0 : Math.max(0, xB[p]);
    }

    long pivots() {
        return pivots;
    }
}
