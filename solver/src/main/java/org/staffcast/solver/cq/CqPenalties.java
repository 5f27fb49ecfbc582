package org.staffcast.solver.cq;

/** Hard-penalty units shared by the evaluator and the constraints. */
public final class CqPenalties {

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
