package org.staffcast.forecasting.staffing;

/**
 * Erlang A: the M/M/N+M queue (Palm's model) — Poisson arrivals at rate {@code lambda}, exponential handle times
 * with mean {@code AHT = 1/mu}, N agents, FCFS, and each waiting customer abandons after an exponential patience
 * with mean {@code 1/theta}.
 *
 * <p>State probabilities (birth–death chain): {@code pi_k ∝ A^k/k!} for {@code k <= N} and
 * {@code pi_{N+j} = pi_N prod_{i=1..j} lambda / (N mu + i theta)}. Relative to {@code pi_N}, the states below N
 * sum to {@code 1/B(N,A) - 1} with B the Erlang B value (stable recursion, see {@link ErlangC#erlangB}), so no
 * factorials appear; the queue tail is summed term by term until the terms are negligible.
 *
 * <p>A customer arriving with {@code j} customers ahead (PASTA) goes through stages {@code i = j..0}; in stage
 * {@code i} the next event is a service completion or the abandonment of one of the {@code i} ahead (rate
 * {@code r_i = N mu + i theta}) or its own abandonment (rate {@code theta}). Stage durations are
 * {@code Exp(r_i + theta)} whatever ends them, so
 * <ul>
 *   <li>P(answered | j) {@code = prod_{i=0..j} r_i / (r_i + theta)};</li>
 *   <li>E[wait | answered, j] {@code = sum_{i=0..j} 1 / (r_i + theta)};</li>
 *   <li>P(answered within T | j) {@code = P(answered | j) * P(S_j <= T)} with {@code S_j} a sum of
 *       {@code Exp(N mu + (i+1) theta)}, i = 0..j; {@code P(S_j <= T) = P(M(T) > j)} where M is a pure birth process
 *       with rates {@code N mu + (k+1) theta}, i.e. a linear birth process with immigration, whose state at T is
 *       negative binomial with {@code r = (N mu + theta)/theta} and success probability {@code e^{-theta T}}.</li>
 * </ul>
 * Source: Palm's M/M/N+M model as presented in Mandelbaum &amp; Zeltyn, "The Palm/Erlang-A queue, with applications
 * to call centers" (2005 teaching note, Technion) and Garnett, Mandelbaum &amp; Reiman, "Designing a call center
 * with impatient customers", MSOM 4(3), 2002; the per-state stage argument above is our derivation and is checked
 * against the discrete-event {@code ContactCenterSimulation} in the tests.
 *
 * <p>Definitions: service level = answered within T / offered (abandoned contacts count as misses);
 * ASA = mean wait of answered contacts; abandon rate = abandoned / offered; occupancy = carried load / N.
 * As {@code patience -> infinity} all measures tend to Erlang C's.
 */
public final class ErlangA {

    /** Hard bound on the queue-length terms summed; reached only by absurd overload with day-long patience. */
    private static final int MAX_QUEUE_TERMS = 50_000_000;
    private static final double RESCALE_ABOVE = 1e250;

    private ErlangA() {
    }

    /**
     * Service measures of N agents.
     *
     * @param agents           N, agents (servers)
     * @param arrivalsPerSecond lambda
     * @param ahtSeconds       mean handle time 1/mu
     * @param patienceSeconds  mean patience 1/theta
     * @param thresholdSeconds T of the service level
     */
    public static ServiceOutcome evaluate(int agents, double arrivalsPerSecond, double ahtSeconds,
            double patienceSeconds, double thresholdSeconds) {
        ErlangC.requireAgents(agents, 0);
        if (!(arrivalsPerSecond >= 0) || Double.isInfinite(arrivalsPerSecond)) {
            throw new IllegalArgumentException("arrival rate " + arrivalsPerSecond + " is not finite and >= 0");
        }
        if (!(ahtSeconds > 0) || !(patienceSeconds > 0) || !(thresholdSeconds >= 0)) {
            throw new IllegalArgumentException("AHT, patience must be > 0 and the threshold >= 0");
        }
        if (arrivalsPerSecond == 0) {
            return new ServiceOutcome(0, 1, 0, 0, 0);
        }
        if (agents == 0) {
            return new ServiceOutcome(1, 0, Double.POSITIVE_INFINITY, 0, 1);
        }
        double lambda = arrivalsPerSecond;
        double mu = 1 / ahtSeconds;
        double theta = 1 / patienceSeconds;
        double load = lambda * ahtSeconds;
        double nMu = agents * mu;
        double b = ErlangC.erlangB(agents, load);
        if (b == 0) { // N so far above A that nobody waits, to double precision
            return new ServiceOutcome(0, 1, 0, load / agents, 0);
        }
        double base = 1 / b - 1; // sum_{k<N} pi_k / pi_N
        // negative binomial pmf of M(T) in log space: log p_0 = -(N mu + theta) T, ratio (N mu + k theta) g / k
        double g = thresholdSeconds == 0 ? 0 : -Math.expm1(-theta * thresholdSeconds) / theta;
        double logPmf = -(nMu + theta) * thresholdSeconds;
        double cdf = Math.exp(logPmf); // P(M(T) <= 0)
        double w = 1; // pi_{N+j} / pi_N
        double served = 1; // P(answered | j)
        double meanWait = 0; // E[wait | answered, j]
        double tail = 0;
        double servedSum = 0;
        double withinSum = 0;
        double waitSum = 0;
        for (int j = 0; ; j++) {
            double r = nMu + j * theta;
            if (j > 0) {
                w *= lambda / r;
                if (g > 0) {
                    logPmf += Math.log(r * g / j);
                    cdf += Math.exp(logPmf);
                } else {
                    cdf = 1;
                }
            }
            served *= r / (r + theta);
            meanWait += 1 / (r + theta);
            double pWithin = thresholdSeconds == 0 ? 0 : Math.max(0, 1 - cdf);
            tail += w;
            servedSum += w * served;
            withinSum += w * served * pWithin;
            waitSum += w * served * meanWait;
            if (w > RESCALE_ABOVE) {
                double s = 1 / RESCALE_ABOVE;
                w *= s;
                tail *= s;
                servedSum *= s;
                withinSum *= s;
                waitSum *= s;
                base *= s;
            }
            if (r > lambda && w < 1e-17 * tail) {
                break;
            }
            if (j >= MAX_QUEUE_TERMS) {
                throw new IllegalArgumentException("Erlang A: " + agents + " agents for " + load
                        + " Erlangs with patience " + patienceSeconds + " s is too overloaded to evaluate");
            }
        }
        double z = base + tail;
        double pWait = tail / z;
        double abandon = (tail - servedSum) / z;
        double answered = (base + servedSum) / z;
        double sl = (base + withinSum) / z;
        double asa = answered > 0 ? (waitSum / z) / answered : Double.POSITIVE_INFINITY;
        double occupancy = Math.min(1, load * (1 - abandon) / agents);
        return new ServiceOutcome(pWait, sl, asa, occupancy, Math.max(0, abandon));
    }

    /**
     * Smallest N whose service level within {@code thresholdSeconds} is at least {@code fraction} and whose
     * occupancy is at most {@code maxOccupancy}; 0 for zero arrivals.
     */
    public static int agentsForServiceLevel(double arrivalsPerSecond, double ahtSeconds, double patienceSeconds,
            double fraction, double thresholdSeconds, double maxOccupancy) {
        if (arrivalsPerSecond == 0) {
            return 0;
        }
        int guess = ErlangC.agentsForServiceLevel(arrivalsPerSecond * ahtSeconds, ahtSeconds, fraction,
                thresholdSeconds, maxOccupancy);
        return Search.smallest(guess, n -> {
            ServiceOutcome o = evaluate(n, arrivalsPerSecond, ahtSeconds, patienceSeconds, thresholdSeconds);
            return o.serviceLevel() >= fraction && o.occupancy() <= maxOccupancy;
        });
    }

    /** Smallest N whose ASA is at most {@code asaSeconds} and occupancy at most {@code maxOccupancy}. */
    public static int agentsForAsa(double arrivalsPerSecond, double ahtSeconds, double patienceSeconds,
            double asaSeconds, double maxOccupancy) {
        if (arrivalsPerSecond == 0) {
            return 0;
        }
        int guess = ErlangC.agentsForAsa(arrivalsPerSecond * ahtSeconds, ahtSeconds, asaSeconds, maxOccupancy);
        return Search.smallest(guess, n -> {
            ServiceOutcome o = evaluate(n, arrivalsPerSecond, ahtSeconds, patienceSeconds, asaSeconds);
            return o.asaSeconds() <= asaSeconds && o.occupancy() <= maxOccupancy;
        });
    }
}
