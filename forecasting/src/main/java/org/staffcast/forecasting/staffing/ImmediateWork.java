package org.staffcast.forecasting.staffing;

/**
 * Voice and chat staffing of one interval: Erlang C, or Erlang A when the queue has a patience, on the agents'
 * slots ({@link ChatConcurrency}; one slot per agent for voice).
 */
final class ImmediateWork {

    private ImmediateWork() {
    }

    /** Smallest productive agents meeting the queue's target and occupancy cap in this interval. */
    static int agentsFor(IntervalDemand d, QueueConfig q) {
        if (d.volume() == 0) {
            return 0;
        }
        double lambda = d.arrivalRatePerSecond();
        double aht = d.ahtSeconds();
        double load = d.loadErlangs();
        int slots = switch (q.target()) {
            case ServiceTarget.ServiceLevel sl -> q.patienceSeconds().isPresent()
                    ? ErlangA.agentsForServiceLevel(lambda, aht, q.patienceSeconds().getAsDouble(), sl.fraction(),
                            sl.seconds(), q.maxOccupancy())
                    : ErlangC.agentsForServiceLevel(load, aht, sl.fraction(), sl.seconds(), q.maxOccupancy());
            case ServiceTarget.AverageSpeedOfAnswer asa -> q.patienceSeconds().isPresent()
                    ? ErlangA.agentsForAsa(lambda, aht, q.patienceSeconds().getAsDouble(), asa.seconds(),
                            q.maxOccupancy())
                    : ErlangC.agentsForAsa(load, aht, asa.seconds(), q.maxOccupancy());
            case ServiceTarget.ResponseTime rt -> throw new IllegalArgumentException(
                    "queue " + q.name() + ": a response-time target is for EMAIL/BACKOFFICE queues");
        };
        return ChatConcurrency.agentsForSlots(slots, q.concurrency());
    }

    /** Service of {@code agents} productive agents in this interval. */
    static ServiceOutcome outcome(IntervalDemand d, QueueConfig q, int agents) {
        double threshold = q.target().thresholdSeconds();
        if (d.volume() == 0) {
            return new ServiceOutcome(0, 1, 0, 0, 0);
        }
        int slots = ChatConcurrency.slots(agents, q.concurrency());
        if (q.patienceSeconds().isPresent()) {
            return ErlangA.evaluate(slots, d.arrivalRatePerSecond(), d.ahtSeconds(),
                    q.patienceSeconds().getAsDouble(), threshold);
        }
        if (slots == 0) {
            return new ServiceOutcome(1, 0, Double.POSITIVE_INFINITY, 0, 0);
        }
        return ErlangC.evaluate(slots, d.loadErlangs(), d.ahtSeconds(), threshold);
    }
}
