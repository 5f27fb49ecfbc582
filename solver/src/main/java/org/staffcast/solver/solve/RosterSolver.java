package org.staffcast.solver.solve;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.function.Consumer;
import org.staffcast.solver.bound.CoverageLowerBound;
import org.staffcast.solver.constraints.RosterConstraintProvider;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.score.RosterScoreCalculator;

/**
 * Solves a roster: a construction heuristic ({@link GreedyConstruction}, plain Java), then Timefold local search
 * with late acceptance (list size 3) over four kinds of move — change a day's shift (start, length or day off), nudge it
 * (same template, start within an hour, any length: {@link NearbyShiftFilter}), swap two agents' shifts on the
 * same day, and move a shift's breaks. Stops at the time limit or as soon as the roster is
 * feasible and its shortfall equals the coverage lower bound (nothing left to gain on coverage).
 */
public final class RosterSolver {

    /**
     * Options: time limit (covering bound, construction and search), environment mode (tests use FULL_ASSERT), random
     * seed. There is no move-thread option: multi-threaded solving is a commercial Timefold feature that the
     * community {@code timefold-solver-core} refuses to load.
     */
    public record Options(Duration limit, EnvironmentMode environmentMode, Long randomSeed) {
        public static Options of(Duration limit) {
            return new Options(limit, EnvironmentMode.PHASE_ASSERT, null);
        }
    }

    /** A new best roster, with its score and how long the solve has run. */
    public record Progress(HardSoftScore score, double seconds, boolean firstFeasible) {}

    /** Outcome: the best roster and the figures a planner needs beside it. */
    public record Result(Roster roster, HardSoftScore score, double shortfallAgentHours, double lowerBoundAgentHours,
                         double seconds, double secondsToFirstFeasible) {}

    /** Late acceptance list size; the system property {@code staffcast.lateAcceptance} overrides it for tuning. */
    static final int LATE_ACCEPTANCE = Integer.getInteger("staffcast.lateAcceptance", 3);

    /** Nearby shift moves on (default) or off ({@code -Dstaffcast.nearbyMoves=false}), for measuring them. */
    static final boolean NEARBY_MOVES = !"false".equals(System.getProperty("staffcast.nearbyMoves"));

    private RosterSolver() {
    }

    public static SolverConfig config(Options options) {
        var changeShift = new ChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("shift"));
        var nudgeShift = new ChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("shift"))
                .withFilterClass(NearbyShiftFilter.class);
        var moveBreaks = new ChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("breakPlan"));
        var swapDays = new SwapMoveSelectorConfig()
                .withVariableNameIncludes("shift")
                .withFilterClass(SameDaySwapFilter.class);
        var moves = new java.util.ArrayList<ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig>();
        moves.add(changeShift.withFixedProbabilityWeight(NEARBY_MOVES ? 3.0 : 6.0));
        if (NEARBY_MOVES) {
            moves.add(nudgeShift.withFixedProbabilityWeight(3.0));
        }
        moves.add(swapDays.withFixedProbabilityWeight(2.0));
        moves.add(moveBreaks.withFixedProbabilityWeight(2.0));
        var localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectorList(moves))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(AgentDay.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withEnvironmentMode(options.environmentMode())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(options.limit()))
                .withPhases(localSearch);
        if (options.randomSeed() != null) {
            config.setRandomSeed(options.randomSeed());
        }
        return config;
    }

    public static Result solve(Roster problem, Options options, Consumer<Progress> progress) {
        long start = System.nanoTime();
        double lowerBoundHours = CoverageLowerBound.agentHours(problem);
        long lowerBoundIntervals = Math.round(lowerBoundHours * 60 / problem.getGridMinutes());
        GreedyConstruction.construct(problem, options.randomSeed() == null ? 0 : options.randomSeed());
        Duration left = options.limit().minusMillis((System.nanoTime() - start) / 1_000_000);
        Options rest = new Options(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left,
                options.environmentMode(), options.randomSeed());
        Solver<Roster> solver = SolverFactory.<Roster>create(config(rest)).buildSolver();
        double[] firstFeasible = {-1};
        long[] lastBoundCheck = {0};
        solver.addEventListener(event -> {
            Roster best = event.getNewBestSolution();
            HardSoftScore score = best.getScore();
            double t = (System.nanoTime() - start) / 1e9;
            boolean first = false;
            if (score != null && score.isFeasible() && firstFeasible[0] < 0 && isComplete(best)) {
                firstFeasible[0] = t;
                first = true;
            }
            progress.accept(new Progress(score, t, first));
            long now = System.nanoTime();
            if (score != null && score.isFeasible() && now - lastBoundCheck[0] > 1_000_000_000L && isComplete(best)
                    && (lastBoundCheck[0] = now) > 0
                    && RosterScoreCalculator.breakdown(best).shortageAgentIntervals() <= lowerBoundIntervals) {
                solver.terminateEarly();
            }
        });
        Roster best = solver.solve(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        var breakdown = RosterScoreCalculator.breakdown(best);
        double shortfall = breakdown.shortageAgentIntervals() * problem.getGridMinutes() / 60.0;
        return new Result(best, best.getScore(), shortfall, lowerBoundHours, seconds, firstFeasible[0]);
    }

    private static boolean isComplete(Roster r) {
        for (AgentDay d : r.getAgentDays()) {
            if (d.getBreakPlan() == null) {
                return false;
            }
        }
        return true;
    }
}
