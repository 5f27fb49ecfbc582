package org.staffcast.solver.model;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.List;
import java.util.Set;

/**
 * An agent as the solver sees it. {@code queueMask} has bit {@code q} set when the agent has the skill of queue
 * {@code q}. {@code unavailable} holds half-open minute ranges {@code [from, to)} in elapsed minutes from the
 * horizon start (time off and hours outside the weekly availability); a shift may not overlap any of them.
 * {@code preferredStartFrom/To} are local minutes of day (-1 when the agent has no preference).
 */
public record Agent(@PlanningId String id, int index, String name, String team, ContractRules contract,
                    int queueMask, List<int[]> unavailable, Set<Integer> dayOffRequests,
                    int preferredStartFrom, int preferredStartTo) {

    public Agent {
        unavailable = List.copyOf(unavailable);
        dayOffRequests = Set.copyOf(dayOffRequests);
    }

    /** True when the shift overlaps none of the agent's unavailable ranges. */
    public boolean isAvailableFor(Shift shift) {
        int s = shift.startMinute();
        int e = shift.endMinute();
        for (int[] r : unavailable) {
            if (s < r[1] && r[0] < e) {
                return false;
            }
        }
        return true;
    }

    public boolean hasStartPreference() {
        return preferredStartFrom >= 0;
    }

    /** Minutes the local start lies outside the preferred start window (0 inside or without a preference). */
    public int minutesOutsidePreferredStart(Shift shift) {
        if (!hasStartPreference()) {
            return 0;
        }
        int t = shift.localStartMinute();
        if (t < preferredStartFrom) {
            return preferredStartFrom - t;
        }
        return t > preferredStartTo ? t - preferredStartTo : 0;
    }

    @Override
    public String toString() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agent a && a.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
