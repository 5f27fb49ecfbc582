package org.staffcast.solver.cq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Column generation window by window, for instances whose whole master is too large for the time (Instance13:
 * 624 rows, its first LP alone takes a third of a minute): the roster is swept week by week, each week (or two
 * weeks, a week apart) re-optimised by {@link CqColumnGeneration} with every row fixed outside it, and a window's
 * new rows are kept when the whole roster's objective improves. Sweeps repeat until one changes nothing or the
 * deadline passes.
 *
 * <p>A one-week master has 7 × types cover cells plus one row per employee (246 on Instance13), and its dive
 * finishes in about a second; the per-horizon rules (total minutes, per-type maxima, weekends) see the fixed weeks,
 * so a week can only use the slack the others leave. Two-week windows move that slack between their two weeks, at
 * 7-13 s a window on Instance13; pairs of weeks further apart ({@link #improvePairs}, the weeks between held) move
 * it between any two weeks, which matters where every employee works their maximum minutes (Instance13).
 */
final class CqWindows {

    /** Sweeps needed to converge (Instance13: 3311 → 1893 → 1792 → 1792, docs/benchmarks.md session 7). */
    static final int SWEEPS_WANTED = 3;
    /** Seconds a one-week window's dive took on Instance13 on two cores, the largest case measured. */
    static final double SECONDS_PER_WINDOW = 1.5;
    /** Less time than this per window week and a dive cannot finish (Instance13: one week takes about a second). */
    private static final long MIN_NANOS_PER_WEEK = 500_000_000L;

    /**
     * Priced windows stop when this many of the first sweep's ended above the starting objective: their dives are
     * cut too short to pay (Instance24 at 60 s: 0.2 s a window, every window 300-2,000 above the roster, against
     * Instance23 where the third window already improved it).
     */
    private static final int FUTILE_WINDOWS = 8;

    /**
     * Pairs of adjacent weeks shifted by this many days (Thursday to Wednesday: no weekend split) join the pair sweep:
     * a roster where no pair of whole weeks improves can still improve across a week's edge (Instance13 seed 6: the
     * pairs stalled at 1489).
     */
    private static final int MID_WEEK = 3;
    /**
     * Windows from a Saturday to the Sunday two weeks later (16 days, three weekends) end the pair sweep: a roster
     * where every pair of weeks is at its LP optimum can still share three weekends better (Instance13: 3 of 6 runs
     * went from 1468-1471 to 1361-1370 in their first such window, docs/benchmarks.md experiment 188).
     */
    private static final int SATURDAY = 5;
    private static final boolean WEEKEND_TRIPLES = !Boolean.getBoolean("staffcast.cq.noTriples");
    /**
     * A pair sweep's dive whose LP promised at least a unit and whose roster is no better dives once more, with
     * another seed (another perturbation of the LP): now and then a fixing among the last employees costs a weekend
     * shortfall the LP did not have, 100 (Instance13: 4 of 6 runs had such a dive, experiment 187).
     */
    private static final int DIVE_RETRIES = Integer.getInteger("staffcast.cq.diveRetries", 1);
    private static final long RETRY_SEED = 7919;
    private static final boolean MID_WEEK_PAIRS = !Boolean.getBoolean("staffcast.cq.noMidWeek");

    /** The largest share of the time left that one whole dive ({@link #improvePairs}) may take. */
    private static final double WHOLE_DIVE_SHARE = 0.4;

    /** Prints each window's objective before and after, its LP and its time to stderr (experiments). */
    private static final boolean TRACE = Boolean.getBoolean("staffcast.cq.traceWindows");
    /** The trace's clock: the class loads as a solve chooses its plan, so about the solve's start. */
    private static final long TRACE_START = System.nanoTime();

    private CqWindows() {
    }

    /** The number of one-week windows of {@code in}. */
    static int windows(CqInstance in) {
        return (in.horizon() + 6) / 7;
    }

    /** True when {@link #SWEEPS_WANTED} sweeps fit in {@code seconds}. */
    static boolean fits(CqInstance in, double seconds) {
        return windows(in) * SWEEPS_WANTED * SECONDS_PER_WINDOW <= seconds;
    }

    /**
     * Sweeps windows of {@code weeks} weeks, a week apart (consecutive windows overlap when longer than a week), over
     * {@code start} until a sweep improves nothing or {@code deadlineNanos}; each window gets the time left over the
     * windows left in its sweep.
     *
     * @param onImproved told each better roster's evaluation, for progress (may be null)
     * @return a roster no worse than {@code start} (hard violations first, then the objective)
     */
    static CqRoster improve(CqInstance in, CqRoster start, int weeks, long seed, int workers, long deadlineNanos,
            Consumer<CqEvaluation> onImproved) {
        return improve(in, start, weeks, seed, workers, deadlineNanos, 0, onImproved);
    }

    /**
     * {@link #improve(CqInstance, CqRoster, int, long, int, long, Consumer)}, the sweeps ending as well after one that
     * lowers the objective by less than {@code minSweepGain} of it.
     */
    static CqRoster improve(CqInstance in, CqRoster start, int weeks, long seed, int workers, long deadlineNanos,
            double minSweepGain, Consumer<CqEvaluation> onImproved) {
        return sweep(in, start, aligned(runs(in, weeks)), seed, workers, deadlineNanos, 0, MIN_NANOS_PER_WEEK, false,
                minSweepGain, false, onImproved);
    }

    /**
     * Employee-weekends the cover needs over those the contracts allow: per weekend the larger of the Saturday and
     * the Sunday requirement (one employee works both days of a weekend for one weekend of their budget), summed,
     * over the sum of the maximum weekends (at most the horizon's). Near 1 the weekends must go exactly where the
     * cover needs them (Instance23 0.993, Instance24 1.006), which local search, one employee at a time, does not
     * do; above 1 every weekend is needed somewhere (Instance20 1.052, 21 1.087, 22 1.173). Infinite when no
     * employee may work a weekend but the cover asks for one.
     */
    static double weekendNeed(CqInstance in) {
        int h = in.horizon();
        int[] need = new int[h];
        for (CqCover c : in.covers()) {
            need[c.day()] += c.requirement();
        }
        long needed = 0;
        for (int sat = 5; sat < h; sat += 7) {
            needed += Math.max(need[sat], sat + 1 < h ? need[sat + 1] : 0);
        }
        long allowed = 0;
        int weekends = (h + 1) / 7;
        for (CqEmployee e : in.employees()) {
            allowed += Math.min(weekends, e.maxWeekends());
        }
        return allowed == 0 ? (needed == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) needed / allowed;
    }

    /** Weekends worked by every employee together. */
    static int weekendsWorked(CqRoster roster) {
        int n = 0;
        for (int[] row : roster.toArray()) {
            for (int sat = 5; sat < row.length; sat += 7) {
                n += CqRoster.worksWeekend(row, sat, row.length) ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * As {@link #improve(CqInstance, CqRoster, int, long, int, long, Consumer)}, with each weekend worked priced at
     * {@code weekendPrice} inside the windows and in the acceptance, so a window may free weekends (pair two
     * half-worked weekends into one full one) for later windows, and for the caller's best-response sweeps, to use
     * where the cover is short. Returns the last roster accepted, which with a price may be worse than
     * {@code start} by the plain objective: the caller compares.
     *
     * @param minNanosPerWeek windows are not started when they would get less than this per week
     */
    static CqRoster improve(CqInstance in, CqRoster start, int weeks, long seed, int workers, long deadlineNanos,
            int weekendPrice, long minNanosPerWeek, Consumer<CqEvaluation> onImproved) {
        return sweep(in, start, aligned(runs(in, weeks)), seed, workers, deadlineNanos, weekendPrice, minNanosPerWeek,
                false, 0, false, onImproved);
    }

    /** The windows of {@code weeks} consecutive weeks, a week apart (the last ones shorter at the horizon's end). */
    private static List<int[]> runs(CqInstance in, int weeks) {
        List<int[]> windows = new ArrayList<>();
        for (int w = 0; w < Math.max(1, windows(in) - (weeks - 1)); w++) {
            int[] run = new int[Math.min(weeks, windows(in) - w)];
            for (int i = 0; i < run.length; i++) {
                run[i] = w + i;
            }
            windows.add(run);
        }
        return windows;
    }

    /**
     * One-week windows, the dearest weeks first (cover and request cost of their days), each dive given the time it
     * takes, until {@code deadlineNanos}: where the cover grows through the horizon the last weeks hold most of the
     * cost (Instance24: week 51 needs 974 shifts, week 0 323), and a dive there pays (weeks 47-50 of a 58499 roster:
     * 1579 in 5 s) while the first weeks' dives, cut to their share of an in-order sweep, never do. Priced and
     * stopped early as {@link #improve(CqInstance, CqRoster, int, long, int, long, int, long, Consumer)}.
     */
    static CqRoster improveDearestFirst(CqInstance in, CqRoster start, long seed, int workers, long deadlineNanos,
            int weekendPrice, Consumer<CqEvaluation> onImproved) {
        long[] cost = weekCosts(in, start);
        List<int[]> windows = new ArrayList<>();
        for (int w = 0; w < windows(in); w++) {
            windows.add(new int[] {w});
        }
        windows.sort((a, b) -> Long.compare(cost[b[0]], cost[a[0]]));
        return sweep(in, start, aligned(windows), seed, workers, deadlineNanos, weekendPrice, 0, true, 0, false,
                onImproved);
    }

    /** The objective of {@code roster} split by week: each day's cover cost and the requests of its values. */
    static long[] weekCosts(CqInstance in, CqRoster roster) {
        int h = in.horizon();
        int[][] rows = roster.toArray();
        int[][] count = CqRowOptimizer.counts(in, rows);
        int[][][] requestCost = CqRequestCosts.table(in);
        CqCover[][] cover = in.coverTable();
        long[] cost = new long[windows(in)];
        for (int d = 0; d < h; d++) {
            for (int t = 0; t < count[d].length; t++) {
                cost[d / 7] += cover[d][t] == null ? 0 : cover[d][t].cost(count[d][t]);
            }
            for (int e = 0; e < rows.length; e++) {
                cost[d / 7] += requestCost[e][d][rows[e][d] + 1];
            }
        }
        return cost;
    }

    /**
     * Sweeps the windows of two weeks each, adjacent first ({0, 1}, {1, 2}, ...), then two apart ({0, 2}, ...), and
     * so on up to {@code maxApart}, the weeks between a pair held as they are: with every employee at their maximum
     * minutes (Instance13), a window can only move work between its own weeks, so adjacent windows alone never trade
     * between weeks 0 and 2. Then, from three weeks on, adjacent pairs shifted to start mid-week ({@link #MID_WEEK}),
     * and the windows of three weekends ({@link #SATURDAY}). A dive that lost what its LP promised dives again
     * ({@link #DIVE_RETRIES}).
     */
    static CqRoster improvePairs(CqInstance in, CqRoster start, int maxApart, long seed, int workers,
            long deadlineNanos, Consumer<CqEvaluation> onImproved) {
        List<Window> windows = new ArrayList<>();
        for (int apart = 1; apart <= maxApart; apart++) {
            for (int w = 0; w + apart < windows(in); w++) {
                windows.add(new Window(new int[] {w, w + apart}, 0, 0));
            }
        }
        if (MID_WEEK_PAIRS && windows(in) >= 3) {
            for (int w = 0; w + 1 < windows(in); w++) {
                windows.add(new Window(new int[] {w, w + 1}, MID_WEEK, 0));
            }
        }
        if (WEEKEND_TRIPLES) {
            for (int w = 0; w + 2 < windows(in); w++) {
                windows.add(new Window(new int[] {w, w + 1}, SATURDAY, 2));
            }
        }
        return sweep(in, start, windows, seed, workers, deadlineNanos, 0, MIN_NANOS_PER_WEEK, true, 0, true,
                onImproved);
    }

    /**
     * A window: its weeks (ascending; the weeks between two of them are held), each starting {@code shift} days
     * after its Monday, the last one {@code extend} days longer, and ending at the horizon at the latest.
     */
    private record Window(int[] weeks, int shift, int extend) {

        @Override
        public String toString() {
            return Arrays.toString(weeks) + (shift == 0 ? "" : "+" + shift) + (extend == 0 ? "" : "..+" + extend);
        }
    }

    private static List<Window> aligned(List<int[]> weeks) {
        return weeks.stream().map(w -> new Window(w, 0, 0)).toList();
    }

    /**
     * Sweeps of {@code windows} (each a set of weeks, ascending) until one improves nothing or the deadline.
     *
     * @param minSweepGain the sweeps end after one that lowers the (priced) objective by less than this share of it
     * @param wholeDives give each window up to {@link #WHOLE_DIVE_SHARE} of the time left (or three mean dives)
     *                   rather than its share of the sweep, so its dive takes the time it needs: a dive pressed for
     *                   time fixes several rows a step and loses what the LP promised (Instance13 two-week windows:
     *                   2235 against 1763 before when cut at 7 s, the LP's value at 10-12 s)
     */
    private static CqRoster sweep(CqInstance in, CqRoster start, List<Window> windows, long seed, int workers,
            long deadlineNanos, int weekendPrice, long minNanosPerWeek, boolean wholeDives, double minSweepGain,
            boolean retryDives, Consumer<CqEvaluation> onImproved) {
        CqRoster current = start;
        CqEvaluation currentEval = CqEvaluator.evaluate(in, current);
        long currentPriced = (long) currentEval.objective() + (long) weekendPrice * weekendsWorked(current);
        CqEvaluation bestEval = currentEval;
        CqEvaluation startEval = currentEval;
        int h = in.horizon();
        int count = windows.size();
        int dives = 0;
        long diveNanos = 0;
        for (int sweep = 0; System.nanoTime() < deadlineNanos; sweep++) {
            boolean improved = false;
            long sweepStart = currentPriced;
            int hardAtStart = currentEval.hardPenalty();
            for (int w = 0; w < count; w++) {
                long now = System.nanoTime();
                if (now >= deadlineNanos) {
                    break;
                }
                Window window = windows.get(w);
                int[] weeks = window.weeks();
                int shift = window.shift();
                if ((deadlineNanos - now) / (count - w) < minNanosPerWeek * weeks.length) {
                    break; // a dive cut that short only rounds; the local search uses the time better
                }
                if (wholeDives && dives > 0 && deadlineNanos - now < diveNanos / dives) {
                    break; // too little time left for a dive like the ones so far: one pressed for time only rounds
                }
                int from = 7 * weeks[0] + shift;
                int to = Math.min(h, 7 * weeks[weeks.length - 1] + 7 + shift + window.extend());
                boolean[] held = null;
                if (weeks.length != weeks[weeks.length - 1] - weeks[0] + 1) {
                    held = new boolean[h];
                    Arrays.fill(held, from, to, true);
                    for (int week : weeks) {
                        Arrays.fill(held, 7 * week + shift, Math.min(h, 7 * week + 7 + shift), false);
                    }
                }
                // one-week windows keep their share of the sweep: the long plan needs the whole year swept (Instance24
                // with a share of at least the mean dive: 32 of 52 weeks, 100471 and 107458 against 85978-91504)
                // a whole dive still gets at most WHOLE_DIVE_SHARE of the time left (or three mean dives), so one
                // that stalls cannot take the rest of the sweep with it (Instance13 once sat at its 8 s roster to the
                // end of the minute)
                CqColumnGeneration cg = null;
                CqColumnGeneration.Result r = null;
                CqRoster result = null;
                CqEvaluation eval = null;
                long priced = 0;
                boolean better = false;
                for (int attempt = 0; attempt <= (retryDives ? DIVE_RETRIES : 0); attempt++) {
                    long diveStart = System.nanoTime();
                    if (attempt > 0 && deadlineNanos - diveStart < diveNanos / dives) {
                        break; // no time for a dive like the ones so far
                    }
                    long windowDeadline = wholeDives
                            ? Math.min(deadlineNanos, diveStart + Math.max(
                                    (long) (WHOLE_DIVE_SHARE * (deadlineNanos - diveStart)),
                                    dives > 0 ? 3 * diveNanos / dives : 0))
                            : diveStart + (deadlineNanos - diveStart) / (count - w);
                    cg = new CqColumnGeneration(in, seed + (long) sweep * count + w + RETRY_SEED * attempt, workers,
                            from, to, current, held).weekendPrice(weekendPrice);
                    r = cg.dive(current, windowDeadline, null);
                    dives++;
                    diveNanos += System.nanoTime() - diveStart;
                    result = r.roster();
                    eval = CqEvaluator.evaluate(in, result);
                    priced = (long) eval.objective() + (long) weekendPrice * weekendsWorked(result);
                    if (TRACE) {
                        System.err.printf("window %s sweep %d: %d -> %d start=%.1f lp=%.1f -> %.1f in %.1fs at %.1fs%s%n",
                                window, sweep, currentEval.objective(), eval.objective(), cg.startCost(),
                                r.firstLp(), r.lastLp(), (System.nanoTime() - diveStart) / 1e9,
                                (System.nanoTime() - TRACE_START) / 1e9, attempt > 0 ? " (again)" : "");
                    }
                    better = eval.hardPenalty() < currentEval.hardPenalty()
                            || eval.hardPenalty() == currentEval.hardPenalty() && priced < currentPriced;
                    if (better || r.firstLp() > cg.startCost() - 1) {
                        break; // kept, or the LP promised no whole unit
                    }
                }
                if (weekendPrice > 0 && sweep == 0 && w + 1 == FUTILE_WINDOWS && bestEval == startEval
                        && !(eval.hardPenalty() < bestEval.hardPenalty() || eval.hardPenalty() == bestEval.hardPenalty()
                                && eval.objective() < bestEval.objective())) {
                    return start; // every window so far ended above the roster: dives this short only round
                }
                if (better) {
                    current = result;
                    currentEval = eval;
                    currentPriced = priced;
                    improved = true;
                    boolean newBest = eval.hardPenalty() < bestEval.hardPenalty()
                            || eval.hardPenalty() == bestEval.hardPenalty() && eval.objective() < bestEval.objective();
                    if (newBest) {
                        bestEval = eval;
                        if (onImproved != null) {
                            onImproved.accept(eval);
                        }
                    }
                }
            }
            if (!improved || currentEval.hardPenalty() == hardAtStart
                    && sweepStart - currentPriced < minSweepGain * sweepStart) {
                break;
            }
        }
        return current;
    }

    /**
     * Best-response sweeps: every employee in turn takes the cheapest feasible row over each window of
     * {@code weeks} weeks (a week apart) given everybody else ({@link CqRowOptimizer#respond}), kept only when it
     * costs less than the current one, until a sweep improves nothing or {@code deadlineNanos}. Deterministic and
     * cheap (Instance23: 1.5 s a sweep with two-week windows); after local search it still finds 1,000-2,000 units
     * on the 364-day instances, whose random row moves reach each employee-window rarely.
     */
    static CqRoster bestResponses(CqInstance in, CqRoster start, int weeks, long deadlineNanos) {
        return bestResponses(in, start, weeks, deadlineNanos, Integer.MAX_VALUE);
    }

    /** {@link #bestResponses(CqInstance, CqRoster, int, long)} with at most {@code maxSweeps} sweeps. */
    static CqRoster bestResponses(CqInstance in, CqRoster start, int weeks, long deadlineNanos, int maxSweeps) {
        return bestResponses(in, start, weeks, deadlineNanos, maxSweeps, null, 0);
    }

    /**
     * {@link #bestResponses(CqInstance, CqRoster, int, long, int)} with rows held to a weekend plan by a penalty
     * ({@link CqRowOptimizer#followPlan}); without a plan, every change lowers the objective.
     */
    static CqRoster bestResponses(CqInstance in, CqRoster start, int weeks, long deadlineNanos, int maxSweeps,
            boolean[][] plan, int planPenalty) {
        return bestResponses(in, start, weeks, deadlineNanos, maxSweeps, plan, planPenalty, 1);
    }

    /**
     * {@link #bestResponses(CqInstance, CqRoster, int, long, int, boolean[][], int)} on {@code workers} threads.
     * Windows whose first weeks are a multiple of {@code weeks} apart share no day: each such set is handed out
     * window by window to the threads, so no cover count is touched by two of them at once; an employee is worked
     * on by one thread at a time (a lock each), so the rest of a row a window reads (its runs, minutes and
     * weekends) holds still. The result depends on the threads' timing; one worker gives the sequential sweep.
     */
    static CqRoster bestResponses(CqInstance in, CqRoster start, int weeks, long deadlineNanos, int maxSweeps,
            boolean[][] plan, int planPenalty, int workers) {
        int[][] rows = start.toArray();
        int h = in.horizon();
        int[][] count = CqRowOptimizer.counts(in, rows);
        int[][][] requestCost = CqRequestCosts.table(in);
        CqCover[][] cover = in.coverTable();
        List<Integer> starts = new ArrayList<>();
        for (int from = 0; from < h; from += 7) {
            starts.add(from);
            if (from + 7 * weeks >= h) {
                break;
            }
        }
        // one thread: the windows in order; several: the windows a multiple of their length apart share no day, so
        // each such set is handed out window by window to the threads, one set after the other
        int threads = Math.max(1, Math.min(workers, starts.size() / (2 * weeks)));
        List<List<Integer>> phases = new ArrayList<>();
        if (threads == 1) {
            phases.add(starts);
        } else {
            for (int p = 0; p < weeks; p++) {
                List<Integer> phase = new ArrayList<>();
                for (int from : starts) {
                    if (from / 7 % weeks == p) {
                        phase.add(from);
                    }
                }
                phases.add(phase);
            }
        }
        java.util.concurrent.locks.ReentrantLock[] locks = new java.util.concurrent.locks.ReentrantLock[rows.length];
        for (int e = 0; e < rows.length; e++) {
            locks[e] = new java.util.concurrent.locks.ReentrantLock();
        }
        Responder[] responders = new Responder[threads];
        for (int t = 0; t < threads; t++) {
            responders[t] = new Responder(in, rows, count, requestCost, cover, weeks, plan, planPenalty);
        }
        boolean improved = true;
        for (int sweep = 0; improved && sweep < maxSweeps && System.nanoTime() < deadlineNanos; sweep++) {
            java.util.concurrent.atomic.AtomicBoolean any = new java.util.concurrent.atomic.AtomicBoolean();
            for (List<Integer> phase : phases) {
                java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
                List<Runnable> jobs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Responder r = responders[t];
                    int offset = t * rows.length / threads;
                    jobs.add(() -> {
                        for (int i = next.getAndIncrement(); i < phase.size(); i = next.getAndIncrement()) {
                            if (System.nanoTime() >= deadlineNanos) {
                                break;
                            }
                            if (r.sweep(phase.get(i), offset, deadlineNanos, locks)) {
                                any.set(true);
                            }
                        }
                    });
                }
                CqParallel.runAll("cq-respond", jobs);
            }
            improved = any.get();
        }
        return new CqRoster(rows);
    }

    /** One thread's best responses: its own row programme and day costs over the shared rows and counts. */
    private static final class Responder {
        private final CqInstance in;
        private final int[][] rows;
        private final int[][] count;
        private final int[][][] requestCost;
        private final CqCover[][] cover;
        private final int weeks;
        private final CqRowOptimizer optimizer;
        private final int[][] dayCost;
        private final int[] old;

        Responder(CqInstance in, int[][] rows, int[][] count, int[][][] requestCost, CqCover[][] cover, int weeks,
                boolean[][] plan, int planPenalty) {
            this.in = in;
            this.rows = rows;
            this.count = count;
            this.requestCost = requestCost;
            this.cover = cover;
            this.weeks = weeks;
            optimizer = new CqRowOptimizer(in);
            optimizer.followPlan(plan, planPenalty);
            // a window is only ever kept when it costs less than the row's own
            optimizer.onlyImprove(true);
            int h = in.horizon();
            dayCost = new int[Math.min(h, 7 * weeks)][in.shiftTypes().size() + 1];
            old = new int[h];
        }

        /**
         * Every employee's best response over the window starting at day {@code from}, the employees from
         * {@code offset} on (so threads rarely want the same one); one held by another thread is done after the
         * others. True when a row changed.
         */
        boolean sweep(int from, int offset, long deadlineNanos, java.util.concurrent.locks.ReentrantLock[] locks) {
            boolean improved = false;
            int n = rows.length;
            List<CqEmployee> employees = in.employees();
            int to = Math.min(in.horizon(), from + 7 * weeks);
            List<CqEmployee> busy = new ArrayList<>();
            for (int i = 0; i < n && System.nanoTime() < deadlineNanos; i++) {
                CqEmployee e = employees.get((offset + i) % n);
                if (!locks[e.index()].tryLock()) {
                    busy.add(e);
                    continue;
                }
                try {
                    improved |= respond(e, from, to);
                } finally {
                    locks[e.index()].unlock();
                }
            }
            for (CqEmployee e : busy) {
                if (System.nanoTime() >= deadlineNanos) {
                    break;
                }
                locks[e.index()].lock();
                try {
                    improved |= respond(e, from, to);
                } finally {
                    locks[e.index()].unlock();
                }
            }
            return improved;
        }

        private boolean respond(CqEmployee e, int from, int to) {
            int[] row = rows[e.index()];
            System.arraycopy(row, from, old, from, to - from);
            CqRowOptimizer.count(row, from, to, count, -1);
            optimizer.respond(e, row, from, to, count, requestCost, cover, dayCost, null);
            long before = 0;
            long after = 0;
            for (int d = from; d < to; d++) {
                before += dayCost[d - from][old[d] + 1];
                after += dayCost[d - from][row[d] + 1];
            }
            // never after > before: the programme is bounded by the row's own window (onlyImprove), so where the
            // fast programme misses the current row (a per-type maximum binding) it keeps it
            return after < before;
        }
    }
}
