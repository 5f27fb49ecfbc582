package org.staffcast.forecasting.staffing;

/**
 * How contacts reach a queue. {@link #VOICE} and {@link #CHAT} are immediate work (the customer waits on line and
 * is staffed with Erlang C/A); {@link #EMAIL} and {@link #BACKOFFICE} are deferred work (items wait in a backlog and
 * must be answered within a response time; staffed with {@link DeferredWork}).
 */
public enum Channel {
    VOICE,
    CHAT,
    EMAIL,
    BACKOFFICE;

    /** True for channels whose items wait in a backlog with a response-time deadline. */
    public boolean isDeferred() {
        return this == EMAIL || this == BACKOFFICE;
    }
}
