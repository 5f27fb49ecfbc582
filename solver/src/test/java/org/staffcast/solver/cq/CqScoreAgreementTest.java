package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timefold's incremental score and the plain-Java evaluator must agree on every roster. */
class CqScoreAgreementTest {

    /** The score the solver uses ({@link CqIncrementalScoreCalculator} by default). */
    private static final SolutionManager<CqSchedule, HardSoftScore> SCORER = SolutionManager.create(
            SolverFactory.create(CqSolver.config(CqSolverSettings.defaults(Duration.ofSeconds(1), 0), CqTestData.small())));

    /** The reference Constraint Streams score ({@link CqConstraintProvider}). */
    private static final SolutionManager<CqSchedule, HardSoftScore> STREAMS = SolutionManager.create(
            SolverFactory.create(CqSolver.config(streams(CqSolverSettings.defaults(Duration.ofSeconds(1), 0)),
                    CqTestData.small())));

    private static CqSolverSettings streams(CqSolverSettings s) {
        return new CqSolverSettings(s.limit(), s.seed(), s.acceptor(), s.acceptorSize(), s.acceptedCount(),
                s.changeWeight(), s.swapWeight(), s.withinWeight(), s.blockWeight(), s.maxBlock(), s.withinBlock(),
                s.greedyStart(), false, s.rowWeight(), s.rowEmployees(), s.rowWeeks(),
                s.rowTimeShare(), s.columnGenerationShare());
    }

    private static CqInstance instance(String name) {
        return name.equals("small") ? CqTestData.small() : CqTestData.resourceInstance(name);
    }

    /** A random roster: each day off with probability {@code pOff}, else any shift type (allowed or not). */
    private static CqRoster random(CqInstance in, SplittableRandom rnd, double pOff) {
        int[][] t = new int[in.employees().size()][in.horizon()];
        for (int[] row : t) {
            for (int d = 0; d < row.length; d++) {
                row[d] = rnd.nextDouble() < pOff ? CqRoster.OFF : rnd.nextInt(in.shiftTypes().size());
            }
        }
        return new CqRoster(t);
    }

    private static void assertAgree(CqInstance in, CqRoster roster, HardSoftScore score) {
        CqEvaluation e = CqEvaluator.evaluate(in, roster);
        assertEquals(HardSoftScore.of(-e.hardPenalty(), -e.objective()), score, e.violations()::toString);
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({"small,1", "small,2", "Instance1,3", "Instance1,4", "Instance3,5", "Instance3,6"})
    void agreeOnRandomRosters(String name, long seed) {
        CqInstance in = instance(name);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            CqRoster roster = random(in, rnd, 0.2 + 0.6 * rnd.nextDouble());
            assertAgree(in, roster, SCORER.update(CqSchedule.of(in, roster)));
            assertAgree(in, roster, STREAMS.update(CqSchedule.of(in, roster)));
        }
    }

    @Test
    void agreeOnTheOptimalInstance1Roster() {
        CqInstance in = CqTestData.instance1();
        assertEquals(HardSoftScore.of(0, -607), SCORER.update(CqSchedule.of(in, CqTestData.instance1Optimal())));
        assertEquals(HardSoftScore.of(0, -607), STREAMS.update(CqSchedule.of(in, CqTestData.instance1Optimal())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"small", "Instance1", "Instance3"})
    void agreeOnSolvedRosters(String name) {
        CqInstance in = instance(name);
        CqSolver.Result r = CqSolver.solve(in, CqSolverSettings.defaults(Duration.ofMillis(700), 42), i -> { });
        assertAgree(in, r.roster(), r.score());
    }

    /**
     * The incremental score after every move equals its own from-scratch recomputation (Timefold's FULL_ASSERT mode
     * checks this after each step), on the solver's moves, from the all-off and the greedy start.
     */
    @ParameterizedTest(name = "{0} greedy {1}")
    @CsvSource({"small,false", "Instance1,true", "Instance3,true"})
    void incrementalScoreSurvivesFullAssert(String name, boolean greedy) {
        CqInstance in = instance(name);
        CqSolverSettings d = CqSolverSettings.defaults(Duration.ofMillis(400), 7);
        CqSolverSettings s = new CqSolverSettings(d.limit(), d.seed(), d.acceptor(), d.acceptorSize(),
                d.acceptedCount(), d.changeWeight(), d.swapWeight(), d.withinWeight(), 0.5, d.maxBlock(), 3, greedy,
                true, 0.2, 3, 1, 1.0, 0);
        CqSchedule solved = SolverFactory.<CqSchedule>create(CqSolver.config(s, in)
                        .withEnvironmentMode(EnvironmentMode.FULL_ASSERT))
                .buildSolver().solve(CqSchedule.of(in, greedy ? CqGreedy.build(in) : CqRoster.allOff(in)));
        assertAgree(in, solved.toRoster(), solved.getScore());
    }
}
