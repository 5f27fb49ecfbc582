package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CqWeekendPlanTest {

    private static final int OFF = CqRoster.OFF;

    /** {@code weeks} weeks of {@link CqTestData#oneShiftType}; {@code extra} sections follow the staff. */
    private static CqInstance instance(int weeks, String staff, String cover, String extra) {
        return CqTestData.oneShiftType(7 * weeks, staff + (extra.isEmpty() ? "" : "\n" + extra), cover);
    }

    private static String weekendCover(int[]... satSun) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < satSun.length; k++) {
            b.append(7 * k + 5).append(",E,").append(satSun[k][0]).append(",100,1\n");
            b.append(7 * k + 6).append(",E,").append(satSun[k][1]).append(",100,1\n");
        }
        return b.toString();
    }

    @Test
    void theWeekendsGoWhereMostEmployeesAreNeeded() {
        // weekend 0 needs max(2, 1) = 2 employees, weekend 1 needs 1; three employees with one weekend each: A takes
        // weekend 0 (2 unmet), B the tie at 1 and 1 (the first), C the last one unmet
        String staff = "A,E=14,3360,0,5,1,1,1\nB,E=14,3360,0,5,1,1,1\nC,E=14,3360,0,5,1,1,1\n";
        CqInstance in = instance(2, staff, weekendCover(new int[] {2, 1}, new int[] {1, 1}), "");
        boolean[][] plan = CqWeekendPlan.plan(in);
        assertArrayEquals(new boolean[] {true, false}, plan[0]);
        assertArrayEquals(new boolean[] {true, false}, plan[1]);
        assertArrayEquals(new boolean[] {false, true}, plan[2]);
    }

    @Test
    void aFixedDayOffKeepsTheWholeWeekendOutOfThePlan() {
        // A may not work Sunday 6, so weekend 0 (the one in need) goes to B even though A comes first
        String staff = "A,E=14,3360,0,5,1,1,1\nB,E=14,3360,0,5,1,1,1\n";
        CqInstance in = instance(2, staff, weekendCover(new int[] {1, 1}, new int[] {0, 0}),
                "SECTION_DAYS_OFF\nA,6\n");
        boolean[][] plan = CqWeekendPlan.plan(in);
        assertArrayEquals(new boolean[] {false, true}, plan[0]);
        assertArrayEquals(new boolean[] {true, false}, plan[1]);
    }

    @Test
    void equalNeedsAreSpreadOverTheHorizon() {
        // two weekends of four, all equally needed: the first, then the one furthest from it
        CqInstance in = instance(4, "A,E=28,13440,0,5,1,1,2\n",
                weekendCover(new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}), "");
        assertArrayEquals(new boolean[] {true, false, false, true}, CqWeekendPlan.plan(in)[0]);
    }

    @Test
    void noWeekendIsPlannedForAContractThatCannotWorkOne() {
        // no weekends allowed, or runs of at most one day: a whole weekend is out of reach
        CqInstance in = instance(2, "A,E=14,3360,0,5,1,1,0\nB,E=14,3360,0,1,1,1,2\n",
                weekendCover(new int[] {1, 1}, new int[] {1, 1}), "");
        boolean[][] plan = CqWeekendPlan.plan(in);
        assertArrayEquals(new boolean[] {false, false}, plan[0]);
        assertArrayEquals(new boolean[] {false, false}, plan[1]);
    }

    @Test
    void theGreedyWorksThePlannedWeekendsWholeAndLeavesTheOthersOff() {
        // both weekends are needed, A may work one: without a plan the greedy takes the first it meets, with the
        // plan it works weekend 1, both days, and keeps every rule
        CqInstance in = instance(2, "A,E=14,960,960,5,2,2,1\n",
                weekendCover(new int[] {1, 1}, new int[] {1, 1}), "");
        int[] row = CqGreedy.build(in, new boolean[][] {{false, true}}).toArray()[0];
        int[] expected = new int[14];
        java.util.Arrays.fill(expected, OFF);
        expected[12] = 0;
        expected[13] = 0;
        assertArrayEquals(expected, row);
        assertTrue(CqEvaluator.evaluate(in, new CqRoster(new int[][] {row})).feasible());
        int[] unplanned = CqGreedy.build(in).toArray()[0];
        assertEquals(0, unplanned[5]);
        assertEquals(0, unplanned[6]);
    }

    @Test
    void bestResponsesFollowThePlanWhenItCostsNothingElse() {
        // no cover at all: working weekend 0 or 1 costs the same, so only the plan's penalty tells them apart; a
        // two-week window may move both shifts to the planned weekend, the only row that pays no penalty
        CqInstance in = instance(2, "A,E=14,960,960,5,1,1,1\n", "", "");
        int[] start = new int[14];
        java.util.Arrays.fill(start, OFF);
        start[5] = 0;
        start[6] = 0;
        CqRoster from = new CqRoster(new int[][] {start});
        assertEquals(0, CqEvaluator.objective(in, from));
        CqRoster planned = CqWindows.bestResponses(in, from, 2, Long.MAX_VALUE, Integer.MAX_VALUE,
                new boolean[][] {{false, true}}, 150);
        int[] expected = new int[14];
        java.util.Arrays.fill(expected, OFF);
        expected[12] = 0;
        expected[13] = 0;
        assertArrayEquals(expected, planned.toArray()[0]);
    }
}
