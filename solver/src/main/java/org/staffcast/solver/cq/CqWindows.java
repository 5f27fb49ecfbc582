package org.staffcast.solver.cq;

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
 * so a week can only use the slack the others leave. Two-week windows move that slack between weeks, at about
 * 14 s a window on Instance13.
 */
final class CqWindows {

    /** Sweeps needed to converge (Instance13: 3311 → 1893 → 1792 → 1792, docs/benchmarks.md session 7). */
    static final int SWEEPS_WANTED = 3;
    /** Seconds a one-week window's dive took on Instance13 on two cores, the largest case measured. */
    static final double SECONDS_PER_WINDOW = 1.5;
    /** Less time than this per window week and a dive cannot finish (Instance13: one week takes about a second). */
    private static final long MIN_NANOS_PER_WEEK = 500_000_000L;

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
        CqRoster current = start;
        CqEvaluation currentEval = CqEvaluator.evaluate(in, current);
        int h = in.horizon();
        int windows = Math.max(1, windows(in) - (weeks - 1));
        for (int sweep = 0; System.nanoTime() < deadlineNanos; sweep++) {
            boolean improved = false;
            for (int w = 0; w < windows; w++) {
                long now = System.nanoTime();
                if (now >= deadlineNanos) {
                    break;
                }
                if ((deadlineNanos - now) / (windows - w) < MIN_NANOS_PER_WEEK * weeks) {
                    break; // a dive cut that short only rounds; the local search uses the time better
                }
                int from = 7 * w;
                int to = Math.min(h, from + 7 * weeks);
                long windowDeadline = now + (deadlineNanos - now) / (windows - w);
                CqColumnGeneration.Result r = new CqColumnGeneration(in, seed + sweep * windows + w, workers, from,
                        to, current).dive(current, windowDeadline, null);
                CqEvaluation eval = CqEvaluator.evaluate(in, r.roster());
                boolean better = eval.hardPenalty() < currentEval.hardPenalty()
                        || eval.hardPenalty() == currentEval.hardPenalty()
                        && eval.objective() < currentEval.objective();
                if (better) {
                    current = r.roster();
                    currentEval = eval;
                    improved = true;
                    if (onImproved != null) {
                        onImproved.accept(eval);
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        return current;
    }
}
