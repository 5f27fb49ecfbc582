package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CqWindowsTest {

    @Test
    void weekCostsSplitTheObjective() {
        // Instance1's optimum (607) over its two weeks, and a repaired greedy roster of Instance5 over its four
        CqInstance one = CqTestData.instance1();
        long[] weeks = CqWindows.weekCosts(one, CqTestData.instance1Optimal());
        assertEquals(2, weeks.length);
        assertEquals(607, Arrays.stream(weeks).sum());
        CqInstance five = CqTestData.resourceInstance("Instance5");
        CqRoster roster = CqRowOptimizer.repair(five, CqGreedy.build(five), Long.MAX_VALUE);
        long[] fiveWeeks = CqWindows.weekCosts(five, roster);
        assertEquals(4, fiveWeeks.length);
        assertEquals(CqEvaluator.objective(five, roster), Arrays.stream(fiveWeeks).sum());
    }

    @Test
    void aWeekCostsWhatItsOwnDaysCost() {
        // one shift type needed once on day 2 (week 0) and twice on day 9 (week 1), nobody working: 100 and 200
        CqInstance in = CqTestData.oneShiftType(14, "A,E=14,6720,0,5,1,1,2\n", "2,E,1,100,1\n9,E,2,100,1\n");
        assertEquals(java.util.List.of(100L, 200L),
                Arrays.stream(CqWindows.weekCosts(in, CqRoster.allOff(in))).boxed().toList());
    }

    @Test
    void bestResponsesOnTwoThreadsNeverRaiseTheObjectiveNorBreakARule() {
        // Instance5's four weeks: each thread takes a week at a time, two weeks at once, one employee each
        CqInstance in = CqTestData.resourceInstance("Instance5");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        CqEvaluation before = CqEvaluator.evaluate(in, start);
        assertTrue(before.feasible(), before.violations().toString());
        for (int sweeps = 1; sweeps <= 3; sweeps++) {
            CqEvaluation after = CqEvaluator.evaluate(in,
                    CqWindows.bestResponses(in, start, 1, Long.MAX_VALUE, sweeps, null, 0, 2));
            assertTrue(after.feasible(), after.violations().toString());
            assertTrue(after.objective() <= before.objective(), before.objective() + " -> " + after.objective());
            assertTrue(after.objective() < before.objective(), "the greedy start is not a best response");
        }
    }

    /**
     * Sweeps of two-week windows (each its own master LP and dive, as after a hurried whole-horizon dive): every
     * roster reported is feasible and cheaper than the one before, the result is the last one reported, and the
     * greedy start, far from Instance5's optimum (1143), is improved.
     */
    @Test
    void windowSweepsReportOnlyFeasibleImprovementsAndReturnTheLast() {
        CqInstance in = CqTestData.resourceInstance("Instance5");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        int before = CqEvaluator.objective(in, start);
        java.util.List<Integer> reported = new java.util.ArrayList<>();
        CqRoster after = CqWindows.improve(in, start, 2, 1, 2, System.nanoTime() + 30_000_000_000L, 0,
                100_000_000L, ev -> {
                    assertTrue(ev.feasible(), ev.violations().toString());
                    reported.add(ev.objective());
                });
        CqEvaluation result = CqEvaluator.evaluate(in, after);
        assertTrue(result.feasible(), result.violations().toString());
        assertTrue(!reported.isEmpty() && result.objective() < before, before + " -> " + reported);
        for (int i = 0; i < reported.size(); i++) {
            assertTrue(reported.get(i) < (i == 0 ? before : reported.get(i - 1)), before + " -> " + reported);
        }
        assertEquals(reported.getLast(), result.objective());
    }

    /**
     * A sweep that gains less than the share asked ends the sweeps: with a share of 1 the one-week sweeps of
     * Instance5 stop after the first, whose reports are the first reports of the sweeps run to the end (one worker,
     * time to spare, so both runs make the same dives), and the run to the end sweeps again and gains more.
     */
    @Test
    void aSweepGainingLessThanTheShareEndsTheSweeps() {
        CqInstance in = CqTestData.resourceInstance("Instance5");
        CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
        java.util.List<Integer> all = new java.util.ArrayList<>();
        CqRoster toTheEnd = CqWindows.improve(in, start, 1, 3, 1, System.nanoTime() + 60_000_000_000L, 0,
                ev -> all.add(ev.objective()));
        java.util.List<Integer> first = new java.util.ArrayList<>();
        CqRoster oneSweep = CqWindows.improve(in, start, 1, 3, 1, System.nanoTime() + 60_000_000_000L, 1.0,
                ev -> first.add(ev.objective()));
        assertTrue(!first.isEmpty() && first.size() < all.size(), first + " against " + all);
        assertEquals(all.subList(0, first.size()), first);
        assertEquals(first.getLast(), CqEvaluator.objective(in, oneSweep));
        assertEquals(all.getLast(), CqEvaluator.objective(in, toTheEnd));
    }
}
