package org.staffcast.forecasting.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Staffing requirements: the forecast (volume and AHT per interval) of one queue turned into agents needed per
 * interval to meet the queue's service target, and the service a given staffing is projected to give.
 *
 * <p>This is the stable entry point the roster generator and the REST API call. The model per channel:
 * <ul>
 *   <li>VOICE without patience: Erlang C ({@link ErlangC}), minimum agents for the service-level or ASA target
 *       and the occupancy cap;</li>
 *   <li>VOICE with {@code patienceSeconds}: Erlang A ({@link ErlangA}, M/M/N+M), same targets;</li>
 *   <li>CHAT: the same queue with each agent offering {@code concurrency} slots ({@link ChatConcurrency});</li>
 *   <li>EMAIL, BACKOFFICE: deferred work ({@link DeferredWork}): every item answered within the response time,
 *       with the smallest peak of agents over the whole demand list.</li>
 * </ul>
 * Every channel then adds shrinkage: {@code agentsRequired = ceil(agentsRaw / (1 - shrinkage))}.
 *
 * <p>Intervals are independent for immediate channels (steady state per interval, the standard WFM assumption);
 * for deferred channels the list is one horizon in time order, because a backlog carries across intervals.
 * All methods are pure functions of their arguments and safe to call from many threads.
 */
public final class StaffingCalculator {

    private StaffingCalculator() {
    }

    /**
     * Agents required per interval of {@code demand} for {@code queue}, one requirement per demand entry in the
     * same order.
     *
     * @param demand intervals of one queue; for deferred channels in time order, contiguous, of equal length
     * @throws IllegalArgumentException if the demand is not in time order (deferred channels) or a load is beyond
     *                                  what the models accept
     */
    public static List<StaffingRequirement> requirements(List<IntervalDemand> demand, QueueConfig queue) {
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(queue, "queue");
        if (queue.channel().isDeferred()) {
            return DeferredWork.requirements(demand, queue);
        }
        List<StaffingRequirement> out = new ArrayList<>(demand.size());
        for (IntervalDemand d : demand) {
            int raw = ImmediateWork.agentsFor(d, queue);
            ServiceOutcome s = ImmediateWork.outcome(d, queue, raw);
            out.add(new StaffingRequirement(queue.name(), d.start(), d.length(), d.volume(), d.ahtSeconds(), raw,
                    withShrinkage(raw, queue.shrinkage()), s.serviceLevel(), s.asaSeconds(), s.occupancy(),
                    s.abandonRate()));
        }
        return out;
    }

    /**
     * Projected service per interval when {@code productiveAgents[i]} agents handle the queue's contacts in
     * interval {@code i} (agents actually on the queue, after breaks and absence: no shrinkage is applied).
     */
    public static List<ServiceOutcome> project(List<IntervalDemand> demand, QueueConfig queue, int[] productiveAgents) {
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(productiveAgents, "productiveAgents");
        if (productiveAgents.length != demand.size()) {
            throw new IllegalArgumentException("staffing has " + productiveAgents.length + " intervals, demand has "
                    + demand.size());
        }
        for (int i = 0; i < productiveAgents.length; i++) {
            if (productiveAgents[i] < 0) {
                throw new IllegalArgumentException("staffing at interval " + i + " is negative: " + productiveAgents[i]);
            }
        }
        if (queue.channel().isDeferred()) {
            return DeferredWork.project(demand, queue, productiveAgents);
        }
        List<ServiceOutcome> out = new ArrayList<>(demand.size());
        for (int i = 0; i < productiveAgents.length; i++) {
            out.add(ImmediateWork.outcome(demand.get(i), queue, productiveAgents[i]));
        }
        return out;
    }

    /** {@code ceil(raw / (1 - shrinkage))}, guarding against {@code 10 / 0.8 = 12.000000000000002}. */
    public static int withShrinkage(int raw, double shrinkage) {
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage " + shrinkage + " is not in [0, 1)");
        }
        if (raw < 0) {
            throw new IllegalArgumentException("raw agents " + raw + " is negative");
        }
        return (int) Math.ceil(raw / (1 - shrinkage) - 1e-9);
    }
}
