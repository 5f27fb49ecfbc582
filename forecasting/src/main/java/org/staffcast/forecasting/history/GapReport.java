package org.staffcast.forecasting.history;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.staffcast.forecasting.time.Timeline;

/**
 * What is missing from a history, split the way a planner reads it: all missing intervals between each queue's
 * first and last record ({@code missing}, in {@code gaps} runs), and among them those in hours the queue is
 * otherwise open ({@code missingInOpenHours}: the weekday-slot has volume on some other day), which point at
 * holidays, outages or lost data rather than closed nights and weekends. {@code openHoursMissingByDate} counts
 * those per queue and local date.
 */
public record GapReport(long missing, int gaps, long missingInOpenHours,
        Map<String, Map<LocalDate, Integer>> openHoursMissingByDate) {

    /** Builds the report of {@code history}. */
    public static GapReport of(ContactHistory history) {
        List<HistoryGap> all = history.gaps();
        long missing = all.stream().mapToLong(HistoryGap::intervals).sum();
        Timeline tl = history.timeline();
        long inOpen = 0;
        Map<String, Map<LocalDate, Integer>> byDate = new TreeMap<>();
        for (String q : history.queues()) {
            double[] y = history.offered(q);
            boolean[] open = new boolean[tl.keyCount()];
            int first = -1;
            int last = -1;
            for (int i = 0; i < y.length; i++) {
                if (!Double.isNaN(y[i])) {
                    first = first < 0 ? i : first;
                    last = i;
                    if (y[i] > 0) {
                        open[tl.seasonalKey(i)] = true;
                    }
                }
            }
            Map<LocalDate, Integer> dates = new TreeMap<>();
            for (int i = first; i <= last; i++) {
                if (Double.isNaN(y[i]) && open[tl.seasonalKey(i)]) {
                    inOpen++;
                    dates.merge(tl.date(i), 1, Integer::sum);
                }
            }
            if (!dates.isEmpty()) {
                byDate.put(q, Collections.unmodifiableMap(dates));
            }
        }
        return new GapReport(missing, all.size(), inOpen, Collections.unmodifiableMap(byDate));
    }
}
