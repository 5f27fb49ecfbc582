package org.staffcast.forecasting.staffing;

import java.util.List;

/** Deferred work (email, back office): backlog staffing with response-time deadlines. */
public final class DeferredWork {

    private DeferredWork() {
    }

    static List<StaffingRequirement> requirements(List<IntervalDemand> demand, QueueConfig queue) {
        throw new UnsupportedOperationException("deferred work: in progress");
    }

    static List<ServiceOutcome> project(List<IntervalDemand> demand, QueueConfig queue, int[] agents) {
        throw new UnsupportedOperationException("deferred work: in progress");
    }
}
