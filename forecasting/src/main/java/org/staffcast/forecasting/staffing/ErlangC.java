package org.staffcast.forecasting.staffing;

/**
 * Erlang C: the M/M/N queue (Poisson arrivals, exponential handle times, N agents, infinite patience).
 *
 * <p>With offered load {@code A = lambda * AHT} Erlangs and {@code N > A} agents:
 * <ul>
 *   <li>Erlang B by the recursion {@code B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1))} — stable (each step is a
 *       convex combination, errors shrink), no factorials or powers, so it works for 5,000 agents and 4,000 Erlangs;</li>
 *   <li>probability of waiting {@code C(N, A) = N B / (N - A (1 - B))};</li>
 *   <li>service level {@code P(W <= T) = 1 - C e^{-(N - A) T / AHT}};</li>
 *   <li>average speed of answer {@code ASA = C AHT / (N - A)}; occupancy {@code A / N}.</li>
 * </ul>
 * Source: the standard M/M/N results, e.g. Gans, Koole &amp; Mandelbaum, "Telephone call centers: tutorial, review,
 * and research prospects", Manufacturing &amp; Service Operations Management 5(2), 2003, section 4.1; the recursion is
 * the classical one for Erlang B (e.g. Cooper, "Introduction to Queueing Theory", 2nd ed., 1981).
 *
 * <p>When {@code N <= A} the queue is unstable: every contact waits, the service level is 0 and ASA is infinite.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Erlang B blocking probability {@code B(N, A)} by the stable forward recursion. */
    public static double erlangB(int agents, double load) {
        requireAgents(agents, 0);
        requireLoad(load);
        double b = 1.0;
        for (int k = 1; k <= agents; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    /** Probability that an arriving contact waits, {@code C(N, A)}; 1 when {@code N <= A}. */
    public static double probabilityOfWait(int agents, double load) {
        requireAgents(agents, 1);
        requireLoad(load);
        if (load == 0) {
            return 0;
        }
        if (agents <= load) {
            return 1;
        }
        return waitFromBlocking(agents, load, erlangB(agents, load));
    }

    /** {@code C = N B / (N - A (1 - B))}, the Erlang C value from the Erlang B value of the same N and A. */
    static double waitFromBlocking(int agents, double load, double b) {
        return agents * b / (agents - load * (1 - b));
    }

    /** Service level: fraction of contacts answered within {@code thresholdSeconds}. */
    public static double serviceLevel(int agents, double load, double ahtSeconds, double thresholdSeconds) {
        double c = probabilityOfWait(agents, load);
        return serviceLevelFromWait(agents, load, ahtSeconds, thresholdSeconds, c);
    }

    static double serviceLevelFromWait(int agents, double load, double ahtSeconds, double threshold, double c) {
        if (load == 0) {
            return 1;
        }
        if (agents <= load) {
            return 0;
        }
        return 1 - c * Math.exp(-(agents - load) * threshold / ahtSeconds);
    }

    /** Average speed of answer in seconds; infinite when {@code N <= A}. */
    public static double averageSpeedOfAnswer(int agents, double load, double ahtSeconds) {
        double c = probabilityOfWait(agents, load);
        return asaFromWait(agents, load, ahtSeconds, c);
    }

    static double asaFromWait(int agents, double load, double ahtSeconds, double c) {
        if (load == 0) {
            return 0;
        }
        if (agents <= load) {
            return Double.POSITIVE_INFINITY;
        }
        return c * ahtSeconds / (agents - load);
    }

    /** Occupancy {@code min(1, A / N)}. */
    public static double occupancy(int agents, double load) {
        requireAgents(agents, 1);
        requireLoad(load);
        return Math.min(1.0, load / agents);
    }

    /** All measures for {@code N} agents at once (one Erlang B evaluation). */
    public static ServiceOutcome evaluate(int agents, double load, double ahtSeconds, double thresholdSeconds) {
        requireAgents(agents, 1);
        requireLoad(load);
        if (load == 0) {
            return new ServiceOutcome(0, 1, 0, 0, 0);
        }
        if (agents <= load) {
            return new ServiceOutcome(1, 0, Double.POSITIVE_INFINITY, 1, 0);
        }
        double c = waitFromBlocking(agents, load, erlangB(agents, load));
        return new ServiceOutcome(c, serviceLevelFromWait(agents, load, ahtSeconds, thresholdSeconds, c),
                asaFromWait(agents, load, ahtSeconds, c), load / agents, 0);
    }

    /**
     * Smallest N with service level {@code >= fraction} within {@code thresholdSeconds} and occupancy
     * {@code A / N <= maxOccupancy}. Runs the Erlang B recursion N = 1, 2, ... and tests each N above A, so the
     * cost is O(N) whatever the load. Returns 0 for zero load.
     */
    public static int agentsForServiceLevel(double load, double ahtSeconds, double fraction, double thresholdSeconds,
            double maxOccupancy) {
        requireLoad(load);
        requireTarget(ahtSeconds, fraction, thresholdSeconds);
        return smallestAgents(load, maxOccupancy,
                (n, c) -> serviceLevelFromWait(n, load, ahtSeconds, thresholdSeconds, c) >= fraction);
    }

    /** Smallest N with ASA {@code <= asaSeconds} and occupancy {@code <= maxOccupancy}; 0 for zero load. */
    public static int agentsForAsa(double load, double ahtSeconds, double asaSeconds, double maxOccupancy) {
        requireLoad(load);
        requireTarget(ahtSeconds, 0.5, 0);
        if (!(asaSeconds > 0)) {
            throw new IllegalArgumentException("ASA target " + asaSeconds + " s is not positive");
        }
        return smallestAgents(load, maxOccupancy, (n, c) -> asaFromWait(n, load, ahtSeconds, c) <= asaSeconds);
    }

    private interface Criterion {
        boolean met(int agents, double probabilityOfWait);
    }

    private static int smallestAgents(double load, double maxOccupancy, Criterion criterion) {
        if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException("max occupancy " + maxOccupancy + " is not in (0, 1]");
        }
        if (load == 0) {
            return 0;
        }
        if (load > 1_000_000) {
            throw new IllegalArgumentException("load " + load + " Erlangs is beyond 1,000,000");
        }
        // the occupancy cap: A / N <= cap  <=>  N >= A / cap (tolerate rounding when A / cap is an integer)
        int minByOccupancy = (int) Math.ceil(load / maxOccupancy - 1e-9);
        double b = 1.0;
        for (int n = 1; ; n++) {
            b = load * b / (n + load * b);
            if (n > load && n >= minByOccupancy && criterion.met(n, waitFromBlocking(n, load, b))) {
                return n;
            }
        }
    }

    /** A target the search can reach: AHT > 0, fraction in (0, 1), threshold >= 0 (all finite). */
    static void requireTarget(double ahtSeconds, double fraction, double thresholdSeconds) {
        if (!(ahtSeconds > 0) || Double.isInfinite(ahtSeconds)) {
            throw new IllegalArgumentException("AHT " + ahtSeconds + " s is not a finite positive number");
        }
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("service level " + fraction + " is not in (0, 1)");
        }
        if (!(thresholdSeconds >= 0) || Double.isInfinite(thresholdSeconds)) {
            throw new IllegalArgumentException("threshold " + thresholdSeconds + " s is not finite and >= 0");
        }
    }

    static void requireAgents(int agents, int min) {
        if (agents < min) {
            throw new IllegalArgumentException("agents " + agents + " is below " + min);
        }
    }

    static void requireLoad(double load) {
        if (!(load >= 0) || Double.isInfinite(load)) {
            throw new IllegalArgumentException("load " + load + " Erlangs is not a finite number >= 0");
        }
    }
}
