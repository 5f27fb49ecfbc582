package org.staffcast.forecasting.history;

import java.time.Instant;

/**
 * A run of consecutive grid intervals with no history for {@code queue}, between its first and last record:
 * {@code [from, to)}, {@code intervals} long. Gaps are unknown data (closed or not recorded), not zero demand.
 */
public record HistoryGap(String queue, Instant from, Instant to, int intervals) {
}
