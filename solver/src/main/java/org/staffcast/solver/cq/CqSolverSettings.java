package org.staffcast.solver.cq;

import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import java.time.Duration;

/**
 * The knobs of a Curtois &amp; Qu solve. {@link #defaults} holds the configuration chosen by the experiments recorded
 * in {@code docs/benchmarks.md} (section "Curtois &amp; Qu").
 *
 * @param limit         wall-clock time for the whole solve
 * @param seed          random seed (same seed, same machine speed: same search)
 * @param acceptor      local-search acceptor
 * @param acceptorSize  late-acceptance size, or entity-tabu size for {@code ENTITY_TABU}
 * @param acceptedCount forager accepted-count limit (moves evaluated per step)
 * @param changeWeight  relative probability of a change move (one employee, one day, any shift or off)
 * @param swapWeight    relative probability of a block swap between two employees
 * @param withinWeight  relative probability of swapping two days of one employee
 * @param maxBlock      longest block of days swapped between two employees
 * @param greedyStart   start from {@link CqGreedy} instead of the all-off roster
 */
public record CqSolverSettings(Duration limit, long seed, AcceptorType acceptor, int acceptorSize, int acceptedCount,
        double changeWeight, double swapWeight, double withinWeight, int maxBlock, boolean greedyStart) {

    public static CqSolverSettings defaults(Duration limit, long seed) {
        return new CqSolverSettings(limit, seed, AcceptorType.LATE_ACCEPTANCE, 400, 1, 1.0, 1.0, 0.5, 7, true);
    }

    public CqSolverSettings withLimit(Duration newLimit) {
        return new CqSolverSettings(newLimit, seed, acceptor, acceptorSize, acceptedCount, changeWeight, swapWeight,
                withinWeight, maxBlock, greedyStart);
    }
}
