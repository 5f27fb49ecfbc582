package org.staffcast.solver.cq;

/** The request part of the objective as a lookup table, shared by the incremental score and the row moves. */
final class CqRequestCosts {

    private CqRequestCosts() {
    }

    /**
     * {@code table[e][d][value + 1]}: the on/off request cost of employee {@code e} working {@code value} ({@code OFF}
     * = −1) on day {@code d} — an on-request costs its weight unless exactly its shift is worked, an off-request
     * costs its weight when its shift is worked.
     */
    static int[][][] table(CqInstance instance) {
        int types = instance.shiftTypes().size();
        int[][][] cost = new int[instance.employees().size()][instance.horizon()][types + 1];
        for (CqRequest r : instance.onRequests()) {
            for (int v = CqRoster.OFF; v < types; v++) {
                if (v != r.shiftType()) {
                    cost[r.employee()][r.day()][v + 1] += r.weight();
                }
            }
        }
        for (CqRequest r : instance.offRequests()) {
            cost[r.employee()][r.day()][r.shiftType() + 1] += r.weight();
        }
        return cost;
    }
}
