package org.staffcast.forecasting.staffing;

import java.time.Duration;
import java.time.Instant;

/**
 * Agents needed on one queue in one interval, and the service the raw staffing is projected to give.
 *
 * @param queue          queue name
 * @param intervalStart  interval start (UTC)
 * @param length         interval length
 * @param volume         forecast contacts arriving in the interval
 * @param ahtSeconds     forecast average handle time
 * @param agentsRaw      agents that must be handling contacts (productive, after the occupancy cap)
 * @param agentsRequired agents to schedule: {@code ceil(agentsRaw / (1 - shrinkage))}
 * @param serviceLevel   projected fraction of contacts answered within the target time with {@code agentsRaw}
 *                       (for an ASA target: within the ASA seconds; for deferred work: fraction of the
 *                       interval's items answered within the deadline)
 * @param asaSeconds     projected average speed of answer of answered contacts (deferred work: mean response time)
 * @param occupancy      projected busy fraction of the {@code agentsRaw} agents
 * @param abandonRate    projected fraction of contacts abandoning (0 without patience, i.e. Erlang C)
 */
public record StaffingRequirement(
        String queue,
        Instant intervalStart,
        Duration length,
        double volume,
        double ahtSeconds,
        int agentsRaw,
        int agentsRequired,
        double serviceLevel,
        double asaSeconds,
        double occupancy,
        double abandonRate) {
}
