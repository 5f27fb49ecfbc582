package org.staffcast.forecasting.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Timeline;

/**
 * Contact history of a site: per queue, per grid interval, a {@link ContactRecord}. Immutable.
 *
 * <p>Besides the records, the history exposes dense arrays on its {@link #timeline()} (every interval of every
 * local day from the first to the last record): {@link #offered(String)}, {@link #handled(String)} and
 * {@link #aht(String)} hold {@code NaN} where an interval has no record (missing: closed or not recorded).
 * Models work on these arrays.
 */
public final class ContactHistory {

    private final IntervalGrid grid;
    private final Map<String, List<ContactRecord>> byQueue;
    private final Timeline timeline;
    private final Map<String, double[][]> dense = new TreeMap<>();

    /**
     * @param grid    the site's time grid; every record must start on it
     * @param records any order; at most one record per queue and interval start; at least one record
     * @throws IllegalArgumentException for an empty list, an off-grid start or a duplicate
     */
    public ContactHistory(IntervalGrid grid, List<ContactRecord> records) {
        this.grid = Objects.requireNonNull(grid, "grid");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("contact history needs at least one record");
        }
        Map<String, List<ContactRecord>> map = new TreeMap<>();
        for (ContactRecord r : records) {
            map.computeIfAbsent(r.queue(), q -> new ArrayList<>()).add(r);
        }
        LocalDate first = null;
        LocalDate last = null;
        for (Map.Entry<String, List<ContactRecord>> e : map.entrySet()) {
            List<ContactRecord> list = e.getValue();
            list.sort(Comparator.comparing(ContactRecord::intervalStart));
            e.setValue(Collections.unmodifiableList(list));
            LocalDate a = grid.intervalContaining(list.getFirst().intervalStart()).date();
            LocalDate b = grid.intervalContaining(list.getLast().intervalStart()).date();
            first = first == null || a.isBefore(first) ? a : first;
            last = last == null || b.isAfter(last) ? b : last;
        }
        this.byQueue = Collections.unmodifiableMap(map);
        this.timeline = new Timeline(grid, new Horizon(first, (int) ChronoUnit.DAYS.between(first, last) + 1));
        for (Map.Entry<String, List<ContactRecord>> e : map.entrySet()) {
            int n = timeline.size();
            double[] offered = new double[n];
            double[] handled = new double[n];
            double[] aht = new double[n];
            Arrays.fill(offered, Double.NaN);
            Arrays.fill(handled, Double.NaN);
            Arrays.fill(aht, Double.NaN);
            ContactRecord prev = null;
            for (ContactRecord r : e.getValue()) {
                int i = timeline.indexOf(r.intervalStart());
                if (i < 0) {
                    throw new IllegalArgumentException("queue " + r.queue() + ": " + r.intervalStart()
                            + " is not the start of an interval of " + grid);
                }
                if (prev != null && prev.intervalStart().equals(r.intervalStart())) {
                    throw new IllegalArgumentException("queue " + r.queue() + ": two records at " + r.intervalStart());
                }
                offered[i] = r.offered();
                handled[i] = r.handled();
                aht[i] = r.ahtSeconds();
                prev = r;
            }
            dense.put(e.getKey(), new double[][] {offered, handled, aht});
        }
    }

    public IntervalGrid grid() {
        return grid;
    }

    /** Queue names, sorted. */
    public List<String> queues() {
        return List.copyOf(byQueue.keySet());
    }

    /** The records of {@code queue} in time order. */
    public List<ContactRecord> records(String queue) {
        List<ContactRecord> list = byQueue.get(queue);
        if (list == null) {
            throw new IllegalArgumentException("no history for queue '" + queue + "'");
        }
        return list;
    }

    /** Number of records over all queues. */
    public int size() {
        return byQueue.values().stream().mapToInt(List::size).sum();
    }

    /** Every interval of every local day from the first to the last record (of any queue). */
    public Timeline timeline() {
        return timeline;
    }

    /** Start of the last interval with a record, over all queues. */
    public Instant lastStart() {
        return byQueue.values().stream().map(l -> l.getLast().intervalStart()).max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** End of the last interval with a record: where a forecast starts. */
    public Instant end() {
        return grid.intervalContaining(lastStart()).end();
    }

    /** Offered volume on {@link #timeline()}, {@code NaN} where missing. The array is shared: do not modify. */
    public double[] offered(String queue) {
        return arrays(queue)[0];
    }

    /** Handled contacts on {@link #timeline()}, {@code NaN} where missing or unknown. Shared: do not modify. */
    public double[] handled(String queue) {
        return arrays(queue)[1];
    }

    /** AHT seconds on {@link #timeline()}, {@code NaN} where missing or unknown. Shared: do not modify. */
    public double[] aht(String queue) {
        return arrays(queue)[2];
    }

    /** True when some record of the queue has an AHT. */
    public boolean hasAht(String queue) {
        for (double v : aht(queue)) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private double[][] arrays(String queue) {
        double[][] a = dense.get(queue);
        if (a == null) {
            throw new IllegalArgumentException("no history for queue '" + queue + "'");
        }
        return a;
    }

    /** Runs of missing intervals of each queue between its first and last record, in queue then time order. */
    public List<HistoryGap> gaps() {
        List<HistoryGap> out = new ArrayList<>();
        for (String q : byQueue.keySet()) {
            double[] v = offered(q);
            int first = timeline.indexOf(byQueue.get(q).getFirst().intervalStart());
            int last = timeline.indexOf(byQueue.get(q).getLast().intervalStart());
            int i = first;
            while (i <= last) {
                if (Double.isNaN(v[i])) {
                    int j = i;
                    while (j <= last && Double.isNaN(v[j])) {
                        j++;
                    }
                    out.add(new HistoryGap(q, timeline.start(i), timeline.start(j), j - i));
                    i = j;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** The history restricted to records starting before {@code end} (for backtests); null when none are left. */
    public ContactHistory before(Instant end) {
        List<ContactRecord> kept = new ArrayList<>();
        for (List<ContactRecord> l : byQueue.values()) {
            for (ContactRecord r : l) {
                if (r.intervalStart().isBefore(end)) {
                    kept.add(r);
                }
            }
        }
        return kept.isEmpty() ? null : new ContactHistory(grid, kept);
    }
}
