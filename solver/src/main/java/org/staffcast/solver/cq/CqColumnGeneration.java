package org.staffcast.solver.cq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Column generation with a diving heuristic ("price and dive"): the {@link CqMasterLp} over a pool of rows per
 * employee, new rows priced by {@link CqRowOptimizer} at the master's duals (request cost minus the cover duals of
 * the cells worked, minus the employee's dual), and an integer roster by fixing rows the LP chooses and solving
 * again: every employee whose best row is at 1 is fixed, and when none is, the one whose best row is largest (more
 * at once when the time left would not allow one at a time).
 * Rows are priced by the fast row programme until it finds none, then by the exact one (per-type counts in the
 * state, see {@link CqRowOptimizer}); where even that one has to carry some counts (more binding maxima than its
 * state budget) the LP is not a true lower bound, so its value is reported as "lp", not as a bound.
 *
 * <p>Local search leaves the cover short when closing it needs many rows to change at once (weekend and minute
 * budgets spread over all employees); the master sees all employees' rows together, which is what it adds.
 */
final class CqColumnGeneration {

    /** Request cost of a start row that breaks a hard rule, so the LP drops it whenever it has another. */
    private static final double ILLEGAL = 1e7;
    /** Dual prices are scaled to integer day costs for the row programme. */
    private static final int SCALE = 1000;
    /** State-space growth allowed to the exact pricing programme for per-type counts (see {@link CqRowOptimizer}). */
    private static final int TRACKED_PRODUCT = Integer.getInteger("staffcast.cq.trackedProduct", 64);
    /** Wentges' dual smoothing: rows are priced at this share of the best Lagrangian duals plus the rest of the LP's. */
    private static final double SMOOTHING = Double.parseDouble(System.getProperty("staffcast.cq.smoothing", "0.5"));
    /** Rows added per employee and pricing call, over different end states of the programme (experiment 139). */
    private static final int ROWS_PER_PRICING = Integer.getInteger("staffcast.cq.rowsPerPricing", 1);
    /**
     * Rows wanted per pricing round in all, shared out over the free employees ({@link #rowsPerEmployee}): at the end
     * of a dive a round prices a few employees, one row each, and a step took up to 100 rounds to bring the LP back
     * (Instance13 pair {0, 1}, 4 free); with 40 rows a round, four Instance13 window dives took 26.5 s against 35.2 s,
     * the same rosters to a unit (docs/benchmarks.md, experiment 184).
     */
    private static final int TAIL_ROWS = Integer.getInteger("staffcast.cq.tailRows", 40);
    /** Most rows per employee and round: more only repeat the programme's near-ties. */
    private static final int TAIL_MAX = Integer.getInteger("staffcast.cq.tailMax", 10);
    /** Most pricing rounds after a fixing (experiment knob, docs/benchmarks.md experiment 54). */
    private static final int DIVE_ROUNDS = Integer.getInteger("staffcast.cq.diveRounds", 1000);
    /** Share of the free employees fixed per step when none is at 1 (experiment knob, experiment 54). */
    private static final double FIX_SHARE = Double.parseDouble(System.getProperty("staffcast.cq.fixShare", "0"));
    /** No pricing after a fixing that left the LP's value unchanged (experiment knob, experiment 81). */
    private static final boolean SKIP_UNCHANGED =
            Boolean.parseBoolean(System.getProperty("staffcast.cq.skipUnchanged", "true"));
    /** The first LP's column generation stops when the LP is within this share of the Lagrangian value. */
    private static final double FIRST_GAP = Double.parseDouble(System.getProperty("staffcast.cq.gap", "0.01"));
    /** The master LP's pivots on two threads when the pricing has two (experiment 166); the switch is for experiments. */
    private static final boolean PARALLEL_LP = !Boolean.getBoolean("staffcast.cq.serialLp");
    /** LP loops shorter than this stay on one thread: a hand-off costs about a microsecond. */
    private static final int PARALLEL_LP_FROM = Integer.getInteger("staffcast.cq.parallelFrom", 256);
    /**
     * A dive step's pricing stops once the LP is back within this of the dive's lowest LP so far: the fixing only
     * restricts the LP, so no row can take it lower (Instance13 pair windows: 8-10 s a dive against 13-16 s). Half a
     * unit, not 0.05: the last rounds of a step crawl (Instance13 pair {0, 1}: 911.8 to 910.05 took 24 of 38 rounds),
     * and with the lowest LP as the floor, not the last, what a step leaves does not add up over the steps (six pairs
     * 57.4 s against 51.6 s, docs/benchmarks.md session 16).
     */
    private static final double FLOOR_TOLERANCE = Double.parseDouble(System.getProperty("staffcast.cq.floorTolerance",
            "0.5"));
    private static final boolean FLOOR_STOP = !Boolean.getBoolean("staffcast.cq.noFloor");
    /**
     * A dive stops after its first LP when the exact Lagrangian bound is within this of the start's cost: with
     * integer costs, no roster can then be cheaper (the margin covers the LP's cost perturbation, under 0.1 here).
     */
    private static final double HOPELESS_GAIN = 0.9;
    private static final boolean SKIP_HOPELESS = !Boolean.getBoolean("staffcast.cq.noSkip");
    /**
     * Fixings tried at a step whose first one raises the LP by more than {@link #JUMP} in a window's dive; 1 never
     * takes one back. Four tries keep Instance13's pair dives at their LP (pair {0, 1}: 1510 against 1610; six pairs
     * 1390 against 1399, docs/benchmarks.md sessions 14 and 16). Whole-horizon dives never take one back: there it
     * cost Instance9 its optimum (465 against 439 at 60 s), since where the LP has an integrality gap the fixing
     * with the smaller jump is not the better one.
     */
    private static final int WINDOW_BACKTRACK_TRIES = Integer.getInteger("staffcast.cq.backtrack", 4);
    private static final double JUMP = 0.5;
    /**
     * Fixings are taken back only while that has cost less than this share of the dive's time so far: a dive whose
     * tail jumps again and again otherwise spends its window's time on tries (Instance13 pair {0, 1}: 17.1 s against
     * 8-10 s, and the run ended three pairs short at 1705).
     */
    private static final double BACKTRACK_SHARE = Double.parseDouble(System.getProperty("staffcast.cq.backtrackShare",
            "0.2"));
    /** Fixed employees' rows leave the LP (experiment switch). */
    private static final boolean DROP_ROWS = !Boolean.getBoolean("staffcast.cq.noDrop");
    /** Cells the fixed employees cover leave the LP ({@link CqMasterLp#dropCoveredCells}; experiment switch). */
    private static final boolean DROP_CELLS = !Boolean.getBoolean("staffcast.cq.noDropCells");
    /** After a fixing the LP moves little, and stopping early there costs the dive much (Instance5: 1250 vs 1151). */
    private static final double DIVE_GAP = Double.parseDouble(System.getProperty("staffcast.cq.diveGap", "0.001"));

    /** The rostered result, the first and the last LP value, and counts for the experiment log. */
    record Result(CqRoster roster, double firstLp, double lastLp, int lpSolves, int columns, long pivots) {
    }

    private final CqInstance in;
    private final int n;
    private final int h;
    private final int types;
    private final int[][] cellOf;
    private final int cells;
    private final double[] requirement;
    private final double[] weightUnder;
    private final double[] weightOver;
    private final int[][][] requestCost;
    private final CqRowOptimizer[] optimizers;
    private final CqRowOptimizer[] exactOptimizers;
    private final int[][][] scratch;
    private final List<List<PoolRow>> pool = new ArrayList<>();
    private final List<Set<RowKey>> seen = new ArrayList<>();
    /** Pool indices of start rows that break a hard rule, per employee: chosen only when nothing else is there. */
    private final List<Set<Integer>> illegal = new ArrayList<>();
    private final long seed;
    private final int windowFrom;
    /** {@link #WINDOW_BACKTRACK_TRIES} in a window, else 1. */
    private final int backtrackTries;
    private final int windowTo;
    /** The rows outside the window, or null when the window is the whole horizon. */
    private final int[][] baseRows;
    private int weekendPrice;
    /** Time spent pricing, all of it and the exact programme's, for the dive log. */
    private long totalPricingNanos;
    /** Fixings taken back, and whether the last step priced, for the dive log. */
    private int backtracks;
    private boolean pricedLastStep;
    /** The dive's lowest LP so far: a step's pricing stops within {@link #FLOOR_TOLERANCE} of it. */
    private double lowestLp;
    /** Pivots of the last step's dual simplex and pricing rounds of its column generation, for the dive log. */
    private long stepDualPivots;
    private int stepRounds;
    /** The best Lagrangian value of an exact pricing round: a lower bound on the LP (and on any roster). */
    private double exactBound = Double.NEGATIVE_INFINITY;
    private long exactPricingNanos;
    /** Days inside the window kept as in the base roster, or null. */
    private final boolean[] held;

    /** A generated row with the cover cells it works and its request cost, computed once. */
    private record PoolRow(int[] row, int[] cells, int cost) {
    }

    private record RowKey(int[] row) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey k && Arrays.equals(row, k.row);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(row);
        }
    }

    CqColumnGeneration(CqInstance in, long seed, int workers) {
        this(in, seed, workers, 0, in.horizon(), null);
    }

    /**
     * A column generation over the days {@code from..to-1} only (week-aligned), every row kept as it is in
     * {@code base} outside them: the master has the window's cover cells, and rows are priced by the row programme
     * over the window against the fixed days on both sides, so a large instance is re-optimised window by window.
     *
     * @param base the roster outside the window; null for the whole horizon ({@code from} 0, {@code to} horizon)
     */
    CqColumnGeneration(CqInstance in, long seed, int workers, int from, int to, CqRoster base) {
        this(in, seed, workers, from, to, base, null);
    }

    /**
     * As {@link #CqColumnGeneration(CqInstance, long, int, int, int, CqRoster)}, with the days {@code held[d]}
     * inside the window kept as they are in {@code base}: a window of two weeks that are not adjacent (weeks 0 and
     * 2, say) is the span from the first to the last with the weeks between held, so the minutes, weekends and
     * per-type counts an employee has left can move between any two weeks, not only neighbours.
     */
    CqColumnGeneration(CqInstance in, long seed, int workers, int from, int to, CqRoster base, boolean[] held) {
        this.in = in;
        this.seed = seed;
        n = in.employees().size();
        h = in.horizon();
        types = in.shiftTypes().size();
        if (base == null ? from != 0 || to != h : from < 0 || to > h || from >= to) {
            throw new IllegalArgumentException("window [" + from + ", " + to + ") of " + h + " days");
        }
        if (held != null && (base == null || held.length != h)) {
            throw new IllegalArgumentException("held days need a base roster and one flag per day");
        }
        windowFrom = from;
        windowTo = to;
        backtrackTries = from > 0 || to < h ? WINDOW_BACKTRACK_TRIES : 1;
        this.held = held == null ? null : held.clone();
        baseRows = base == null ? null : base.toArray();
        CqCover[][] cover = in.coverTable();
        cellOf = new int[h][types];
        int k = 0;
        for (int d = 0; d < h; d++) {
            for (int t = 0; t < types; t++) {
                cellOf[d][t] = cover[d][t] == null || d < from || d >= to || held != null && held[d] ? -1 : k++;
            }
        }
        cells = k;
        requirement = new double[cells];
        weightUnder = new double[cells];
        weightOver = new double[cells];
        for (int d = 0; d < h; d++) {
            for (int t = 0; t < types; t++) {
                if (cellOf[d][t] >= 0) {
                    requirement[cellOf[d][t]] = cover[d][t].requirement();
                    weightUnder[cellOf[d][t]] = cover[d][t].weightUnder();
                    weightOver[cellOf[d][t]] = cover[d][t].weightOver();
                }
            }
        }
        requestCost = CqRequestCosts.table(in);
        optimizers = new CqRowOptimizer[Math.max(1, workers)];
        exactOptimizers = new CqRowOptimizer[optimizers.length];
        scratch = new int[optimizers.length][h][types + 1];
        for (int w = 0; w < optimizers.length; w++) {
            optimizers[w] = new CqRowOptimizer(in);
            exactOptimizers[w] = new CqRowOptimizer(in, TRACKED_PRODUCT);
        }
        for (int e = 0; e < n; e++) {
            pool.add(new ArrayList<>());
            seen.add(new HashSet<>());
            illegal.add(new HashSet<>());
        }
    }

    /**
     * Master rows (cover cells plus employees) worth a column generation per second of the limit: on this machine
     * the first LP of Instance13 (624 rows) takes about 20 s on two cores and its dive does not finish within 60 s,
     * where week windows ({@link CqWindows}) do better (docs/benchmarks.md, "Curtois &amp; Qu", sessions 6 and 7).
     */
    static final int ROWS_PER_SECOND = 10;
    /** The dense basis inverse has rows² doubles: 3,000 rows are 72 MB. */
    static final int MAX_ROWS = 3000;

    /**
     * How many times its pricing estimate a whole-master dive may need: the estimate leaves out the linear
     * programme and the pricing rounds after a step. Instance13: estimated 124 s (69 ms a call, 120 employees, two
     * workers), measured about 190 s (docs/benchmarks.md, "Curtois &amp; Qu", experiments 81 and 91).
     */
    static final double DIVE_MARGIN = 2;

    /**
     * True when a column generation of {@code in} on {@code workers} is likely to finish its dive within its
     * {@code share} of {@code limit}: its master within {@link #ROWS_PER_SECOND} of the limit, and its pricing
     * estimate times {@link #DIVE_MARGIN} within the share. The estimate: a dive takes one step per employee, and
     * about half of the steps price the free employees, half of them on average, so n²/4 exact pricing calls,
     * each timed on a few employees. Rows alone are not enough: a call costs 0.15 ms on Instance1 and 69 ms on
     * Instance13, whose 624 rows passed at 90 s and whose dive was then cut at a quarter (2270 against 1517 at 60 s).
     */
    static boolean fits(CqInstance in, java.time.Duration limit, double share, int workers) {
        long cells = java.util.Arrays.stream(in.coverTable()).flatMap(java.util.Arrays::stream)
                .filter(java.util.Objects::nonNull).count();
        int n = in.employees().size();
        long rows = cells + n;
        if (!fits(rows, n, 0, limit, share, workers)) {
            return false; // the row count alone rules it out: no need to time the pricing
        }
        return fits(rows, n, exactPricingSeconds(in), limit, share, workers);
    }

    /** {@link #fits(CqInstance, java.time.Duration, double, int)} for a master of {@code rows} and {@code n} employees. */
    static boolean fits(long rows, int n, double secondsPerCall, java.time.Duration limit, double share, int workers) {
        double seconds = limit.toMillis() / 1000.0;
        if (rows > MAX_ROWS || rows > ROWS_PER_SECOND * seconds) {
            return false;
        }
        double pricing = secondsPerCall * n * n / 4.0 / Math.max(1, workers);
        return pricing * DIVE_MARGIN <= seconds * share;
    }

    /**
     * Seconds of one exact pricing call over the whole horizon, the least of a few calls on the first employees
     * (the programme's states do not depend on the costs, only on the rules and the days allowed).
     */
    static double exactPricingSeconds(CqInstance in) {
        CqRowOptimizer exact = new CqRowOptimizer(in, TRACKED_PRODUCT);
        int[][][] req = CqRequestCosts.table(in);
        int h = in.horizon();
        int types = in.shiftTypes().size();
        int[][] cost = new int[h][types + 1];
        long best = Long.MAX_VALUE;
        for (int i = 0; i < Math.min(3, in.employees().size()); i++) {
            CqEmployee e = in.employees().get(i);
            for (int d = 0; d < h; d++) {
                cost[d][0] = req[e.index()][d][0] * SCALE;
                for (int t = 0; t < types; t++) {
                    cost[d][t + 1] = e.isDayOff(d) || e.maxShifts(t) <= 0 ? CqRowOptimizer.FORBIDDEN
                            : (req[e.index()][d][t + 1] - 1) * SCALE;
                }
            }
            int[] row = new int[h];
            java.util.Arrays.fill(row, CqRoster.OFF);
            long t0 = System.nanoTime();
            exact.optimise(e, row, 0, h, cost);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best / 1e9;
    }

    /** Adds {@code row} to {@code e}'s pool; its index there, or −1 when the pool has it already. */
    private int add(int e, int[] row, int[] cells, int cost) {
        if (seen.get(e).add(new RowKey(row))) {
            pool.get(e).add(new PoolRow(row, cells, cost));
            return pool.get(e).size() - 1;
        }
        return -1;
    }

    private int[] cellsOf(int[] row) {
        int c = 0;
        for (int d = 0; d < h; d++) {
            if (row[d] >= 0 && cellOf[d][row[d]] >= 0) {
                c++;
            }
        }
        int[] out = new int[c];
        c = 0;
        for (int d = 0; d < h; d++) {
            if (row[d] >= 0 && cellOf[d][row[d]] >= 0) {
                out[c++] = cellOf[d][row[d]];
            }
        }
        return out;
    }

    private int requestCostOf(int e, int[] row) {
        int c = 0;
        for (int d = 0; d < h; d++) {
            c += requestCost[e][d][row[d] + 1];
        }
        if (weekendPrice > 0) {
            for (int sat = windowFrom + 5; sat < windowTo; sat += 7) {
                if (CqRoster.worksWeekend(row, sat, windowTo)) {
                    c += weekendPrice;
                }
            }
        }
        return c;
    }

    /** The window's cost at the start roster, after the last {@link #dive}. */
    private double startCost = Double.NaN;

    double startCost() {
        return startCost;
    }

    /**
     * Prices each weekend a row works inside the window (see {@link CqRowOptimizer#weekendPrice}); the master's
     * row costs and the pricing include it, so the dive minimises the objective plus this price per weekend.
     */
    CqColumnGeneration weekendPrice(int price) {
        weekendPrice = price;
        for (int w = 0; w < optimizers.length; w++) {
            optimizers[w].weekendPrice(price * SCALE);
            exactOptimizers[w].weekendPrice(price * SCALE);
        }
        return this;
    }

    /**
     * Dives from {@code start} (whose rows seed the pool) until every employee is fixed or {@code deadlineNanos};
     * past the deadline the free employees are completed and all improved by {@link #roundAndImprove}. A start row
     * that breaks a hard rule enters the pool at a prohibitive cost, so the first basis exists and the LP leaves it
     * when it can.
     */
    Result dive(CqRoster start, long deadlineNanos, Consumer<String> log) {
        CqMasterLp lp = new CqMasterLp(n, requirement, weightUnder, weightOver, seed);
        if (optimizers.length > 1 && PARALLEL_LP) {
            lp.parallel(PARALLEL_LP_FROM);
        }
        try {
            return dive(lp, start, deadlineNanos, log);
        } finally {
            lp.close();
        }
    }

    private Result dive(CqMasterLp lp, CqRoster start, long deadlineNanos, Consumer<String> log) {
        long diveStart = System.nanoTime();
        int[][] startRows = start.toArray();
        // LP column -> index in its employee's pool (the employee is the LP's columnEmployee)
        List<Integer> poolIndex = new ArrayList<>();
        int[] crash = new int[n];
        for (int e = 0; e < n; e++) {
            int[] row = startRows[e];
            boolean legal = CqEvaluator.employeePenalty(in, in.employees().get(e), row) == 0;
            int added = add(e, row, cellsOf(row), requestCostOf(e, row));
            if (!legal && added >= 0) {
                illegal.get(e).add(added);
            }
            List<PoolRow> rows = pool.get(e);
            for (int i = 0; i < rows.size(); i++) {
                boolean isStart = Arrays.equals(rows.get(i).row(), row);
                int j = lp.addColumn(e, rows.get(i).cells(),
                        rows.get(i).cost() + (illegal.get(e).contains(i) ? ILLEGAL : 0));
                poolIndex.add(i);
                if (isStart) {
                    crash[e] = j;
                }
            }
        }
        lp.start(crash);
        int[] chosen = new int[n];
        Arrays.fill(chosen, -1);
        double startCost = lp.objective();
        this.startCost = startCost;
        boolean optimal = generate(lp, poolIndex, Integer.MAX_VALUE, FIRST_GAP, deadlineNanos, deadlineNanos,
                Double.NEGATIVE_INFINITY, log);
        double firstLp = lp.objective();
        if (SKIP_HOPELESS && exactBound > startCost - HOPELESS_GAIN) {
            // no roster is a whole unit cheaper than the start (costs are integers): the dive could only match it
            if (log != null) {
                log.accept(String.format("start %.1f, bound %.1f: nothing to gain", startCost, exactBound));
            }
            return new Result(start, firstLp, firstLp, 1, pool.stream().mapToInt(List::size).sum(), lp.pivots());
        }
        if (log != null) {
            log.accept(String.format("lp=%.1f optimal=%s columns=%d pivots=%d residual=%.2e t=%.1fs", firstLp,
                    optimal, lp.columns(), lp.pivots(), lp.residual(), (System.nanoTime() - diveStart) / 1e9));
            // the LP's objective split as the evaluator splits a roster's
            double[] cov = new double[cells];
            double reqCost = 0;
            for (int j = 0; j < lp.columns(); j++) {
                double v = lp.value(j);
                PoolRow pr = pool.get(lp.columnEmployee(j)).get(poolIndex.get(j));
                for (int k : pr.cells()) {
                    cov[k] += v;
                }
                reqCost += v * pr.cost();
            }
            double under = 0;
            double over = 0;
            for (int k = 0; k < cells; k++) {
                under += Math.max(0, requirement[k] - cov[k]) * weightUnder[k];
                over += Math.max(0, cov[k] - requirement[k]) * weightOver[k];
            }
            log.accept(String.format("first lp: under=%.1f over=%.1f requests=%.1f", under, over, reqCost));
        }
        int solves = 1;
        long stepNanos = 0;
        double lastLp = firstLp;
        lowestLp = firstLp;
        long retryNanos = 0;
        while (true) {
            double[] bestValue = new double[n];
            int[] bestColumn = new int[n];
            Arrays.fill(bestValue, -1);
            for (int j = 0; j < lp.columns(); j++) {
                int e = lp.columnEmployee(j);
                double v = lp.value(j);
                if (chosen[e] < 0 && v > bestValue[e]) {
                    bestValue[e] = v;
                    bestColumn[e] = j;
                }
            }
            int[] free = java.util.stream.IntStream.range(0, n).filter(e -> chosen[e] < 0).toArray();
            if (free.length == 0) {
                break;
            }
            if (System.nanoTime() >= deadlineNanos) {
                break; // the free employees are rounded below
            }
            List<Integer> fix = new ArrayList<>();
            int top = free[0];
            for (int e : free) {
                if (bestValue[e] > 1 - 1e-6) {
                    fix.add(e);
                }
                if (bestValue[e] > bestValue[top]) {
                    top = e;
                }
            }
            if (fix.isEmpty()) {
                fix.add(top);
                // fix more per step when the steps so far say the dive would not finish by the deadline
                long now = System.nanoTime();
                double stepsLeft = stepNanos <= 0 ? Double.MAX_VALUE : (deadlineNanos - now) / (double) stepNanos;
                int more = (int) Math.max(free.length * FIX_SHARE, Math.ceil(free.length / Math.max(1, stepsLeft)) - 1);
                if (more > 0) {
                    java.util.stream.IntStream.of(free).boxed()
                            .sorted((x, y) -> Double.compare(bestValue[y], bestValue[x])).limit(more + 1)
                            .filter(e -> !fix.contains(e)).forEach(fix::add);
                }
            }
            // with backtrackTries > 1, a single fractional fixing that raises the LP by more than JUMP is taken back
            boolean single = fix.size() == 1 && bestValue[fix.get(0)] <= 1 - 1e-6;
            CqMasterLp.State before = single && backtrackTries > 1 ? lp.snapshot() : null;
            long stepStart = System.nanoTime();
            long p0 = lp.pivots();
            for (int e : fix) {
                chosen[e] = bestColumn[e];
                lp.fix(bestColumn[e]);
            }
            if (!resolve(lp, poolIndex, lastLp, free.length - fix.size(), deadlineNanos)) {
                break; // out of time, or the LP broke down: the free employees are rounded below
            }
            if (before != null && lp.objective() > lastLp + JUMP
                    && retryNanos <= BACKTRACK_SHARE * (System.nanoTime() - diveStart)) {
                long retryStart = System.nanoTime();
                int kept = retry(lp, before, poolIndex, fix.get(0), free, bestValue, bestColumn, chosen, lastLp,
                        deadlineNanos);
                retryNanos += System.nanoTime() - retryStart;
                if (kept < 0) {
                    break;
                }
                fix.set(0, kept);
            }
            if (DROP_ROWS) {
                lp.dropFixedRows();
            }
            if (DROP_CELLS) {
                lp.dropCoveredCells();
            }
            long p1 = lp.pivots();
            boolean priced = pricedLastStep;
            lastLp = lp.objective();
            lowestLp = Math.min(lowestLp, lastLp);
            stepNanos = Math.max(stepNanos, System.nanoTime() - stepStart);
            solves++;
            if (log != null) {
                log.accept(String.format("step %d fixed=%d free=%d lp=%.1f pivots=%d (dual %d) rounds=%d "
                        + "columns=%d rows=%d residual=%.2e t=%.1fs%s", solves, fix.size(), free.length - fix.size(),
                        lp.objective(), p1 - p0, stepDualPivots, priced ? stepRounds : 0, lp.columns(), lp.rows(),
                        lp.residual(), (System.nanoTime() - diveStart) / 1e9, priced ? "" : " unpriced"));
            }
        }
        if (log != null) {
            log.accept(String.format("dive done: pricing %.1fs (exact %.1fs) of %.1fs, %d fixings tried again, "
                    + "%d refactorisations", totalPricingNanos / 1e9, exactPricingNanos / 1e9,
                    (System.nanoTime() - diveStart) / 1e9, backtracks,
                    lp.refactorisations()));
        }
        double[] priority = new double[n];
        for (int j = 0; j < lp.columns(); j++) {
            int e = lp.columnEmployee(j);
            priority[e] = Math.max(priority[e], lp.value(j));
        }
        int[] choice = new int[n];
        for (int e = 0; e < n; e++) {
            choice[e] = chosen[e] >= 0 ? poolIndex.get(chosen[e]) : -1;
        }
        int[][] rows = roundAndImprove(choice, priority);
        int columns = pool.stream().mapToInt(List::size).sum();
        return new Result(new CqRoster(rows), firstLp, lastLp, solves, columns, lp.pivots());
    }

    /**
     * Takes back the fixing of employee {@code tried}, which raised the LP by more than {@link #JUMP}, and tries the
     * best columns of the next {@link #backtrackTries} − 1 free employees by LP value in its place, each from the
     * LP as it was before ({@code before}); stops at the first that does not raise the LP that much, else keeps the
     * one that raised it least. The dives that end above their LP do so by such steps, mostly among the last few
     * employees (Instance13 pair {0, 1}: 910 → 960 → 1010 over the last four; one try kept it at 910).
     *
     * @return the employee fixed now, or −1 when the deadline or a breakdown left the LP unsolved
     */
    private int retry(CqMasterLp lp, CqMasterLp.State before, List<Integer> poolIndex, int tried, int[] free,
            double[] bestValue, int[] bestColumn, int[] chosen, double lastLp, long deadlineNanos) {
        int bestTry = tried;
        double bestTryLp = lp.objective();
        // the best try's LP as solved, so keeping it costs no second solve and a later breakdown cannot lose it
        CqMasterLp.State best = lp.snapshot();
        int[] others = java.util.stream.IntStream.of(free).filter(e -> e != tried && bestValue[e] > 0)
                .boxed().sorted((x, y) -> Double.compare(bestValue[y], bestValue[x]))
                .limit(backtrackTries - 1).mapToInt(Integer::intValue).toArray();
        int current = tried;
        boolean atBest = true;
        for (int e : others) {
            if (System.nanoTime() >= deadlineNanos) {
                break;
            }
            lp.restore(before);
            atBest = false;
            // rows priced since the snapshot may undercut its basis: optimal again first, so that the dual simplex
            // after the fixing starts dual feasible
            if (!lp.solve(deadlineNanos)) {
                break;
            }
            chosen[current] = -1;
            chosen[e] = bestColumn[e];
            current = e;
            lp.fix(bestColumn[e]);
            backtracks++;
            if (!resolve(lp, poolIndex, lastLp, free.length - 1, deadlineNanos)) {
                continue; // broke down too (or out of time, which the loop's test sees)
            }
            if (lp.objective() < bestTryLp - 1e-6) {
                bestTry = e;
                bestTryLp = lp.objective();
                atBest = true;
                if (lp.objective() <= lastLp + JUMP) {
                    break;
                }
                best = lp.snapshot();
            }
        }
        if (!atBest) {
            lp.restore(best);
            chosen[current] = -1;
            chosen[bestTry] = bestColumn[bestTry];
            if (!lp.solve(deadlineNanos)) {
                return -1;
            }
        }
        return bestTry;
    }

    /**
     * The LP after a fixing: the dual simplex, then pricing when the LP rose (a fixing that did not raise it leaves
     * no row to price out: the LP before it was optimal over all rows, and the fixing only restricts it; about two
     * thirds of the steps on Instance13's windows). A step may price until its share of the time left (one step per
     * two free employees), so the 0.1% gap does not spend the dive's time converging the LP (Instance19: 150k pivots
     * in one step).
     *
     * @return false when the deadline came first or the dual simplex broke down
     */
    private boolean resolve(CqMasterLp lp, List<Integer> poolIndex, double lastLp, int freeLeft, long deadlineNanos) {
        pricedLastStep = false;
        stepRounds = 0;
        long p0 = lp.pivots();
        boolean solved = lp.dualSolve(deadlineNanos);
        stepDualPivots = lp.pivots() - p0;
        if (!solved) {
            return false;
        }
        if (!SKIP_UNCHANGED || lp.objective() > lastLp + 1e-6 * Math.max(1, Math.abs(lastLp))) {
            pricedLastStep = true;
            long now = System.nanoTime();
            long stepPricing = now + (deadlineNanos - now) / Math.max(1, freeLeft / 2);
            generate(lp, poolIndex, DIVE_ROUNDS, DIVE_GAP, stepPricing, deadlineNanos, lowestLp, null);
        }
        return true;
    }

    /**
     * Completes a partial choice of pool rows ({@code choice[e]} = pool index, −1 = free) and improves it: free
     * employees in decreasing {@code priority} take the pool row of least request cost plus cover change given the
     * rows chosen so far; then every employee in turn takes its best pool row given all the others, until a whole
     * pass changes nothing. Exact objective changes, so the result is never worse than the completed choice.
     */
    private int[][] roundAndImprove(int[] choice, double[] priority) {
        int[] count = new int[cells];
        for (int e = 0; e < n; e++) {
            if (choice[e] >= 0) {
                for (int k : pool.get(e).get(choice[e]).cells()) {
                    count[k]++;
                }
            }
        }
        Integer[] order = java.util.stream.IntStream.range(0, n).filter(e -> choice[e] < 0).boxed()
                .sorted((a, b) -> Double.compare(priority[b], priority[a])).toArray(Integer[]::new);
        for (int e : order) {
            choice[e] = bestRow(e, count, -1);
            for (int k : pool.get(e).get(choice[e]).cells()) {
                count[k]++;
            }
        }
        for (int pass = 0; pass < 100; pass++) {
            boolean changed = false;
            for (int e = 0; e < n; e++) {
                int[] current = pool.get(e).get(choice[e]).cells();
                for (int k : current) {
                    count[k]--;
                }
                int best = bestRow(e, count, choice[e]);
                changed |= best != choice[e];
                choice[e] = best;
                for (int k : pool.get(e).get(best).cells()) {
                    count[k]++;
                }
            }
            if (!changed) {
                break;
            }
        }
        int[][] rows = new int[n][];
        for (int e = 0; e < n; e++) {
            rows[e] = pool.get(e).get(choice[e]).row().clone();
        }
        return rows;
    }

    /**
     * The pool row of {@code e} with the least request cost plus cover change (a row breaking a hard rule costs
     * {@link #ILLEGAL} more); {@code keep} wins ties.
     */
    private int bestRow(int e, int[] count, int keep) {
        List<PoolRow> rows = pool.get(e);
        int best = keep;
        double bestCost = keep < 0 ? Double.POSITIVE_INFINITY : rowCost(e, keep, count);
        for (int i = 0; i < rows.size(); i++) {
            double c = rowCost(e, i, count);
            if (c < bestCost) {
                bestCost = c;
                best = i;
            }
        }
        return best;
    }

    private double rowCost(int e, int i, int[] count) {
        PoolRow row = pool.get(e).get(i);
        double c = row.cost() + (illegal.get(e).contains(i) ? ILLEGAL : 0);
        for (int k : row.cells()) {
            c += count[k] < requirement[k] ? -weightUnder[k] : weightOver[k];
        }
        return c;
    }

    /**
     * Column generation rounds on {@code lp}: solve, price every free employee at smoothed duals, add the rows of
     * negative reduced cost at the LP's duals; stops when none is added at the LP's own duals, the LP is within
     * {@code gap} of the Lagrangian value, when it is back within {@link #FLOOR_TOLERANCE} of {@code floor} (a value
     * no row can undercut), after {@code maxRounds}, when a round would start after {@code pricingDeadline} (the LP
     * is then still solved to optimality over the rows so far) or at the deadline.
     *
     * @return true when the last LP was solved and no row was left to add
     */
    private boolean generate(CqMasterLp lp, List<Integer> poolIndex, int maxRounds, double gap, long pricingDeadline,
            long deadlineNanos, double floor, Consumer<String> log) {
        double[] center = null;
        double bestBound = Double.NEGATIVE_INFINITY;
        double[] lpPrices = new double[cells];
        double[] prices = new double[cells];
        boolean smooth = true;
        // the fast programme until it finds nothing more, then the exact one (heuristic pricing first, as usual in
        // branch and price): the fast one is 3-30x cheaper and finds most rows
        boolean exact = false;
        long pricingNanos = 0;
        int[] free = java.util.stream.IntStream.range(0, n).filter(e -> !lp.isFixed(e)).toArray();
        for (int round = 0; round < maxRounds; round++) {
            stepRounds = round + 1;
            if (!lp.solve(deadlineNanos)) {
                return false;
            }
            if (round > 0 && System.nanoTime() > pricingDeadline) {
                return false; // optimal for the rows so far, which the dual simplex after a fixing needs
            }
            if (round > 0 && FLOOR_STOP && lp.objective() <= floor + FLOOR_TOLERANCE) {
                return true; // back at the LP before the fixing, which no row can undercut
            }
            if (free.length == 0) {
                return true;
            }
            for (int k = 0; k < cells; k++) {
                lpPrices[k] = lp.cellDual(k);
                prices[k] = center == null || !smooth ? lpPrices[k]
                        : SMOOTHING * center[k] + (1 - SMOOTHING) * lpPrices[k];
            }
            // Lagrangian value at the pricing duals: fixed cost + Σ π r + Σ_free (cheapest row's c − π·a)
            double bound = lp.fixedCost();
            for (int k = 0; k < cells; k++) {
                bound += prices[k] * lp.rhs(k);
            }
            long priceStart = System.nanoTime();
            int[][][] priced = priceAll(free, prices, exact, deadlineNanos);
            pricingNanos += System.nanoTime() - priceStart;
            totalPricingNanos += System.nanoTime() - priceStart;
            if (exact) {
                exactPricingNanos += System.nanoTime() - priceStart;
            }
            if (System.nanoTime() >= deadlineNanos) {
                return false;
            }
            int added = 0;
            for (int s = 0; s < free.length; s++) {
                int e = free[s];
                if (priced[s] == null) {
                    bound = Double.NEGATIVE_INFINITY;
                    continue;
                }
                for (int r = 0; r < priced[s].length; r++) {
                    int[] row = priced[s][r];
                    int[] rowCells = cellsOf(row);
                    int c = requestCostOf(e, row);
                    double atPrices = c;
                    double rc = c - lp.employeeDual(e);
                    for (int k : rowCells) {
                        atPrices -= prices[k];
                        rc -= lpPrices[k];
                    }
                    if (r == 0) {
                        bound += atPrices; // the cheapest row at the pricing duals
                    }
                    if (rc < -1e-6) {
                        int i = add(e, row, rowCells, c);
                        if (i >= 0) {
                            lp.addColumn(e, rowCells, c);
                            poolIndex.add(i);
                            added++;
                        }
                    }
                }
            }
            if (bound > bestBound) {
                bestBound = bound;
                center = prices.clone();
            }
            if (exact) {
                exactBound = Math.max(exactBound, bound);
            }
            if (log != null) {
                log.accept(String.format("  round %d lp=%.1f lagrangian=%.1f added=%d pivots=%d pricing=%.1fs%s",
                        round, lp.objective(), bound, added, lp.pivots(), pricingNanos / 1e9, exact ? " exact" : ""));
            }
            double z = lp.objective();
            boolean converged = z - bestBound <= gap * Math.max(1, Math.abs(z))
                    || added == 0 && (!smooth || center == null);
            if (converged && !exact) {
                // the fast programme's Lagrangian value is no bound: confirm with the exact programme
                exact = true;
                smooth = false;
                bestBound = Double.NEGATIVE_INFINITY;
                center = null;
                continue;
            }
            if (z - bestBound <= gap * Math.max(1, Math.abs(z))) {
                // within the gap of the Lagrangian value: more rows would barely move the LP; the rows just added
                // still enter, so the basis is optimal for the dual simplex after the next fixing
                return lp.solve(deadlineNanos);
            }
            if (added == 0) {
                if (!smooth || center == null) {
                    return true;
                }
                smooth = false; // a mispricing: the smoothed duals found nothing, price at the LP's own
            } else {
                smooth = true;
            }
        }
        // the rows added last are not in the basis yet: solve once more, so the basis is optimal (dual feasible)
        // for the dual simplex after the next fixing
        lp.solve(deadlineNanos);
        return false;
    }

    /**
     * Rows each of {@code free} employees adds per pricing round of a dive's step: {@link #ROWS_PER_PRICING} while
     * many are free, up to {@link #TAIL_MAX} as they get few, so a round adds about {@link #TAIL_ROWS} in all. The
     * first LP, every employee free, adds {@link #ROWS_PER_PRICING} each (more made it slower, experiment 139).
     */
    static int rowsPerEmployee(int free) {
        return Math.max(ROWS_PER_PRICING, Math.min(TAIL_MAX, TAIL_ROWS / Math.max(1, free)));
    }

    /** Each free employee's cheapest rows at {@code prices} (null when none or past the deadline), on all workers. */
    private int[][][] priceAll(int[] free, double[] prices, boolean exact, long deadlineNanos) {
        int[][][] out = new int[free.length][][];
        CqRowOptimizer[] programmes = exact ? exactOptimizers : optimizers;
        int workers = programmes.length;
        int k = free.length == n ? ROWS_PER_PRICING : rowsPerEmployee(free.length);
        java.util.function.IntConsumer task = w -> {
            for (int s = w; s < free.length && System.nanoTime() < deadlineNanos; s += workers) {
                out[s] = price(programmes[w], in.employees().get(free[s]), prices, scratch[w], k);
            }
        };
        if (workers == 1) {
            task.accept(0);
            return out;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "cq-pricing");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                futures.add(pool.submit(() -> task.accept(worker)));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pricing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /**
     * The cheapest rows of {@code e} at the LP's duals, cheapest first, at most {@code rowsWanted} of them (see
     * {@link CqRowOptimizer#cheapest}), or null when none is feasible.
     */
    private int[][] price(CqRowOptimizer optimizer, CqEmployee e, double[] prices, int[][] dayCost, int rowsWanted) {
        int[][][] req = requestCost;
        for (int d = windowFrom; d < windowTo; d++) {
            int[] c = dayCost[d - windowFrom];
            if (held != null && held[d]) {
                int kept = baseRows[e.index()][d];
                Arrays.fill(c, CqRowOptimizer.FORBIDDEN);
                c[kept + 1] = 0; // constant: the day's cover and request cost do not depend on the window
                continue;
            }
            c[0] = req[e.index()][d][0] * SCALE;
            boolean off = e.isDayOff(d);
            for (int t = 0; t < types; t++) {
                if (off || e.maxShifts(t) <= 0) {
                    c[t + 1] = CqRowOptimizer.FORBIDDEN;
                } else {
                    int k = cellOf[d][t];
                    double pi = k < 0 ? 0 : prices[k];
                    c[t + 1] = (int) Math.round((req[e.index()][d][t + 1] - pi) * SCALE);
                }
            }
        }
        int[] row = new int[h];
        if (baseRows == null) {
            Arrays.fill(row, CqRoster.OFF);
        } else {
            System.arraycopy(baseRows[e.index()], 0, row, 0, h);
        }
        if (optimizer.optimise(e, row, windowFrom, windowTo, dayCost) == null) {
            return null;
        }
        int[][] windows = optimizer.cheapest(rowsWanted);
        int[][] rows = new int[windows.length][];
        for (int r = 0; r < windows.length; r++) {
            rows[r] = row.clone();
            System.arraycopy(windows[r], 0, rows[r], windowFrom, windows[r].length);
        }
        return rows;
    }
}
