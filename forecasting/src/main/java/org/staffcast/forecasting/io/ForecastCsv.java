package org.staffcast.forecasting.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.staffcast.forecasting.history.HistoryFormatException;
import org.staffcast.forecasting.model.Forecast;
import org.staffcast.forecasting.model.ForecastRow;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Zones;

/**
 * The forecast CSV: header {@code queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model}, one row
 * per queue per interval, {@code interval_start} ISO-8601 local time with the site zone's offset (e.g.
 * {@code 2025-03-30T03:00+02:00}); volumes with up to 3 decimals, {@code aht_seconds} with 1 decimal or empty
 * when unknown.
 */
public final class ForecastCsv {

    public static final String HEADER = "queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model";

    private ForecastCsv() {
    }

    /** Writes {@code forecast} to {@code out} with offsets of the forecast grid's zone. */
    public static void write(Forecast forecast, Writer out) throws IOException {
        ZoneId zone = forecast.grid().zone();
        StringBuilder sb = new StringBuilder(64 * (forecast.rows().size() + 1));
        sb.append(HEADER).append('\n');
        for (ForecastRow r : forecast.rows()) {
            sb.append(CsvFields.quote(r.queue())).append(',')
                    .append(r.intervalStart().atZone(zone).toOffsetDateTime()).append(',')
                    .append(num(r.volume(), 3)).append(',')
                    .append(num(r.volumeLo80(), 3)).append(',')
                    .append(num(r.volumeHi80(), 3)).append(',')
                    .append(r.hasAht() ? num(r.ahtSeconds(), 1) : "").append(',')
                    .append(CsvFields.quote(r.model())).append('\n');
            if (sb.length() > 1 << 16) {
                out.write(sb.toString());
                sb.setLength(0);
            }
        }
        out.write(sb.toString());
        out.flush();
    }

    /** Writes {@code forecast} to {@code file} (UTF-8, replaced if present). */
    public static void write(Forecast forecast, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(forecast, w);
        }
    }

    /**
     * Reads a forecast CSV. {@code zone} is the site zone, or null to infer it from the offsets
     * ({@link Zones#fromOffsets}: one offset gives that fixed offset, a DST change the matching IANA zone). The interval length is the
     * smallest gap between starts of a queue that is 15, 30 or 60 minutes (60 for a single row).
     * Errors name the line: {@code file:line: what}.
     */
    public static Forecast read(Path file, ZoneId zone) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), zone);
        }
    }

    /** Reads a forecast CSV document; {@code fileName} is used in error messages. */
    public static Forecast read(Reader in, String fileName, ZoneId zone) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String header = reader.readLine();
        if (header == null) {
            throw new HistoryFormatException(fileName, 1, "empty file: expected header " + HEADER);
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        String[] cols = header.strip().toLowerCase(Locale.ROOT).split(",", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int c = 0; c < cols.length; c++) {
            col.putIfAbsent(cols[c].strip(), c);
        }
        for (String need : HEADER.split(",")) {
            if (!col.containsKey(need)) {
                throw new HistoryFormatException(fileName, 1, "missing column " + need + " (expected " + HEADER + ")");
            }
        }
        List<ForecastRow> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        String line;
        int n = 1;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = CsvFields.split(line);
            if (f.size() < cols.length) {
                throw new HistoryFormatException(fileName, n, "expected " + cols.length + " columns, found " + f.size());
            }
            OffsetDateTime at;
            String s = f.get(col.get("interval_start")).strip();
            try {
                at = OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                throw new HistoryFormatException(fileName, n, "unparseable interval_start '" + s + "'");
            }
            times.add(at);
            try {
                String aht = f.get(col.get("aht_seconds")).strip();
                rows.add(new ForecastRow(f.get(col.get("queue")).strip(), at.toInstant(),
                        parse(f.get(col.get("volume")), "volume"), parse(f.get(col.get("volume_lo80")), "volume_lo80"),
                        parse(f.get(col.get("volume_hi80")), "volume_hi80"),
                        aht.isEmpty() ? Double.NaN : parse(aht, "aht_seconds"), f.get(col.get("model")).strip()));
            } catch (IllegalArgumentException e) {
                throw new HistoryFormatException(fileName, n, e.getMessage());
            }
            lines.add(n);
        }
        if (rows.isEmpty()) {
            throw new HistoryFormatException(fileName, n, "no forecast rows after the header");
        }
        ZoneId z = zone != null ? zone : Zones.fromOffsets(times).orElseThrow(() -> new HistoryFormatException(
                fileName, 2, "the offsets in the file match no time zone; give the zone"));
        int minutes = 60;
        Map<String, Instant> last = new HashMap<>();
        for (ForecastRow r : rows) {
            Instant prev = last.put(r.queue(), r.intervalStart());
            if (prev != null) {
                long gap = Math.abs(r.intervalStart().getEpochSecond() - prev.getEpochSecond()) / 60;
                if ((gap == 15 || gap == 30) && gap < minutes) {
                    minutes = (int) gap;
                }
            }
        }
        IntervalGrid grid = new IntervalGrid(z, minutes);
        for (int i = 0; i < rows.size(); i++) {
            if (!grid.isIntervalStart(rows.get(i).intervalStart())) {
                throw new HistoryFormatException(fileName, lines.get(i), "interval_start "
                        + rows.get(i).intervalStart().atZone(z).toOffsetDateTime() + " is not on the " + minutes
                        + "-minute grid of " + z);
            }
        }
        try {
            return new Forecast(grid, rows);
        } catch (IllegalArgumentException e) {
            throw new HistoryFormatException(fileName, n, e.getMessage());
        }
    }

    private static double parse(String s, String name) {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unparseable " + name + " '" + s.strip() + "'");
        }
    }

    private static String num(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        double r = Math.round(v * scale) / scale;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return java.math.BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
    }
}
