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

    @Test
    void aWeekCanWorkAsManyDaysAsItsRunRulesAllow() {
        // MaxConsecutiveShifts, MinConsecutiveDaysOff: 5,2 -> XXXXX..; 6,2 -> XXXXXX.; 4,3 -> XXXX...;
        // 4,2 -> XXXX..X; 3,1 -> XXX.XXX; 6,1 -> XXXXXX., but two days fixed off leave it 5 in week 0
        CqInstance in = instance(2, "A,E=14,6720,0,5,1,2,2\nB,E=14,6720,0,6,1,2,2\nC,E=14,6720,0,4,1,3,2\n"
                + "D,E=14,6720,0,4,1,2,2\nE,E=14,6720,0,3,1,1,2\nF,E=14,6720,0,6,1,1,2\n", "",
                "SECTION_DAYS_OFF\nF,2,3\n");
        int[] expected = {5, 6, 4, 5, 6, 5};
        for (CqEmployee e : in.employees()) {
            assertEquals(expected[e.index()], CqWeekendPlan.daysInWeek(e, 0, in.horizon()), e.id());
        }
        assertEquals(6, CqWeekendPlan.daysInWeek(in.employees().get(5), 1, in.horizon()));
    }

    @Test
    void noMoreEmployeesArePlannedOnAWeekendThanItsWeekCanUse() {
        // two employees of five days a week, weekdays needing 8 shifts and the weekend 2 a day: a second employee
        // on the weekend works two weekdays fewer, so the week is no better; the plan puts one there, and the other
        // keeps its weekend for week 1, where it is short too
        StringBuilder cover = new StringBuilder();
        for (int d = 0; d < 5; d++) {
            cover.append(d).append(",E,").append(d < 3 ? 2 : 1).append(",100,1\n");
        }
        cover.append(weekendCover(new int[] {2, 2}, new int[] {1, 1}));
        String staff = "A,E=14,6720,0,5,1,2,1\nB,E=14,6720,0,5,1,2,1\n";
        CqInstance in = instance(2, staff, cover.toString(), "");
        int[] demand = new int[14];
        for (CqCover c : in.covers()) {
            demand[c.day()] += c.requirement();
        }
        assertEquals(1, CqWeekendPlan.useful(in, 0, demand)); // (5 + 5 - 8) / 2
        boolean[][] plan = CqWeekendPlan.plan(in);
        assertEquals(1, (plan[0][0] ? 1 : 0) + (plan[1][0] ? 1 : 0));
        assertEquals(1, (plan[0][1] ? 1 : 0) + (plan[1][1] ? 1 : 0));
    }
}
