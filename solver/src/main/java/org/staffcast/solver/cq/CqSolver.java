package org.staffcast.solver.cq;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Solves a Curtois &amp; Qu instance with Timefold local search from the {@link CqGreedy} roster (every variable
 * allows "unassigned", so any roster is a complete starting point and no construction heuristic phase is needed).
 * Every result is checked: the Timefold score must equal minus the independent evaluator's hard penalty and
 * objective, else the solve fails loudly.
 *
 * <p>Moves: change one day (Timefold's change move), swap a block of 1..7 days between two employees, swap two
 * blocks of 1..4 days of one employee ({@link CqSwapMoveFactory}), set a block of days of one employee to one shift or off
 * ({@link CqAssignBlockMoveFactory}, off by default). Nearby selection and multi-threaded solving are commercial
 * features in Timefold 2.x and are not used.
 *
 * <p>Before or between the local searches, by instance size: a column-generation dive over the whole horizon
 * ({@link CqColumnGeneration}) where its master fits the time, then best responses and, when the dive ran out of
 * time far above its LP, sweeps of four-week windows; week-window sweeps ({@link CqWindows}) where only
 * weeks fit; where neither does and the weekends are the binding budget, a start on a weekend plan
 * ({@link CqWeekendPlan}), then week windows with weekends priced, weekend relocations and minute transfers
 * ({@link CqWeekendRelocation}) and best responses, in the middle of the search, then turns of local search and
 * those rounds (the long plan).
 */
public final class CqSolver {

    /**
     * The best roster found, its Timefold score, the independent evaluation, the wall-clock time and the solver's
     * move evaluation speed (moves per second, 0 when unknown).
     */
    public record Result(CqRoster roster, HardSoftScore score, CqEvaluation evaluation, double seconds,
            long movesPerSecond) {
    }

    /** A new best score during the solve. */
    public record Improvement(HardSoftScore score, double seconds) {
    }

    private CqSolver() {
    }

    public static SolverConfig config(CqSolverSettings s, CqInstance instance) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        if (s.changeWeight() > 0) {
            moves.add(new ChangeMoveSelectorConfig().withFixedProbabilityWeight(s.changeWeight()));
        }
        if (s.swapWeight() > 0) {
            moves.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(CqSwapMoveFactory.BetweenEmployees.class)
                    .withMoveIteratorFactoryCustomProperties(Map.of("maxBlock", String.valueOf(s.maxBlock())))
                    .withFixedProbabilityWeight(s.swapWeight()));
        }
        if (s.withinWeight() > 0) {
            moves.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(CqSwapMoveFactory.WithinEmployee.class)
                    .withMoveIteratorFactoryCustomProperties(Map.of("maxBlock", String.valueOf(s.withinBlock())))
                    .withFixedProbabilityWeight(s.withinWeight()));
        }
        if (s.blockWeight() > 0) {
            moves.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(CqAssignBlockMoveFactory.class)
                    .withMoveIteratorFactoryCustomProperties(Map.of("maxBlock", String.valueOf(Math.max(2, s.maxBlock()))))
                    .withFixedProbabilityWeight(s.blockWeight()));
        }
        if (s.rowWeight() > 0) {
            moves.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(CqRowMoveFactory.class)
                    .withMoveIteratorFactoryCustomProperties(Map.of(
                            "maxEmployees", String.valueOf(s.rowEmployees()),
                            "windowWeeks", String.valueOf(s.rowWindowWeeks(instance)),
                            "timeShare", String.valueOf(s.rowTimeShare()),
                            "rounds", System.getProperty("staffcast.cq.rounds", "0")))
                    .withFixedProbabilityWeight(s.rowWeight()));
        }
        LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(s.acceptor()));
        if (s.acceptor() == AcceptorType.LATE_ACCEPTANCE || s.acceptor() == AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE) {
            acceptor.withLateAcceptanceSize(s.lateAcceptanceSize(instance));
        } else if (s.acceptor() == AcceptorType.ENTITY_TABU) {
            acceptor.withEntityTabuSize(Math.max(1, s.acceptorSize()));
        } else if (s.acceptor() == AcceptorType.SIMULATED_ANNEALING) {
            acceptor.withSimulatedAnnealingStartingTemperature("0hard/" + Math.max(1, s.acceptorSize()) + "soft");
        } else if (s.acceptor() == AcceptorType.STEP_COUNTING_HILL_CLIMBING) {
            acceptor.withStepCountingHillClimbingSize(Math.max(1, s.acceptorSize()));
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        moves.toArray(MoveSelectorConfig[]::new)))
                .withAcceptorConfig(acceptor)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(s.acceptedCount()));
        SolverConfig config = new SolverConfig();
        if (s.acceptor() == AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE) {
            config.withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE);
        }
        config.withSolutionClass(CqSchedule.class).withEntityClasses(CqAssignment.class);
        if (s.incrementalScore()) {
            config.withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                    .withIncrementalScoreCalculatorClass(CqIncrementalScoreCalculator.class));
        } else {
            config.withConstraintProviderClass(CqConstraintProvider.class);
        }
        return config
                .withRandomSeed(s.seed())
                .withTerminationSpentLimit(s.limit())
                .withPhases(localSearch);
    }

    /**
     * Windowed solving (docs/benchmarks.md, "Curtois &amp; Qu", sessions 7 and 9): local search for this share of
     * the limit from the greedy roster, one-week window sweeps for at most {@link #WEEK_SWEEP_SHARE} (they converge
     * in about 5 s on Instance13), sweeps of pairs of weeks ({@link CqWindows#improvePairs}: adjacent, then further
     * apart) until {@link #WINDOW_END_SHARE} before the end, then local search again for the rest.
     */
    private static final double WINDOW_SEARCH_SHARE = 1 / 12.0;
    /**
     * The final local search of the windowed solve: it finds a few units after the windows (1416 → 1412), which
     * need the time more (Instance13 seeds 4, 5: 1629, 1420 against 1655, 1507 with 1/12).
     */
    private static final double WINDOW_END_SHARE = 1 / 30.0;
    /**
     * At most this share of the limit for the one-week sweeps, which stop earlier when a sweep improves nothing: at a
     * tenth their dives were often cut short (Instance13: pair sweeps from 2183-3141, 6 of 10 runs under 1482), at a
     * fifth they converge in 6-8 s (seeds 0-10: 9 of 11 under 1482; docs/benchmarks.md, experiment 168).
     */
    private static final double WEEK_SWEEP_SHARE = Double.parseDouble(System.getProperty("staffcast.cq.weekShare",
            "0.2"));
    /**
     * The one-week sweeps also end after a sweep that gains less than this share: after the first two they find a
     * few units a sweep, 0.5-0.8 s each, which the pair sweep after them needs more (Instance13, experiment 183:
     * seed 2's third to seventh sweeps took 2357 to 2322 from 11.8 s to 16.0 s, and a run's pairs were cut by the
     * clock).
     */
    private static final double WEEK_SWEEP_GAIN = Double.parseDouble(System.getProperty("staffcast.cq.weekSweepGain",
            "0.01"));

    /**
     * The long plan (docs/benchmarks.md, "Curtois &amp; Qu", sessions 8, 11 and 12): the greedy on a weekend plan and
     * rounds held to it ({@link #followPlan}), relocation rounds (see {@link #START_FLAT}), local search until this
     * share of the limit, then {@link #LONG_CYCLES}, then the tail ({@link #TAIL}). At 60 s on 2 threads, Instance24
     * 53989-54559 and Instance23 19291, against 65771-67724 and 19437-19701 in session 11; 0.5 until session 19,
     * whose merges and tail made a shorter search pay (experiment 181).
     */
    private static final double LONG_SEARCH_SHARE = Double.parseDouble(System.getProperty("staffcast.cq.longSearch",
            "0.35"));
    /**
     * Cycles of dearest-first week windows ({@link CqWindows#improveDearestFirst}) until the first share of the
     * limit, then relocation rounds ({@link #relocateAndRespond}) until they flatten out or the second: the rounds
     * rework the weeks the windows changed, and the windows' second turn finds the dearest weeks moved. Two cycles
     * gave Instance24 54484, 53989, 54559 (seeds 0-2), one cycle (windows until 0.7, rounds until 0.97) 55625, 55273
     * and three cycles 54630, 55223. Until session 19 {@code 0.6:0.75,0.85:0.97}; with the tail after them
     * {@code 0.45:0.6,0.75:0.85} (experiment 181). Experiment switch: {@code -Dstaffcast.cq.longCycles=...}.
     */
    private static final double[][] LONG_CYCLES = java.util.Arrays.stream(
            System.getProperty("staffcast.cq.longCycles", "0.45:0.6,0.75:0.85").split(","))
            .map(c -> java.util.Arrays.stream(c.split(":")).mapToDouble(Double::parseDouble).toArray())
            .toArray(double[][]::new);
    /** Relocation sweeps a round: they are cheap next to a best-response sweep (Instance24: 0.5 s against 3 s). */
    private static final int RELOCATION_SWEEPS = 3;
    /**
     * The long plan starts with rounds of relocations and one-week best responses ({@link #relocateAndRespond}) from
     * the greedy roster, until a round gains under this share or {@link #START_END}: Instance24 441887 → 94936 in
     * 13.5 s, where local search needed 25 s for 114707 (experiment 109).
     */
    private static final double START_FLAT = Double.parseDouble(System.getProperty("staffcast.cq.startFlat", "0.01"));
    private static final double START_END = Double.parseDouble(System.getProperty("staffcast.cq.startEnd", "0.3"));
    /** Weeks of the start rounds' best responses (experiment 175: two reach a lower start, not a lower end). */
    private static final int START_WEEKS = Integer.getInteger("staffcast.cq.startWeeks", 1);

    /**
     * The long plan's tail: after its cycles, local search for {@link #TAIL_SEARCH} of the limit, then relocation
     * rounds, again and again until the time is up. The rounds flatten out on their own roster, but gain again on the
     * one local search leaves, though it is barely better (Instance24: 51726 after 3 s of search, 50766 after the
     * rounds; experiment 180). Experiment switch: {@code -Dstaffcast.cq.tail=0} ends with local search instead.
     */
    private static final boolean TAIL = Integer.getInteger("staffcast.cq.tail", 1) > 0;
    private static final double TAIL_SEARCH = Double.parseDouble(System.getProperty("staffcast.cq.tailSearch",
            "0.04"));
    /**
     * Merge sweeps ({@link CqWeekendRelocation#mergeHalves}) in each relocation round (experiment 179; switch
     * {@code -Dstaffcast.cq.merge=0} turns them off).
     */
    private static final int MERGE_SWEEPS = Integer.getInteger("staffcast.cq.merge", 1);

    /** A round that gains less than this share of the objective ends the rounds: local search then does better. */
    private static final double ROUNDS_FLAT = Double.parseDouble(System.getProperty("staffcast.cq.roundsFlat",
            "0.003"));

    /**
     * The price of a weekend worked in the long plan's windows: 3/5 of the largest cover shortfall weight, so
     * pairing two half-worked weekends into one full one pays inside a window, and using the weekend freed pays
     * where a weekend shift would be short (Instance23 at 60 s, seeds 0-1: 50 gave 21515/21637, 70 21192/21484;
     * from one 30 s roster 0, 50 and 100 gave 26920, 22588 and 23142). Zero without cover weights.
     */
    static int weekendPrice(CqInstance instance) {
        if (Integer.getInteger("staffcast.cq.weekendPrice") != null) {
            return Integer.getInteger("staffcast.cq.weekendPrice");
        }
        return instance.covers().stream().mapToInt(CqCover::weightUnder).max().orElse(0) * 3 / 5;
    }

    /**
     * Rounds of a minute-transfer sweep ({@link CqWeekendRelocation#transferMinutes}), a weekend merge sweep
     * ({@link CqWeekendRelocation#mergeHalves}), weekend relocation sweeps ({@link CqWeekendRelocation}) and one
     * two-week best-response sweep ({@link CqWindows#bestResponses}) until a
     * round gains less than {@link #ROUNDS_FLAT} or {@code end}. Transfers and relocations move minutes and weekends
     * between weeks, which one-week windows cannot; the best responses then rework the weeks around them. Every
     * change lowers the objective and keeps the hard rules.
     */
    private static CqRoster relocateAndRespond(CqInstance instance, CqRoster from, long end, int threads,
            Consumer<CqEvaluation> progress) {
        return relocateAndRespond(instance, from, 2, ROUNDS_FLAT, end, threads, progress);
    }

    private static CqRoster relocateAndRespond(CqInstance instance, CqRoster from, int weeks, double flatShare,
            long end, int threads, Consumer<CqEvaluation> progress) {
        CqRoster current = from;
        long objective = CqEvaluator.evaluate(instance, from).objective();
        while (System.nanoTime() < end) {
            CqRoster next = CqWeekendRelocation.transferMinutes(instance, current, end, 1, threads);
            if (MERGE_SWEEPS > 0) {
                next = CqWeekendRelocation.mergeHalves(instance, next, end, MERGE_SWEEPS, threads);
            }
            next = CqWeekendRelocation.improve(instance, next, end, RELOCATION_SWEEPS, threads);
            next = CqWindows.bestResponses(instance, next, weeks, end, 1, null, 0, threads);
            CqEvaluation ev = CqEvaluator.evaluate(instance, next);
            progress.accept(ev);
            current = next;
            boolean flat = ev.objective() > objective * (1 - flatShare);
            objective = ev.objective();
            if (flat) {
                break;
            }
        }
        return current;
    }

    /**
     * Rounds of one-week best responses held to the weekend plan ({@link CqWindows#bestResponses} with a penalty
     * of 3/2 of the largest shortfall weight per weekend day off the plan) and minute transfers between weeks
     * ({@link CqWeekendRelocation#transferMinutes}), until a round gains less than {@link #ROUNDS_FLAT} or
     * {@code end}. Without the plan's penalty the rounds that follow spend the weekends where a week gains most,
     * and the weeks with the most cover need them most (Instance24's last five weekends need 568).
     */
    private static CqRoster followPlan(CqInstance instance, CqRoster from, boolean[][] plan, long end, int threads,
            Consumer<CqEvaluation> progress) {
        int penalty = instance.covers().stream().mapToInt(CqCover::weightUnder).max().orElse(0) * 3 / 2;
        CqRoster current = from;
        long objective = CqEvaluator.objective(instance, from);
        long best = objective;
        while (System.nanoTime() < end) {
            current = CqWindows.bestResponses(instance, current, 1, end, 1, plan, penalty, threads);
            current = CqWeekendRelocation.transferMinutes(instance, current, end, 1, threads);
            CqEvaluation ev = CqEvaluator.evaluate(instance, current);
            if (ev.objective() < best) {
                best = ev.objective();
                progress.accept(ev);
            }
            boolean flat = ev.objective() > objective * (1 - ROUNDS_FLAT);
            objective = ev.objective();
            if (flat) {
                break;
            }
        }
        return current;
    }

    /**
     * The middle of the long plan: priced week windows, then relocation and best-response rounds, which spend the
     * weekends the windows freed; the start comes back when neither helped.
     */
    private static CqRoster sweepLong(CqInstance instance, CqRoster from, CqSolverSettings settings, int threads,
            long start, Consumer<Improvement> onBest) {
        long limit = settings.limit().toNanos();
        Consumer<CqEvaluation> progress = progressOf(onBest, start);
        CqRoster windows = from;
        CqRoster swept = from;
        for (int cycle = 0; cycle < LONG_CYCLES.length; cycle++) {
            windows = CqWindows.improveDearestFirst(instance, swept, settings.seed() + cycle, threads,
                    start + (long) (limit * LONG_CYCLES[cycle][0]), weekendPrice(instance), progress);
            tracePhase(instance, "windows", windows, start);
            swept = relocateAndRespond(instance, windows, start + (long) (limit * LONG_CYCLES[cycle][1]), threads,
                    progress);
            tracePhase(instance, "rounds", swept, start);
        }
        CqRoster best = from;
        CqEvaluation bestEval = CqEvaluator.evaluate(instance, from);
        for (CqRoster r : List.of(windows, swept)) {
            CqEvaluation ev = CqEvaluator.evaluate(instance, r);
            if (ev.hardPenalty() < bestEval.hardPenalty()
                    || ev.hardPenalty() == bestEval.hardPenalty() && ev.objective() < bestEval.objective()) {
                best = r;
                bestEval = ev;
                progress.accept(ev);
            }
        }
        return best;
    }

    /** Prints the objective and the time after each phase of the long plan to stderr (experiments). */
    private static final boolean TRACE_PHASES = Boolean.getBoolean("staffcast.cq.tracePhases");

    private static void tracePhase(CqInstance instance, String phase, CqRoster roster, long start) {
        if (TRACE_PHASES) {
            System.err.printf("phase %s: %d at %.1fs%n", phase, CqEvaluator.objective(instance, roster),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** The one-week sweeps, then the two-week ones, of the windowed solve; each better roster is reported. */
    private static CqRoster sweepWindows(CqInstance instance, CqRoster from, CqSolverSettings settings, int threads,
            long start, Consumer<Improvement> onBest) {
        long limit = settings.limit().toNanos();
        long end = start + limit;
        Consumer<CqEvaluation> progress = progressOf(onBest, start);
        CqRoster swept = CqWindows.improve(instance, from, 1, settings.seed(), threads,
                Math.min(end, System.nanoTime() + (long) (limit * WEEK_SWEEP_SHARE)), WEEK_SWEEP_GAIN, progress);
        // two weeks let the per-horizon budgets move between weeks, which one-week windows cannot; pairs of weeks
        // further apart let them move between any two weeks
        return CqWindows.improvePairs(instance, swept, Integer.getInteger("staffcast.cq.pairApart",
                CqWindows.windows(instance) - 1), settings.seed(), threads,
                end - (long) (limit * WINDOW_END_SHARE), progress);
    }

    public static Result solve(CqInstance instance, CqSolverSettings settings, Consumer<Improvement> onImprovement) {
        return solve(instance, settings, 1, onImprovement);
    }

    /** Window sweeps after a whole-master dive that ended this share above its LP (experiment 149). */
    private static final double HURRIED = Double.parseDouble(System.getProperty("staffcast.cq.hurried", "0.02"));
    private static final int DIVE_WINDOW_WEEKS = Integer.getInteger("staffcast.cq.diveWindowWeeks", 4);
    private static final double DIVE_WINDOW_END = Double.parseDouble(System.getProperty("staffcast.cq.diveWindowEnd",
            "0.9"));
    /** Instance19's four-week windows take 0.5-1.6 s: a window is still worth a dive at a tenth of a second a week. */
    private static final long DIVE_WINDOW_MIN_NANOS = 100_000_000L;
    /** Best-response sweeps after a whole-master dive (experiment 140); the switch is for experiments. */
    private static final boolean DIVE_RESPONSES = !Boolean.getBoolean("staffcast.cq.noDiveResponses");

    /**
     * Solves with {@code threads} independent searches (seeds {@code seed}, {@code seed + 1}, ...) from the same
     * start and keeps the best: a portfolio, because Timefold's multi-threaded solving is not in the community
     * edition and one search's result varies by several percent with its seed on the small instances.
     * Improvements are reported when they beat every search's best so far.
     */
    public static Result solve(CqInstance instance, CqSolverSettings settings, int threads,
            Consumer<Improvement> onImprovement) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        long start = System.nanoTime();
        boolean wholeMaster = settings.columnGenerationShare() > 0 && CqColumnGeneration.fits(instance, settings.limit(),
                settings.columnGenerationShare(), threads);
        // too large a master for the time, but week windows sweep often enough: local search, windows, local search
        boolean windowed = settings.columnGenerationShare() > 0 && !wholeMaster
                && CqWindows.fits(instance, settings.limit().toMillis() / 1000.0 * settings.columnGenerationShare());
        // neither the whole master nor three sweeps fit, and the weekends are exactly as many as needed (Instance23
        // and 24): relocation rounds, local search, priced week windows, relocation rounds, local search
        boolean longPlan = settings.columnGenerationShare() > 0 && !wholeMaster && !windowed
                && CqWindows.windows(instance) > 1 && Math.abs(CqWindows.weekendNeed(instance) - 1) <= 0.03;
        // the weekends are planned first where they are the binding budget (CqWeekendPlan)
        boolean[][] plan = longPlan && settings.greedyStart() ? CqWeekendPlan.plan(instance) : null;
        CqRoster first = !settings.greedyStart() ? CqRoster.allOff(instance) : CqGreedy.build(instance, plan);
        if (settings.greedyStart()) {
            // rows the greedy left infeasible get their cheapest feasible row, within half of the time: a feasible
            // roster matters more than the search's time (Instance22 at 15 s: the greedy took most of a quarter and
            // the search ended with 8-10 violations)
            first = CqRowOptimizer.repair(instance, first, start + settings.limit().toNanos() / 2);
        }
        if (settings.columnGenerationShare() > 0 && wholeMaster) {
            // the master LP sees every employee's row at once, which local search does not (docs/benchmarks.md,
            // "Curtois & Qu", session 6); the local search then polishes the dive's roster for the rest of the time
            long deadline = start + (long) (settings.limit().toNanos() * settings.columnGenerationShare());
            CqEvaluation before = CqEvaluator.evaluate(instance, first);
            // the start's score first, so progress shows a best while the column generation runs
            onImprovement.accept(new Improvement(HardSoftScore.of(-before.hardPenalty(), -before.objective()),
                    (System.nanoTime() - start) / 1e9));
            CqColumnGeneration.Result dive = new CqColumnGeneration(instance, settings.seed(), threads)
                    .dive(first, deadline, null);
            CqRoster dived = dive.roster();
            if (DIVE_RESPONSES) {
                // the dive's last employees are fixed in a hurry when its time runs out; each employee's best whole
                // row given the others mends most of that in a fraction of a second (experiment 140)
                dived = CqWindows.bestResponses(instance, dived, CqWindows.windows(instance),
                        deadline + settings.limit().toNanos() / 20, Integer.MAX_VALUE, null, 0, threads);
            }
            int weeks = Math.min(DIVE_WINDOW_WEEKS, CqWindows.windows(instance) - 1);
            CqEvaluation after = CqEvaluator.evaluate(instance, dived);
            if (weeks > 0 && after.objective() > dive.firstLp() * (1 + HURRIED) + 1) {
                // far above its LP: the dive ran out of time, and windows of a few weeks, each its own small master,
                // rework what its hurried fixings left (experiment 149)
                if (after.hardPenalty() == 0 && before.hardPenalty() == 0 && after.objective() < before.objective()) {
                    onImprovement.accept(new Improvement(HardSoftScore.of(0, -after.objective()),
                            (System.nanoTime() - start) / 1e9));
                }
                Consumer<CqEvaluation> progress = progressOf(onImprovement, start);
                dived = CqWindows.improve(instance, dived, weeks, settings.seed(), threads,
                        start + (long) (settings.limit().toNanos() * DIVE_WINDOW_END), 0, DIVE_WINDOW_MIN_NANOS,
                        progress);
                after = CqEvaluator.evaluate(instance, dived);
            }
            if (after.hardPenalty() < before.hardPenalty()
                    || (after.hardPenalty() == before.hardPenalty() && after.objective() <= before.objective())) {
                first = dived;
                onImprovement.accept(new Improvement(HardSoftScore.of(-after.hardPenalty(), -after.objective()),
                        (System.nanoTime() - start) / 1e9));
            }
        }
        if (longPlan) {
            Consumer<CqEvaluation> progress = progressOf(onImprovement, start);
            long startEnd = start + (long) (settings.limit().toNanos() * START_END);
            tracePhase(instance, "greedy", first, start);
            first = followPlan(instance, first, plan, startEnd, threads, progress);
            tracePhase(instance, "plan", first, start);
            first = relocateAndRespond(instance, first, START_WEEKS, START_FLAT, startEnd, threads, progress);
            tracePhase(instance, "start rounds", first, start);
        }
        Object lock = new Object();
        HardSoftScore[] reported = new HardSoftScore[1];
        Consumer<Improvement> onBest = i -> {
            synchronized (lock) {
                if (i.score() != null && (reported[0] == null || i.score().compareTo(reported[0]) > 0)) {
                    reported[0] = i.score();
                    onImprovement.accept(i);
                }
            }
        };
        int rounds = windowed || longPlan ? 2 : Math.max(1, Integer.getInteger("staffcast.cq.portfolioRounds", 1));

        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cq-search");
            t.setDaemon(true);
            return t;
        });
        try {
            Result best = null;
            long speed = 0;
            CqRoster from = first;
            for (int round = 0; round < rounds; round++) {
                if (windowed && round == 1) {
                    from = sweepWindows(instance, from, settings, threads, start, onBest);
                }
                if (longPlan && round == 1) {
                    tracePhase(instance, "search", from, start);
                    from = sweepLong(instance, from, settings, threads, start, onBest);
                }
                // the time limit covers the whole solve, the start included (seconds on the largest instances)
                long spentMillis = (System.nanoTime() - start) / 1_000_000;
                long roundMillis = Math.max(100, (settings.limit().toMillis() - spentMillis) / (rounds - round));
                if (longPlan && round == 1 && TAIL) {
                    roundMillis = Math.min(roundMillis, (long) (settings.limit().toMillis() * TAIL_SEARCH));
                }
                if (longPlan && round == 0) {
                    roundMillis = Math.max(100,
                            (long) (settings.limit().toMillis() * LONG_SEARCH_SHARE) - spentMillis);
                }
                if (windowed && round == 0) {
                    roundMillis = Math.max(100,
                            (long) (settings.limit().toMillis() * WINDOW_SEARCH_SHARE) - spentMillis);
                }
                List<Result> results = searches(instance, from, settings.withLimit(Duration.ofMillis(roundMillis)),
                        settings.seed() + (long) round * threads, threads, pool, start, onBest);
                speed = 0;
                for (Result r : results) {
                    speed += r.movesPerSecond();
                    if (best == null || r.score().compareTo(best.score()) > 0) {
                        best = r;
                    }
                }
                from = best.roster();
            }
            long end = start + settings.limit().toNanos();
            for (int part = 0; longPlan && TAIL && System.nanoTime() < end - 200_000_000L; part++) {
                tracePhase(instance, "tail search", best.roster(), start);
                CqRoster last = relocateAndRespond(instance, best.roster(), end, threads, progressOf(onBest, start));
                tracePhase(instance, "tail rounds", last, start);
                CqEvaluation ev = CqEvaluator.evaluate(instance, last);
                HardSoftScore score = HardSoftScore.of(-ev.hardPenalty(), -ev.objective());
                if (score.compareTo(best.score()) > 0) {
                    best = new Result(last, checked(instance, last, settings, ev), ev,
                            (System.nanoTime() - start) / 1e9, speed);
                }
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left < 300) {
                    break;
                }
                for (Result r : searches(instance, best.roster(), settings.withLimit(Duration.ofMillis(
                        Math.min(left, (long) (settings.limit().toMillis() * TAIL_SEARCH)))),
                        settings.seed() + (long) (part + 2) * threads, threads, pool, start, onBest)) {
                    if (r.score().compareTo(best.score()) > 0) {
                        best = r;
                    }
                }
            }
            return new Result(best.roster(), best.score(), best.evaluation(), (System.nanoTime() - start) / 1e9,
                    speed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving " + instance.name(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Reports each better evaluation as an improvement at its time since {@code start}. */
    private static Consumer<CqEvaluation> progressOf(Consumer<Improvement> onBest, long start) {
        return ev -> onBest.accept(new Improvement(HardSoftScore.of(-ev.hardPenalty(), -ev.objective()),
                (System.nanoTime() - start) / 1e9));
    }

    /**
     * Timefold's score of a roster found outside its search, which must equal the independent evaluation's, as
     * for every search result ({@link #run}).
     */
    private static HardSoftScore checked(CqInstance instance, CqRoster roster, CqSolverSettings settings,
            CqEvaluation evaluation) {
        CqSchedule schedule = CqSchedule.of(instance, roster);
        ai.timefold.solver.core.api.solver.SolutionManager.<CqSchedule, HardSoftScore>create(
                SolverFactory.<CqSchedule>create(config(settings, instance))).update(schedule);
        return agreed(instance, schedule.getScore(), evaluation);
    }

    /** {@code score}, when it equals minus the evaluator's hard penalty and objective; fails loudly otherwise. */
    private static HardSoftScore agreed(CqInstance instance, HardSoftScore score, CqEvaluation evaluation) {
        HardSoftScore expected = HardSoftScore.of(-evaluation.hardPenalty(), -evaluation.objective());
        if (!expected.equals(score)) {
            throw new IllegalStateException("Timefold score " + score + " disagrees with the evaluator ("
                    + expected + ") on " + instance.name() + ": a constraint or the evaluator is wrong");
        }
        return score;
    }

    /**
     * {@code threads} local searches from {@code from} with seeds {@code seed}, {@code seed + 1}, ..., on
     * {@code pool} ({@code null}: the one search on this thread); their results in seed order.
     */
    private static List<Result> searches(CqInstance instance, CqRoster from, CqSolverSettings settings, long seed,
            int threads, ExecutorService pool, long start, Consumer<Improvement> onBest) throws Exception {
        List<Callable<Result>> searches = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            CqSolverSettings seeded = settings.withSeed(seed + i);
            searches.add(() -> run(instance, from, seeded, start, onBest));
        }
        if (pool == null) {
            return List.of(searches.getFirst().call());
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : pool.invokeAll(searches)) {
            results.add(f.get());
        }
        return results;
    }

    private static Result run(CqInstance instance, CqRoster first, CqSolverSettings settings, long start,
            Consumer<Improvement> onImprovement) {
        Solver<CqSchedule> solver = SolverFactory.<CqSchedule>create(config(settings, instance)).buildSolver();
        solver.addEventListener(event -> onImprovement.accept(new Improvement(
                event.getNewBestScore() instanceof HardSoftScore hs ? hs : null,
                (System.nanoTime() - start) / 1e9)));
        CqSchedule best = solver.solve(CqSchedule.of(instance, first));
        CqRoster roster = best.toRoster();
        long speed = solver instanceof DefaultSolver<CqSchedule> d ? d.getMoveEvaluationSpeed() : 0;
        CqEvaluation evaluation = CqEvaluator.evaluate(instance, roster);
        return new Result(roster, agreed(instance, best.getScore(), evaluation), evaluation,
                (System.nanoTime() - start) / 1e9, speed);
    }
}
