package org.staffcast.solver.generate;

/**
 * Agents needed for a service level with Erlang C (M/M/N, no abandonment): traffic {@code A = λ·AHT} Erlangs,
 * Erlang B by the recursion {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))}, wait probability
 * {@code C = n·B / (n − A·(1 − B))}, service level {@code SL = 1 − C·exp(−(n − A)·T / AHT)}
 * (e.g. Koole, "Call Center Optimization", 2013, ch. 4). Used by the site generator when no forecasting/staffing
 * pipeline is plugged in.
 */
public final class ErlangSizing {

    private ErlangSizing() {
    }

    /** Smallest {@code n} with service level ≥ {@code target} for answer time {@code seconds}. */
    public static int agents(double contacts, double intervalSeconds, double ahtSeconds, double target, double seconds) {
        double a = contacts * ahtSeconds / intervalSeconds;
        if (a <= 0) {
            return 0;
        }
        double b = 1;
        for (int n = 1; n < 100_000; n++) {
            b = a * b / (n + a * b);
            if (n <= a) {
                continue;
            }
            double c = n * b / (n - a * (1 - b));
            double sl = 1 - c * Math.exp(-(n - a) * seconds / ahtSeconds);
            if (sl >= target) {
                return n;
            }
        }
        throw new IllegalArgumentException("traffic " + a + " Erlangs is too large");
    }
}
