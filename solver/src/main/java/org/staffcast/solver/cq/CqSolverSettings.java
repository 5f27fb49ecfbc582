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
 * @param incrementalScore score with {@link CqIncrementalScoreCalculator} instead of {@link CqConstraintProvider}
 * @param rowWeight     relative probability of a ruin-and-recreate move by rows ({@link CqRowMoveFactory})
 * @param rowEmployees  most employees rebuilt by one row move
 * @param rowWeeks      window of a row move in weeks (whole horizon when it is no longer); 0 = automatic, see
 *                      {@link #rowWindowWeeks}
 * @param rowTimeShare  most of the solving time spent building row moves (0..1]
 * @param columnGenerationShare most of the limit spent by {@link CqColumnGeneration} before local search (0 = none)
 */
public record CqSolverSettings(Duration limit, long seed, AcceptorType acceptor, int acceptorSize, int acceptedCount,
        double changeWeight, double swapWeight, double withinWeight, double blockWeight, int maxBlock, int withinBlock, boolean greedyStart,
        boolean incrementalScore, double rowWeight, int rowEmployees, int rowWeeks,
        double rowTimeShare, double columnGenerationShare) {

    public static CqSolverSettings defaults(Duration limit, long seed) {
        return new CqSolverSettings(limit, seed, AcceptorType.LATE_ACCEPTANCE, 0, 1, 1.0, 1.0, 0.5, 0.0, 7, 4, true, true, 1.0, 3, 0, 0.5, 0.5);
    }

    /**
     * The automatic late-acceptance size: {@code clamp(48 × seconds / √employeeDays, 5, 400)}. Refitted by experiment
     * after the incremental score calculator raised the move speed 12–22× (docs/benchmarks.md, "Curtois &amp; Qu",
     * experiments 20–21): at 30 s, 50 beat 5 and 300 on Instance13 (3,360 employee-days), 20 beat 1 on Instance21
     * (18,200), 75 and 600 tied on Instance7 (560); small instances want a long history to escape local optima,
     * large ones enough steps to converge.
     */
    public int lateAcceptanceSize(CqInstance instance) {
        if (acceptorSize > 0) {
            return acceptorSize;
        }
        double employeeDays = (double) instance.employees().size() * instance.horizon();
        double size = 48.0 * limit.toMillis() / 1000.0 / Math.sqrt(employeeDays);
        return (int) Math.max(5, Math.min(400, Math.round(size)));
    }

    /**
     * The row-move window: {@code rowWeeks} when set, else 4 weeks up to 8-week horizons (the whole roster up to
     * 4 weeks) and 2 weeks beyond, where the cheaper programme pays (docs/benchmarks.md, "Curtois &amp; Qu",
     * session 4: Instance19 3654 vs 3856, Instance23 27226 vs 31547, but Instance17 6305 vs 5812).
     */
    public int rowWindowWeeks(CqInstance instance) {
        if (rowWeeks > 0) {
            return rowWeeks;
        }
        return instance.horizon() <= 56 ? 4 : 2;
    }

    public CqSolverSettings withSeed(long newSeed) {
        return new CqSolverSettings(limit, newSeed, acceptor, acceptorSize, acceptedCount, changeWeight, swapWeight,
                withinWeight, blockWeight, maxBlock, withinBlock, greedyStart, incrementalScore, rowWeight, rowEmployees,
                rowWeeks, rowTimeShare, columnGenerationShare);
    }

    public CqSolverSettings withLimit(Duration newLimit) {
        return new CqSolverSettings(newLimit, seed, acceptor, acceptorSize, acceptedCount, changeWeight, swapWeight,
                withinWeight, blockWeight, maxBlock, withinBlock, greedyStart, incrementalScore, rowWeight, rowEmployees,
                rowWeeks, rowTimeShare, columnGenerationShare);
    }
}
