package org.staffcast.forecasting.history;

import org.staffcast.forecasting.io.CsvFields;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.staffcast.forecasting.time.Interval;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Zones;

/**
 * Reads contact history CSV files into a {@link ContactHistory}.
 *
 * <p>Two layouts, recognised by the header (column order free, extra columns ignored, names case-insensitive):
 * <ul>
 *   <li>interval history {@code queue,interval_start,offered,handled,abandoned,aht_seconds}: {@code handled},
 *       {@code abandoned} and {@code aht_seconds} may be empty or absent; {@code interval_start} is ISO-8601 with
 *       an offset or {@code Z}. Intervals without a row are missing (not zero).</li>
 *   <li>raw contact records {@code queue,arrived_at[,handle_seconds]}: one row per contact, counted into the
 *       grid interval that contains {@code arrived_at}; AHT is the mean {@code handle_seconds}. Intervals between
 *       a queue's first and last contact with no contact are zero (the record stream was observed).</li>
 * </ul>
 *
 * <p>The site zone is the given one, else inferred from the offsets in the data: one offset gives that fixed
 * offset ({@code Z}: UTC); several offsets (a DST change) give the IANA zone whose offsets match every row,
 * preferring common zones. A row whose offset disagrees with the zone is an error ({@code Z} rows always
 * fit). The interval length is the given one, else the largest of 60, 30, 15 minutes that divides every gap
 * between starts and every start's minute of the local day (raw records: 15).
 *
 * <p>Errors throw {@link HistoryFormatException} naming the line: an empty file, a bad header, unparseable
 * values, negative numbers, a start not on the grid, a duplicate queue and interval, a wrong offset.
 */
public final class HistoryCsvReader {

    private final String fileName;
    private final ZoneId zone;
    private final Integer intervalMinutes;

    /**
     * @param fileName        used in error messages
     * @param zone            the site zone, or null to infer it from the data
     * @param intervalMinutes 15, 30 or 60, or null to infer it from the data
     */
    public HistoryCsvReader(String fileName, ZoneId zone, Integer intervalMinutes) {
        this.fileName = fileName;
        this.zone = zone;
        if (intervalMinutes != null && !IntervalGrid.ALLOWED_MINUTES.contains(intervalMinutes)) {
            throw new IllegalArgumentException("interval length must be 15, 30 or 60 minutes, not " + intervalMinutes);
        }
        this.intervalMinutes = intervalMinutes;
    }

    /** Reads {@code file} (UTF-8) with zone and interval length inferred unless given (null). */
    public static ContactHistory read(Path file, ZoneId zone, Integer intervalMinutes) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new HistoryCsvReader(file.toString(), zone, intervalMinutes).read(r);
        }
    }

    private record Row(int line, String queue, OffsetDateTime at, boolean utc, double offered, double handled,
            double abandoned, double aht) {
    }

    /** Reads a whole CSV document. */
    public ContactHistory read(Reader in) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String header = reader.readLine();
        int lineNo = 1;
        while (header != null && header.strip().isEmpty()) {
            header = reader.readLine();
            lineNo++;
        }
        if (header == null) {
            throw error(1, "empty file: expected a header 'queue,interval_start,offered,handled,abandoned,aht_seconds'"
                    + " or 'queue,arrived_at,handle_seconds'");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> cols = CsvFields.split(header);
        Map<String, Integer> col = new HashMap<>();
        for (int c = 0; c < cols.size(); c++) {
            col.putIfAbsent(cols.get(c).strip().toLowerCase(Locale.ROOT), c);
        }
        boolean raw;
        if (col.containsKey("queue") && col.containsKey("interval_start") && col.containsKey("offered")) {
            raw = false;
        } else if (col.containsKey("queue") && col.containsKey("arrived_at")) {
            raw = true;
        } else {
            throw error(lineNo, "header must have columns queue,interval_start,offered[,handled,abandoned,aht_seconds]"
                    + " or queue,arrived_at[,handle_seconds], found '" + header.strip() + "'");
        }
        int cQueue = col.get("queue");
        int cStart = col.getOrDefault(raw ? "arrived_at" : "interval_start", -1);
        int cOffered = col.getOrDefault("offered", -1);
        int cHandled = col.getOrDefault("handled", -1);
        int cAbandoned = col.getOrDefault("abandoned", -1);
        int cAht = col.getOrDefault(raw ? "handle_seconds" : "aht_seconds", -1);
        int needed = Math.max(cQueue, raw ? cStart : Math.max(cStart, cOffered)) + 1;

        List<Row> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.strip().isEmpty()) {
                continue;
            }
            List<String> f = CsvFields.split(line);
            if (f.size() < needed) {
                throw error(lineNo, "expected at least " + needed + " columns, found " + f.size());
            }
            String queue = f.get(cQueue).strip();
            if (queue.isEmpty()) {
                throw error(lineNo, "empty queue name");
            }
            String startText = f.get(cStart).strip();
            OffsetDateTime at;
            try {
                at = OffsetDateTime.parse(startText);
            } catch (DateTimeParseException e) {
                throw error(lineNo, "unparseable " + (raw ? "arrived_at" : "interval_start") + " '" + startText
                        + "' (expected ISO-8601 with offset, e.g. 2025-03-03T09:15+01:00)");
            }
            boolean utc = startText.endsWith("Z") || startText.endsWith("z");
            if (raw) {
                double handle = number(f, cAht, lineNo, "handle_seconds", false);
                rows.add(new Row(lineNo, queue, at, utc, 1, Double.NaN, Double.NaN, handle));
            } else {
                rows.add(new Row(lineNo, queue, at, utc, number(f, cOffered, lineNo, "offered", true),
                        number(f, cHandled, lineNo, "handled", false), number(f, cAbandoned, lineNo, "abandoned", false),
                        number(f, cAht, lineNo, "aht_seconds", false)));
            }
        }
        if (rows.isEmpty()) {
            throw error(lineNo, "no data rows after the header");
        }
        ZoneId z = zone != null ? zone : inferZone(rows);
        for (Row r : rows) {
            if (!r.utc && !r.at.getOffset().equals(z.getRules().getOffset(r.at.toInstant()))) {
                throw error(r.line, "offset " + r.at.getOffset() + " of " + r.at + " does not match time zone " + z
                        + " (" + z.getRules().getOffset(r.at.toInstant()) + " at that instant); give the site zone"
                        + " with --tz");
            }
        }
        int minutes = intervalMinutes != null ? intervalMinutes : raw ? 15 : inferMinutes(rows, z);
        IntervalGrid grid = new IntervalGrid(z, minutes);
        return new ContactHistory(grid, raw ? aggregate(rows, grid) : intervals(rows, grid));
    }

    private List<ContactRecord> intervals(List<Row> rows, IntervalGrid grid) {
        Map<String, Map<Instant, Integer>> seen = new HashMap<>();
        List<ContactRecord> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Instant start = r.at.toInstant();
            Interval iv = grid.intervalContaining(start);
            if (!iv.start().equals(start)) {
                throw error(r.line, "interval_start " + r.at + " is not on the " + grid.minutes()
                        + "-minute grid of " + grid.zone() + " (nearest interval starts at "
                        + iv.start().atZone(grid.zone()).toOffsetDateTime() + ")");
            }
            Integer first = seen.computeIfAbsent(r.queue, q -> new HashMap<>()).putIfAbsent(start, r.line);
            if (first != null) {
                throw error(r.line, "duplicate row for queue " + r.queue + " at " + r.at + " (first at line " + first
                        + ")");
            }
            out.add(new ContactRecord(r.queue, start, r.offered, r.handled, r.abandoned, r.aht));
        }
        return out;
    }

    /** Counts raw contacts per queue and interval; intervals between a queue's first and last contact are zero. */
    private static List<ContactRecord> aggregate(List<Row> rows, IntervalGrid grid) {
        Map<String, TreeMap<Instant, double[]>> acc = new TreeMap<>();
        for (Row r : rows) {
            Instant start = grid.intervalContaining(r.at.toInstant()).start();
            double[] a = acc.computeIfAbsent(r.queue, q -> new TreeMap<>()).computeIfAbsent(start, s -> new double[3]);
            a[0] += 1;
            if (!Double.isNaN(r.aht)) {
                a[1] += r.aht;
                a[2] += 1;
            }
        }
        List<ContactRecord> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Instant, double[]>> e : acc.entrySet()) {
            Instant s = e.getValue().firstKey();
            Instant last = e.getValue().lastKey();
            while (!s.isAfter(last)) {
                double[] a = e.getValue().get(s);
                if (a == null) {
                    out.add(new ContactRecord(e.getKey(), s, 0, 0, Double.NaN, Double.NaN));
                } else {
                    double aht = a[2] > 0 ? a[1] / a[2] : Double.NaN;
                    out.add(new ContactRecord(e.getKey(), s, a[0], a[2] > 0 ? a[2] : Double.NaN, Double.NaN, aht));
                }
                s = grid.intervalContaining(s).end();
            }
        }
        return out;
    }

    private ZoneId inferZone(List<Row> rows) {
        List<OffsetDateTime> times = new ArrayList<>();
        for (Row r : rows) {
            if (!r.utc) {
                times.add(r.at);
            }
        }
        return Zones.fromOffsets(times).orElseThrow(() -> error(rows.getFirst().line, "the offsets in the data"
                + " match no time zone; give the site zone with --tz"));
    }

    private static int inferMinutes(List<Row> rows, ZoneId zone) {
        Map<String, List<Long>> starts = new HashMap<>();
        long g = 0;
        for (Row r : rows) {
            long epochMin = r.at.toEpochSecond() / 60;
            starts.computeIfAbsent(r.queue, q -> new ArrayList<>()).add(epochMin);
            ZonedDateTime local = r.at.atZoneSameInstant(zone);
            g = gcd(g, local.getHour() * 60L + local.getMinute());
            if (r.at.getSecond() != 0 || r.at.getNano() != 0) {
                g = 1;
            }
        }
        for (List<Long> s : starts.values()) {
            s.sort(null);
            for (int i = 1; i < s.size(); i++) {
                g = gcd(g, s.get(i) - s.get(i - 1));
            }
        }
        if (g == 0) {
            return 15;
        }
        return g % 60 == 0 ? 60 : g % 30 == 0 ? 30 : 15;
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private double number(List<String> f, int c, int line, String name, boolean required) {
        String s = c < 0 || c >= f.size() ? "" : f.get(c).strip();
        if (s.isEmpty()) {
            if (required) {
                throw error(line, "missing " + name);
            }
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(line, "unparseable " + name + " '" + s + "'");
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw error(line, "unparseable " + name + " '" + s + "'");
        }
        if (v < 0) {
            throw error(line, "negative " + name + " " + s);
        }
        return v;
    }

    private HistoryFormatException error(int line, String what) {
        return new HistoryFormatException(fileName, line, what);
    }
}
