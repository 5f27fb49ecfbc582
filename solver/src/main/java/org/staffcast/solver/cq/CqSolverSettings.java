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
 * @param acceptorSize  late-acceptance size, or entity-tabu size for {@code ENTITY_TABU}; 0 = automatic (see
 *                      {@link #lateAcceptanceSize})
 * @param acceptedCount forager accepted-count limit (moves evaluated per step)
 * @param changeWeight  relative probability of a change move (one employee, one day, any shift or off)
 * @param swapWeight    relative probability of a block swap between two employees
 * @param withinWeight  relative probability of swapping two days of one employee
 * @param blockWeight   relative probability of setting a block of days of one employee to one shift or off
 * @param maxBlock      longest block of days swapped or assigned
 * @param withinBlock   longest block of days swapped within one employee
 * @param greedyStart   start from {@link CqGreedy} instead of the all-off roster
 */
public record CqSolverSettings(Duration limit, long seed, AcceptorType acceptor, int acceptorSize, int acceptedCount,
        double changeWeight, double swapWeight, double withinWeight, double blockWeight, int maxBlock, int withinBlock, boolean greedyStart) {

    public static CqSolverSettings defaults(Duration limit, long seed) {
        return new CqSolverSettings(limit, seed, AcceptorType.LATE_ACCEPTANCE, 0, 1, 1.0, 1.0, 0.5, 0.0, 7, 1, true);
    }

    /**
     * The automatic late-acceptance size: {@code clamp(470 × seconds / entities, 1, 400)}, i.e. proportional to the
     * steps the solve can afford per employee-day. Chosen by experiment (docs/benchmarks.md): with 60 s, 50 was best
     * on Instance7 (560 employee-days) and sizes of 3–10 on Instance13 (3,360), where 400 had not converged.
     */
    public int lateAcceptanceSize(CqInstance instance) {
        if (acceptorSize > 0) {
            return acceptorSize;
        }
        long entities = (long) instance.employees().size() * instance.horizon();
        return (int) Math.max(1, Math.min(400, Math.round(470.0 * limit.toMillis() / 1000.0 / entities)));
    }

    public CqSolverSettings withLimit(Duration newLimit) {
        return new CqSolverSettings(newLimit, seed, acceptor, acceptorSize, acceptedCount, changeWeight, swapWeight,
                withinWeight, blockWeight, maxBlock, withinBlock, greedyStart);
    }
}
