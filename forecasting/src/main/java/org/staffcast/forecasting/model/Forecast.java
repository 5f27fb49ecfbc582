package org.staffcast.forecasting.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.staffcast.forecasting.time.IntervalGrid;

/**
 * A base forecast: per queue, per interval of {@code grid}, a {@link ForecastRow}. Rows are kept sorted by queue
 * then interval start; every row starts on the grid.
 */
public record Forecast(IntervalGrid grid, List<ForecastRow> rows) {

    public Forecast {
        Objects.requireNonNull(grid, "grid");
        List<ForecastRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(ForecastRow::queue).thenComparing(ForecastRow::intervalStart));
        for (int i = 0; i < sorted.size(); i++) {
            ForecastRow r = sorted.get(i);
            if (!grid.isIntervalStart(r.intervalStart())) {
                throw new IllegalArgumentException(r.intervalStart() + " is not an interval start of " + grid);
            }
            if (i > 0 && sorted.get(i - 1).queue().equals(r.queue())
                    && sorted.get(i - 1).intervalStart().equals(r.intervalStart())) {
                throw new IllegalArgumentException("two forecast rows for " + r.queue() + " at " + r.intervalStart());
            }
        }
        rows = List.copyOf(sorted);
    }

    /** Queue names in order. */
    public List<String> queues() {
        return rows.stream().map(ForecastRow::queue).distinct().toList();
    }

    /** The rows of one queue in time order (empty when the queue is not forecast). */
    public List<ForecastRow> rows(String queue) {
        return rows.stream().filter(r -> r.queue().equals(queue)).toList();
    }

    /** The model used per queue (the model of its first row). */
    public Map<String, String> modelByQueue() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ForecastRow r : rows) {
            out.putIfAbsent(r.queue(), r.model());
        }
        return out;
    }

    /** Earliest interval start, or null for an empty forecast. */
    public Instant start() {
        return rows.stream().map(ForecastRow::intervalStart).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Sum of forecast volume of a queue. */
    public double totalVolume(String queue) {
        return rows.stream().filter(r -> r.queue().equals(queue)).mapToDouble(ForecastRow::volume).sum();
    }
}
