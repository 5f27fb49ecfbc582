package org.staffcast.solver.constraints;

import org.staffcast.solver.coverage.SkillAllocation;
import org.staffcast.solver.coverage.SkillMix;
import org.staffcast.solver.model.IntervalDemand;

/** One interval's demand, the agents working it, and their optimal allocation to queues. */
public record IntervalCoverage(IntervalDemand demand, SkillMix mix, SkillAllocation.Result allocation) {

    public static IntervalCoverage of(Integer interval, SkillMix mix, IntervalDemand demand) {
        return new IntervalCoverage(demand, mix, mix.allocate(demand.required(), demand.priority()));
    }

    /** {@code Σ_q priority_q · shortage_q²}. */
    public long weightedSquaredShortage() {
        return allocation.weightedSquaredShortage(demand.priority());
    }

    public int idleAgents() {
        return allocation.idle();
    }
}
