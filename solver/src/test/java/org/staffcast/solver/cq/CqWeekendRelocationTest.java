package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CqWeekendRelocationTest {

    private static final int OFF = CqRoster.OFF;

    /** Two weeks, one 480-minute shift type, the given staff lines; both weekend days of week 1 need one shift. */
    private static CqInstance twoWeeks(String staff, String cover) {
        return CqTestData.oneShiftType(14, staff, cover + "12,E,1,100,1\n13,E,1,100,1\n");
    }

    /** Two weeks, A with exactly 960 minutes (two shifts); Monday 0 and Tuesday 8 need one shift, no other day. */
    private static CqInstance mondayAndTuesdayAWeekApart() {
        StringBuilder cover = new StringBuilder();
        for (int d = 0; d < 14; d++) {
            cover.append(d).append(",E,").append(d == 0 || d == 8 ? 1 : 0).append(",100,1\n");
        }
        return CqTestData.oneShiftType(14, "A,E=14,960,960,2,1,1,2\n", cover.toString());
    }

    private static int[] row(int... worked) {
        return rowOf(14, worked);
    }

    /** A row of {@code days} days working type 0 on {@code worked}, off on the others. */
    private static int[] rowOf(int days, int... worked) {
        int[] row = new int[days];
        java.util.Arrays.fill(row, OFF);
        for (int d : worked) {
            row[d] = 0;
        }
        return row;
    }

    @Test
    void aWeekendWorthLittleMovesToTheWeekendThatIsShort() {
        // exactly 960 minutes and one weekend: the roster works week 0's weekend, where nobody is needed
        CqInstance in = twoWeeks("A,E=14,960,960,2,1,1,1\n", "5,E,0,100,1\n6,E,0,100,1\n");
        CqRoster start = new CqRoster(new int[][] {row(5, 6)});
        // 2 surplus on days 5 and 6, 2 short on days 12 and 13
        assertEquals(202, CqEvaluator.objective(in, start));
        // one-week best responses cannot: week 1 has neither the weekend nor the minutes, and week 0 can only
        // move its two shifts to weekdays (200)
        assertEquals(200, CqEvaluator.objective(in, CqWindows.bestResponses(in, start, 1, Long.MAX_VALUE)));

        CqRoster moved = CqWeekendRelocation.improve(in, start, Long.MAX_VALUE);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, moved);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertEquals(0, evaluation.objective());
        assertEquals(new CqRoster(new int[][] {row(12, 13)}), moved);
    }

    @Test
    void aHalfWorkedWeekendIsMadeWholeByTheEmployeeWhoWorksItsOtherDay() {
        // A works Saturday 5 and B Sunday 6 of week 0, both needed; each may work one weekend, so week 1's two
        // shifts stay short (200) until one of them gives up week 0 and the other works both of its days
        CqInstance in = twoWeeks("A,E=14,960,0,2,1,1,1\nB,E=14,960,0,2,1,1,1\n", "5,E,1,100,1\n6,E,1,100,1\n");
        CqRoster start = new CqRoster(new int[][] {row(5), row(6)});
        assertEquals(200, CqEvaluator.objective(in, start));
        assertEquals(200, CqEvaluator.objective(in, CqWindows.bestResponses(in, start, 1, Long.MAX_VALUE)));

        CqRoster moved = CqWeekendRelocation.improve(in, start, Long.MAX_VALUE);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, moved);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertEquals(0, evaluation.objective());
        // A (first in the file) gives up Saturday 5 and takes week 1; B takes Saturday 5 next to its Sunday
        assertEquals(new CqRoster(new int[][] {row(12, 13), row(5, 6)}), moved);
    }

    @Test
    void aMergeMakesTwoHalfWeekendsOneAndSpendsTheWeekendFreedWhereTheCoverIsShort() {
        // four weeks; Saturday 5, Sunday 6, Monday 7 and weekend 2 (19, 20) need one shift each, no other day any.
        // A works 5 and 7, B works 6, C nothing: weekend 2 is short (200). A and B may each work one weekend and
        // two shifts, C one shift and no weekend; runs of at most two days.
        StringBuilder cover = new StringBuilder();
        for (int d = 0; d < 28; d++) {
            int need = d == 5 || d == 6 || d == 7 || d == 19 || d == 20 ? 1 : 0;
            cover.append(d).append(",E,").append(need).append(",100,1\n");
        }
        CqInstance in = CqTestData.oneShiftType(28,
                "A,E=28,960,0,2,1,1,1\nB,E=28,960,480,2,1,1,1\nC,E=28,480,0,2,1,1,0\n", cover.toString());
        int[][] rows = {week4(5, 7), week4(6), week4()};
        CqRoster start = new CqRoster(rows);
        assertEquals(200, CqEvaluator.objective(in, start));
        // the moves before it cannot: B giving up Sunday lets A work the whole weekend only if A gives up Monday,
        // which is in the next week (A's run would be three days) and has to be taken back by C
        assertEquals(200, CqEvaluator.objective(in, CqWindows.bestResponses(in, start, 1, Long.MAX_VALUE)));

        CqRoster merged = CqWeekendRelocation.mergeHalves(in, start, Long.MAX_VALUE, Integer.MAX_VALUE, 1);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, merged);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertEquals(0, evaluation.objective());
        // A (first in the file) cannot give up Saturday: the weekend it would take needs a third shift. B gives
        // up Sunday, A works the whole weekend and gives up Monday, C takes Monday, B works weekend 2
        assertEquals(new CqRoster(new int[][] {week4(5, 6), week4(19, 20), week4(7)}), merged);
    }

    private static int[] week4(int... worked) {
        return rowOf(28, worked);
    }

    @Test
    void mergesNeverRaiseTheObjectiveNorBreakARuleOnTheBundledInstances() {
        for (String name : new String[] {"Instance1", "Instance3", "Instance5"}) {
            CqInstance in = CqTestData.resourceInstance(name);
            CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
            for (int workers = 1; workers <= 2; workers++) {
                CqEvaluation before = CqEvaluator.evaluate(in, start);
                CqEvaluation after = CqEvaluator.evaluate(in,
                        CqWeekendRelocation.mergeHalves(in, start, Long.MAX_VALUE, Integer.MAX_VALUE, workers));
                assertTrue(after.feasible(), name + " " + after.violations());
                assertTrue(after.objective() <= before.objective(), name + " on " + workers + " threads: "
                        + before.objective() + " -> " + after.objective());
            }
        }
    }

    @Test
    void relocationNeverRaisesTheObjectiveNorBreaksARuleOnTheBundledInstances() {
        for (String name : new String[] {"Instance1", "Instance3", "Instance5"}) {
            CqInstance in = CqTestData.resourceInstance(name);
            CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
            for (CqRoster from : new CqRoster[] {start, CqWindows.bestResponses(in, start, 1, Long.MAX_VALUE)}) {
                CqEvaluation before = CqEvaluator.evaluate(in, from);
                assertTrue(before.feasible(), name + " start " + before.violations());
                CqEvaluation after = CqEvaluator.evaluate(in, CqWeekendRelocation.improve(in, from, Long.MAX_VALUE));
                assertTrue(after.feasible(), name + ": " + after.violations());
                assertTrue(after.objective() <= before.objective(),
                        name + ": " + before.objective() + " -> " + after.objective());
            }
        }
    }

    @Test
    void theOptimalInstance1RosterIsLeftAtItsOptimum() {
        CqInstance in = CqTestData.instance1();
        assertEquals(607, CqEvaluator.objective(in,
                CqWeekendRelocation.improve(in, CqTestData.instance1Optimal(), Long.MAX_VALUE)));
    }

    @Test
    void aTransferMovesAShiftFromAWeekWhereItIsSurplusToAWeekWhereOneIsShort() {
        // exactly 960 minutes; Monday 0 and Tuesday 8 need one shift, every other day none: working 0 and 1 costs
        // 1 + 100
        CqInstance in = mondayAndTuesdayAWeekApart();
        CqRoster start = new CqRoster(new int[][] {row(0, 1)});
        assertEquals(101, CqEvaluator.objective(in, start));
        // a week alone keeps its 960 minutes: every other day of week 0 is surplus too
        assertEquals(101, CqEvaluator.objective(in, CqWindows.bestResponses(in, start, 1, Long.MAX_VALUE)));

        CqRoster moved = CqWeekendRelocation.transferMinutes(in, start, Long.MAX_VALUE, Integer.MAX_VALUE);
        CqEvaluation evaluation = CqEvaluator.evaluate(in, moved);
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertEquals(new CqRoster(new int[][] {row(0, 8)}), moved);
        assertEquals(0, evaluation.objective());
    }

    @Test
    void aTransferKeepsEveryWeekendAsItIsWorked() {
        // the roster of the first relocation case: only moving the weekend pays, which is relocation's move
        CqInstance in = twoWeeks("A,E=14,960,960,2,1,1,1\n", "5,E,0,100,1\n6,E,0,100,1\n");
        CqRoster start = new CqRoster(new int[][] {row(5, 6)});
        assertEquals(start, CqWeekendRelocation.transferMinutes(in, start, Long.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void transfersNeverRaiseTheObjectiveNorBreakARuleOnTheBundledInstances() {
        for (String name : new String[] {"Instance1", "Instance3", "Instance5"}) {
            CqInstance in = CqTestData.resourceInstance(name);
            CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
            CqEvaluation before = CqEvaluator.evaluate(in, start);
            assertTrue(before.feasible(), name + " start " + before.violations());
            CqEvaluation after = CqEvaluator.evaluate(in,
                    CqWeekendRelocation.transferMinutes(in, start, Long.MAX_VALUE, Integer.MAX_VALUE));
            assertTrue(after.feasible(), name + " " + after.violations());
            assertTrue(after.objective() <= before.objective(), name + ": " + after.objective() + " > "
                    + before.objective());
        }
    }

    @Test
    void onTwoThreadsTheMovesStillNeverRaiseTheObjectiveNorBreakARule() {
        // the threads price their candidates while others commit: what they keep is re-priced under the lock
        for (String name : new String[] {"Instance1", "Instance3", "Instance5"}) {
            CqInstance in = CqTestData.resourceInstance(name);
            CqRoster start = CqRowOptimizer.repair(in, CqGreedy.build(in), Long.MAX_VALUE);
            for (int round = 0; round < 3; round++) {
                CqEvaluation before = CqEvaluator.evaluate(in, start);
                CqRoster moved = CqWeekendRelocation.transferMinutes(in, start, Long.MAX_VALUE, Integer.MAX_VALUE, 2);
                CqEvaluation transferred = CqEvaluator.evaluate(in, moved);
                assertTrue(transferred.feasible(), name + " " + transferred.violations());
                assertTrue(transferred.objective() <= before.objective(), name + ": transfers "
                        + before.objective() + " -> " + transferred.objective());
                moved = CqWeekendRelocation.improve(in, moved, Long.MAX_VALUE, Integer.MAX_VALUE, 2);
                CqEvaluation relocated = CqEvaluator.evaluate(in, moved);
                assertTrue(relocated.feasible(), name + " " + relocated.violations());
                assertTrue(relocated.objective() <= transferred.objective(), name + ": relocations "
                        + transferred.objective() + " -> " + relocated.objective());
                start = CqWindows.bestResponses(in, moved, 1, Long.MAX_VALUE, 1);
            }
        }
    }

    @Test
    void onTwoThreadsTheHandCasesEndAsOnOne() {
        // one employee: nothing for the second thread to race with, so the same moves
        CqInstance in = mondayAndTuesdayAWeekApart();
        assertEquals(new CqRoster(new int[][] {row(0, 8)}), CqWeekendRelocation.transferMinutes(in,
                new CqRoster(new int[][] {row(0, 1)}), Long.MAX_VALUE, Integer.MAX_VALUE, 2));
        CqInstance two = twoWeeks("A,E=14,960,960,2,1,1,1\n", "5,E,0,100,1\n6,E,0,100,1\n");
        assertEquals(new CqRoster(new int[][] {row(12, 13)}), CqWeekendRelocation.improve(two,
                new CqRoster(new int[][] {row(5, 6)}), Long.MAX_VALUE, Integer.MAX_VALUE, 2));
    }
}
