package org.staffcast.solver.cq;

/** Hard-penalty units shared by the evaluator and the constraints. */
public final class CqPenalties {

    /**
     * Hard penalty of one unit of a day-level rule (a fixed day off worked, a forbidden succession, one shift over a
     * type maximum, one day too many or too few in a run, one weekend too many): 8, as much as 8 started hours of
     * total-minutes violation, so that adding or removing one 8-hour shift is weighed like breaking one day rule.
     */
    public static final int DAY = 8;

    private CqPenalties() {
    }

    /**
     * Penalty for {@code minutes} above the maximum or below the minimum total: started hours, {@code ⌈m/60⌉}, so
     * that one missing or extra 8-hour shift weighs about as much as a few broken day-level rules.
     */
    public static int minutes(long minutes) {
        return Math.toIntExact((minutes + 59) / 60);
    }
}
