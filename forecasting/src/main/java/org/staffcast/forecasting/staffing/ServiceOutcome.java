package org.staffcast.forecasting.staffing;

/**
 * Projected service of a given staffing in one interval.
 *
 * @param probabilityOfWait fraction of contacts that must wait (0 for deferred work)
 * @param serviceLevel      fraction of offered contacts answered within the target time (deferred: within the
 *                          deadline; for an ASA target: within the ASA seconds)
 * @param asaSeconds        mean wait of answered contacts (deferred: mean response time); infinite when the
 *                          queue is unstable (Erlang C with load at or above the agents)
 * @param occupancy         busy fraction of the agents (for chat: of their chat slots)
 * @param abandonRate       fraction of offered contacts that abandon (0 for Erlang C)
 */
public record ServiceOutcome(
        double probabilityOfWait, double serviceLevel, double asaSeconds, double occupancy, double abandonRate) {
}
