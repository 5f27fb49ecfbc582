package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The column-generation dive on instances with known values: every roster it returns keeps every hard rule (the
 * independent evaluator lists no violation); on Instance1 it reaches the published optimum, 607; the first LP is
 * not above that optimum (on Instance1 the row programme's per-type maximum is the only shift type's, which the
 * whole-horizon programme never exceeds, so the LP here is a true relaxation).
 */
@Timeout(120)
class CqColumnGenerationTest {

    private static final long GENEROUS = 60_000_000_000L;

    private static CqColumnGeneration.Result dive(CqInstance in, int workers) {
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        return new CqColumnGeneration(in, 0, workers).dive(start, System.nanoTime() + GENEROUS, null);
    }

    @Test
    void theWholeMasterIsChosenByItsPricingCostNotItsRowsAlone() {
        java.time.Duration sixty = java.time.Duration.ofSeconds(60);
        java.time.Duration ninety = java.time.Duration.ofSeconds(90);
        // Instance13: 624 rows, 120 employees, 69 ms an exact call; estimated 0.069 * 120² / 4 / 2 = 124 s of
        // pricing, twice that against a 45 s share at 90 s (its dive took about 190 s)
        assertFalse(CqColumnGeneration.fits(624, 120, 0.069, sixty, 0.5, 2), "624 rows at 60 s");
        assertFalse(CqColumnGeneration.fits(624, 120, 0.069, ninety, 0.5, 2), "the pricing at 90 s");
        assertTrue(CqColumnGeneration.fits(624, 120, 0, ninety, 0.5, 2), "the rows alone fit at 90 s");
        // Instance18: 274 rows, 22 employees, 67 ms a call: 0.067 * 22² / 8 = 4.05 s, twice that within 30 s
        assertTrue(CqColumnGeneration.fits(274, 22, 0.067, sixty, 0.5, 2));
        // 100 rows fit in 16 s, but 8.1 s of pricing does not fit in 8
        assertFalse(CqColumnGeneration.fits(100, 22, 0.067, java.time.Duration.ofSeconds(16), 0.5, 2));
        // one worker prices twice as long: 16.2 s against 15
        assertTrue(CqColumnGeneration.fits(274, 22, 0.067, java.time.Duration.ofSeconds(30), 0.5, 2));
        assertFalse(CqColumnGeneration.fits(274, 22, 0.067, java.time.Duration.ofSeconds(30), 0.5, 1));
        assertFalse(CqColumnGeneration.fits(CqColumnGeneration.MAX_ROWS + 1, 10, 0, java.time.Duration.ofHours(1),
                0.5, 2), "the dense inverse's size");
    }

    @Test
    void reachesTheInstance1Optimum() {
        CqInstance in = CqTestData.instance1();
        CqColumnGeneration.Result r = dive(in, 1);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, r.roster());
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertEquals(607, evaluation.objective());
        assertTrue(r.firstLp() <= 607 + 1e-3, "LP " + r.firstLp() + " above the optimum");
    }

    @Test
    void instance3WithinOnePercentOfTheBestKnownAndTheSameOnTwoWorkers() {
        CqInstance in = CqTestData.resourceInstance("Instance3");
        CqColumnGeneration.Result one = dive(in, 1);
        CqColumnGeneration.Result two = dive(in, 2);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, one.roster());
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        // best known 1001 (Curtois & Qu); the dive measured 1002
        assertTrue(evaluation.objective() <= 1011, "objective " + evaluation.objective());
        // pricing on two workers splits the employees, so the rows and the dive are the same
        assertEquals(one.roster(), two.roster());
    }

    @Test
    void aWindowKeepsTheRowsOutsideItAndTheOptimumOfInstance1() {
        CqInstance in = CqTestData.instance1();
        CqRoster optimal = CqTestData.instance1Optimal();
        for (int from : new int[] {0, 7}) {
            CqRoster r = new CqColumnGeneration(in, 0, 1, from, from + 7, optimal)
                    .dive(optimal, System.nanoTime() + GENEROUS, null).roster();
            CqEvaluation evaluation = CqEvaluator.evaluate(in, r);
            assertTrue(evaluation.feasible(), evaluation.violations().toString());
            assertEquals(607, evaluation.objective(), "window from day " + from);
            assertOutsideUnchanged(in, optimal, r, from, from + 7);
        }
    }

    @Test
    void aSecondDiveOverAWindowItsFirstDiveSolvedStopsAfterOneLp() {
        // week windows of the repaired greedy roster in turn, each dived twice. Where the first dive ended at its LP
        // value, nothing a unit cheaper is left in the window; when the second dive's exact Lagrangian bound proves
        // that, it stops after its first LP and returns its start
        int stopped = 0;
        for (String name : new String[] {"Instance1", "Instance5"}) {
            CqInstance in = name.equals("Instance1") ? CqTestData.instance1() : CqTestData.resourceInstance(name);
            CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
            for (int from = 0; from + 7 <= in.horizon(); from += 7) {
                CqColumnGeneration.Result once = new CqColumnGeneration(in, 0, 1, from, from + 7, start)
                        .dive(start, System.nanoTime() + GENEROUS, null);
                CqColumnGeneration.Result twice = new CqColumnGeneration(in, 0, 1, from, from + 7, once.roster())
                        .dive(once.roster(), System.nanoTime() + GENEROUS, null);
                String where = name + " window from day " + from;
                if (twice.lpSolves() == 1) {
                    assertEquals(once.lastLp(), once.firstLp(), 0.05, where + ": stopped, but the first dive lost");
                    assertEquals(once.roster(), twice.roster(), where);
                    stopped++;
                }
                assertTrue(CqEvaluator.objective(in, twice.roster()) <= CqEvaluator.objective(in, once.roster()), where);
                start = once.roster();
            }
        }
        // measured: 4 of the 6 windows (Instance1 from days 0 and 7, Instance5 from days 0 and 14); Instance5 from day
        // 7 lost 51 over its LP, and from day 21 the first LP stopped within its 1% gap, short of a proof
        assertTrue(stopped >= 3, stopped + " second dives stopped after one LP");
    }

    @Test
    void aWindowImprovesTheGreedyInstance3RosterOnlyInsideIt() {
        CqInstance in = CqTestData.resourceInstance("Instance3");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        int before = CqEvaluator.objective(in, start);
        CqRoster r = new CqColumnGeneration(in, 0, 1, 0, 7, start)
                .dive(start, System.nanoTime() + GENEROUS, null).roster();
        CqEvaluation evaluation = CqEvaluator.evaluate(in, r);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertOutsideUnchanged(in, start, r, 0, 7);
        // measured: the greedy roster's first week re-optimised, 3,153 -> 2,733 (the second week stays the greedy's)
        assertTrue(evaluation.objective() < before, evaluation.objective() + " vs " + before);
    }

    @Test
    void windowSweepsImproveTheGreedyInstance3Roster() {
        CqInstance in = CqTestData.resourceInstance("Instance3");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        CqRoster r = CqWindows.improve(in, start, 1, 0, 1, System.nanoTime() + GENEROUS, null);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, r);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        // measured 3,153 -> 2,021: far from the best known 1001, because the per-horizon budgets (total minutes,
        // weekends) tie the weeks and a window only uses what the other week leaves; local search moves that
        assertTrue(evaluation.objective() < CqEvaluator.objective(in, start), "objective " + evaluation.objective());
    }

    @Test
    void bestResponseSweepsKeepTheInstance1OptimumAndImproveTheGreedyInstance3Roster() {
        CqInstance one = CqTestData.instance1();
        CqRoster optimal = CqTestData.instance1Optimal();
        assertEquals(607, CqEvaluator.objective(one, CqWindows.bestResponses(one, optimal, 1, Long.MAX_VALUE)));
        CqInstance in = CqTestData.resourceInstance("Instance3");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        CqRoster r = CqWindows.bestResponses(in, start, 2, Long.MAX_VALUE);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, r);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        // measured 3,153 -> 2,032; a sweep that ends leaves no employee a cheaper row over the whole two weeks
        assertTrue(evaluation.objective() < CqEvaluator.objective(in, start), "objective " + evaluation.objective());
        assertEquals(r, CqWindows.bestResponses(in, r, 2, Long.MAX_VALUE), "a converged sweep changed a row");
    }

    /**
     * A weekend price makes the windows trade the objective for weekends: the roster comes back feasible, no
     * dearer by objective plus price per weekend worked, and with fewer weekends than without the price (measured
     * on Instance3 from the greedy roster: 15 weekends, 20 after plain sweeps, 6 after sweeps at 1,000 a weekend).
     */
    @Test
    void pricedWindowSweepsFreeWeekends() {
        CqInstance in = CqTestData.resourceInstance("Instance3");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        int price = 1000;
        CqRoster plain = CqWindows.improve(in, start, 1, 0, 1, System.nanoTime() + GENEROUS, null);
        CqRoster priced = CqWindows.improve(in, start, 1, 0, 1, System.nanoTime() + GENEROUS, price, 0, null);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, priced);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertTrue(evaluation.objective() + (long) price * CqWindows.weekendsWorked(priced)
                <= CqEvaluator.objective(in, start) + (long) price * CqWindows.weekendsWorked(start));
        assertTrue(CqWindows.weekendsWorked(priced) < CqWindows.weekendsWorked(plain),
                CqWindows.weekendsWorked(priced) + " weekends priced vs " + CqWindows.weekendsWorked(plain));
    }

    /**
     * Two weekends: the first needs 2 on Saturday and 1 on Sunday (two employee-weekends), the second 0 and 3
     * (three); the contracts allow 1 and 5 weekends, the second capped at the horizon's 2: 5 needed over 3 allowed.
     */
    @Test
    void weekendNeedIsTheLargerDayPerWeekendOverTheWeekendsAllowed() {
        CqShiftType day = new CqShiftType(0, "D", 480, java.util.List.of());
        java.util.List<CqEmployee> staff = java.util.List.of(
                new CqEmployee(0, "A", new int[] {14}, 6720, 0, 5, 1, 1, 1, java.util.Set.of()),
                new CqEmployee(1, "B", new int[] {14}, 6720, 0, 5, 1, 1, 5, java.util.Set.of()));
        java.util.List<CqCover> cover = java.util.List.of(new CqCover(5, 0, 2, 100, 1), new CqCover(6, 0, 1, 100, 1),
                new CqCover(12, 0, 0, 100, 1), new CqCover(13, 0, 3, 100, 1), new CqCover(2, 0, 9, 100, 1));
        CqInstance in = new CqInstance("two weekends", 14, java.util.List.of(day), staff, java.util.List.of(),
                java.util.List.of(), cover);
        assertEquals(5.0 / 3, CqWindows.weekendNeed(in), 1e-12);
        // Instance3: Saturdays and Sundays need 12/14 and 13/11, twenty employees may work one weekend each: 27/20
        assertEquals(27.0 / 20, CqWindows.weekendNeed(CqTestData.resourceInstance("Instance3")), 1e-12);
    }

    /**
     * Weeks 0 and 2 of Instance5 (28 days) re-optimised together: week 1 between them is held and week 3 is outside,
     * so both stay as they were, and the roster keeps every hard rule and costs less than the repaired greedy one.
     */
    @Test
    void aPairOfWeeksKeepsTheWeekBetweenThemAndTheDaysOutside() {
        CqInstance in = CqTestData.resourceInstance("Instance5");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        boolean[] held = new boolean[in.horizon()];
        java.util.Arrays.fill(held, 7, 14, true);
        CqRoster r = diveKeepsTheRulesAndTheDaysOutside(in, start, 0, 21, held);
        for (int e = 0; e < in.employees().size(); e++) {
            for (int d = 7; d < 14; d++) {
                assertEquals(start.shift(e, d), r.shift(e, d), "held: employee " + e + " day " + d);
            }
        }
    }

    /**
     * A dive over days {@code from..to-1} from {@code start}: its roster keeps every hard rule, changes nothing
     * outside the window and costs less than {@code start}.
     */
    private static CqRoster diveKeepsTheRulesAndTheDaysOutside(CqInstance in, CqRoster start, int from, int to,
            boolean[] held) {
        CqRoster r = new CqColumnGeneration(in, 0, 1, from, to, start, held)
                .dive(start, System.nanoTime() + GENEROUS, null).roster();
        CqEvaluation evaluation = CqEvaluator.evaluate(in, r);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertOutsideUnchanged(in, start, r, from, to);
        assertTrue(evaluation.objective() < CqEvaluator.objective(in, start),
                evaluation.objective() + " vs " + CqEvaluator.objective(in, start));
        return r;
    }

    /**
     * A three-weekend window, Saturday of week 0 to Sunday of week 2 (days 5-20 of Instance5): its dive keeps every
     * hard rule, changes nothing outside the window and costs less than the repaired greedy roster.
     */
    @Test
    void aWindowFromSaturdayToSundayTwoWeeksLaterKeepsTheDaysOutside() {
        CqInstance in = CqTestData.resourceInstance("Instance5");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        diveKeepsTheRulesAndTheDaysOutside(in, start, 5, 21, null);
    }

    /**
     * Pair sweeps over Instance5 from the repaired greedy roster, adjacent pairs only and all pairs (each list with
     * the mid-week pairs and the three-weekend windows after it): both feasible and within 10% of the best known
     * value, 1143. Measured: start 4,713; adjacent 1,242, all pairs 1,243 (before the three-weekend windows and the
     * retried dives 1,351 and 1,338). Which of the two ends lower is not a property of the sweeps: the lists share
     * only their first windows, and each sweeps on from its own roster.
     */
    @Test
    void pairSweepsComeWithinTenPercentOfTheBestKnown() {
        CqInstance in = CqTestData.resourceInstance("Instance5");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        for (int apart : new int[] {1, 3}) {
            CqRoster pairs = CqWindows.improvePairs(in, start, apart, 0, 1, System.nanoTime() + GENEROUS, null);
            CqEvaluation evaluation = CqEvaluator.evaluate(in, pairs);
            assertTrue(evaluation.feasible(), evaluation.violations().toString());
            assertTrue(evaluation.objective() <= 1143 * 1.1, apart + " apart: " + evaluation.objective());
        }
    }

    @Test
    void heldDaysNeedABaseRosterAndOneFlagPerDay() {
        CqInstance in = CqTestData.resourceInstance("Instance5");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CqColumnGeneration(in, 0, 1, 0, 21, start, new boolean[20]));
    }

    @Test
    void aWindowMustBeInsideTheHorizon() {
        CqInstance in = CqTestData.instance1();
        CqRoster optimal = CqTestData.instance1Optimal();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CqColumnGeneration(in, 0, 1, 7, 21, optimal));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CqColumnGeneration(in, 0, 1, 7, 14, null));
    }

    private static void assertOutsideUnchanged(CqInstance in, CqRoster before, CqRoster after, int from, int to) {
        for (int e = 0; e < in.employees().size(); e++) {
            for (int d = 0; d < in.horizon(); d++) {
                if (d < from || d >= to) {
                    assertEquals(before.shift(e, d), after.shift(e, d), "employee " + e + " day " + d);
                }
            }
        }
    }

    @Test
    void aStartRowThatBreaksAHardRuleIsReplaced() {
        CqInstance in = CqTestData.instance1();
        CqRoster allOff = CqRoster.allOff(in); // breaks the minimum minutes of every employee
        assertTrue(CqEvaluator.evaluate(in, allOff).hardPenalty() > 0);
        CqColumnGeneration.Result r = new CqColumnGeneration(in, 0, 1).dive(allOff, System.nanoTime() + GENEROUS, null);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, r.roster());
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        // a dive is a heuristic: from this start it measured 608, within 1% of the optimum
        assertTrue(evaluation.objective() <= 613, "objective " + evaluation.objective());
    }

    @Test
    void aDeadlineInThePastStillGivesARosterOfPoolRows() {
        CqInstance in = CqTestData.resourceInstance("Instance3");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        CqColumnGeneration.Result r = new CqColumnGeneration(in, 0, 1).dive(start, System.nanoTime() - 1, null);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, r.roster());
        // only the start rows are in the pool: the improvement passes can only keep or better the start
        assertTrue(evaluation.feasible());
        assertTrue(evaluation.objective() <= CqEvaluator.objective(in, start));
    }

    /** Rows per employee and round: one while many are free, about 40 a round in all as few are left, at most 10. */
    @Test
    void aDiveStepPricesMoreRowsPerEmployeeAsFewAreFree() {
        assertEquals(1, CqColumnGeneration.rowsPerEmployee(120));
        assertEquals(1, CqColumnGeneration.rowsPerEmployee(40));
        assertEquals(2, CqColumnGeneration.rowsPerEmployee(20));
        assertEquals(4, CqColumnGeneration.rowsPerEmployee(10));
        assertEquals(10, CqColumnGeneration.rowsPerEmployee(4));
        assertEquals(10, CqColumnGeneration.rowsPerEmployee(1));
    }
}
