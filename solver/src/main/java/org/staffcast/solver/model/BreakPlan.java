package org.staffcast.solver.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a shift's breaks go, independent of the shift: offset {@code k} of rule {@code i} (0..STEPS-1) puts that
 * break at position {@code round(k × (P−1) / (STEPS−1))} of its {@code P} grid positions inside its window. So every
 * plan is valid for every shift (breaks never leave their windows) and a move that changes the plan moves breaks.
 */
public record BreakPlan(int index, int[] offsets) {

    /** Distinct offsets per rule: earliest, latest and evenly spread positions between. */
    public static final int STEPS = 5;

    /** All {@code STEPS^MAX_BREAK_RULES} plans, index 0 being "every break at the middle of its window" first. */
    public static List<BreakPlan> all() {
        List<BreakPlan> plans = new ArrayList<>();
        int n = (int) Math.pow(STEPS, Template.MAX_BREAK_RULES);
        int mid = STEPS / 2;
        for (int i = 0; i < n; i++) {
            int[] off = new int[Template.MAX_BREAK_RULES];
            int rest = i;
            for (int r = 0; r < off.length; r++) {
                off[r] = (rest % STEPS + mid) % STEPS;
                rest /= STEPS;
            }
            plans.add(new BreakPlan(i, off));
        }
        return List.copyOf(plans);
    }

    /** Position (0..positions-1) of rule {@code rule}'s break. */
    public int position(int rule, int positions) {
        if (positions <= 1) {
            return 0;
        }
        return Math.round((float) offsets[rule] * (positions - 1) / (STEPS - 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BreakPlan p && p.index == index;
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return "BreakPlan" + index;
    }
}
