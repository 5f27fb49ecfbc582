package org.staffcast.solver.model;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.Arrays;

/**
 * Agents required per queue in one grid interval (global index from the horizon start), with each queue's
 * priority (the weight of its shortage). Queues are numbered as in {@link Roster#getQueueIds()}.
 */
public record IntervalDemand(@PlanningId Integer interval, int[] required, int[] priority) {

    public int queueCount() {
        return required.length;
    }

    public WorkSlot placeholder() {
        return new WorkSlot(interval, WorkSlot.NOBODY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalDemand d && d.interval.equals(interval);
    }

    @Override
    public int hashCode() {
        return interval;
    }

    @Override
    public String toString() {
        return "IntervalDemand[" + interval + ", " + Arrays.toString(required) + "]";
    }
}
