package org.staffcast.forecasting.staffing;

import java.util.function.IntPredicate;

/** Smallest integer meeting a monotone criterion (false ... false true ... true on 1, 2, ...). */
final class Search {

    private Search() {
    }

    /**
     * Smallest {@code n >= 1} with {@code met(n)}, starting from a guess: gallop up from the guess if it fails,
     * gallop down if it holds, then bisect. Evaluations stay near the answer, where they are cheap.
     */
    static int smallest(int guess, IntPredicate met) {
        int g = Math.max(1, guess);
        int lo; // largest known failing value (0 = none)
        int hi; // smallest known passing value
        if (met.test(g)) {
            hi = g;
            int step = 1;
            lo = 0;
            while (true) {
                int probe = hi - step;
                if (probe < 1) {
                    break;
                }
                if (met.test(probe)) {
                    hi = probe;
                    step *= 2;
                } else {
                    lo = probe;
                    break;
                }
            }
        } else {
            lo = g;
            int step = 1;
            while (true) {
                int probe = lo + step;
                if (probe > 10_000_000) {
                    throw new IllegalArgumentException("no staffing up to 10,000,000 agents meets the target");
                }
                if (met.test(probe)) {
                    hi = probe;
                    break;
                }
                lo = probe;
                step *= 2;
            }
        }
        while (hi - lo > 1) {
            int mid = lo + (hi - lo) / 2;
            if (met.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
