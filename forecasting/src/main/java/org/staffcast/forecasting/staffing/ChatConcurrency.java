package org.staffcast.forecasting.staffing;

/**
 * Chat concurrency: an agent works up to {@code c} chats at once.
 *
 * <p>Model ("slot model"): each agent offers {@code c} independent chat slots, and the queue is an Erlang C (or,
 * with patience, Erlang A) system whose servers are the {@code N c} slots. The handle time used is the forecast
 * {@code aht_seconds} of the chat queue, which is the duration of a chat from assignment to close <em>as measured
 * while agents work at concurrency c</em> — what chat platforms report — so the slowdown an agent suffers from
 * juggling several chats (the effective handle time of one chat grows with concurrency) is already inside it.
 * The agents needed are {@code ceil(slots / c)}, the occupancy is the busy fraction of the slots.
 *
 * <p>Source: the slot model is the standard WFM treatment of chat (each agent as several servers with a
 * concurrency-dependent service time), a special case of the multi-server models with agent-level service rates
 * depending on the number of chats in service studied by Tezcan &amp; Zhang, "Routing and staffing in customer
 * service chat systems with impatient customers", Operations Research 62(4), 2014. Our simplification: the
 * per-chat rate is taken as constant at the configured concurrency (agents are assumed to run at full concurrency
 * when chats wait), which is conservative when agents are less loaded.
 */
public final class ChatConcurrency {

    private ChatConcurrency() {
    }

    /** Chat slots offered by {@code agents} agents at concurrency {@code c}. */
    public static int slots(int agents, int concurrency) {
        requireConcurrency(concurrency);
        return Math.multiplyExact(agents, concurrency);
    }

    /** Agents needed to offer {@code slots} slots: {@code ceil(slots / c)}. */
    public static int agentsForSlots(int slots, int concurrency) {
        requireConcurrency(concurrency);
        return (slots + concurrency - 1) / concurrency;
    }

    private static void requireConcurrency(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency " + concurrency + " is below 1");
        }
    }
}
