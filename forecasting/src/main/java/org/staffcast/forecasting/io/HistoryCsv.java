package org.staffcast.forecasting.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.ContactRecord;
import org.staffcast.forecasting.history.HistoryCsvReader;
import org.staffcast.forecasting.history.SpecialDays;

/**
 * Writes contact history in the format {@link HistoryCsvReader} reads:
 * {@code queue,interval_start,offered,handled,abandoned,aht_seconds}, starts with the site zone's offset,
 * unknown values empty. Also writes special days as {@code date,name}.
 */
public final class HistoryCsv {

    public static final String HEADER = "queue,interval_start,offered,handled,abandoned,aht_seconds";

    private HistoryCsv() {
    }

    public static void write(ContactHistory history, Writer out) throws IOException {
        ZoneId zone = history.grid().zone();
        StringBuilder sb = new StringBuilder(1 << 17);
        sb.append(HEADER).append('\n');
        for (String q : history.queues()) {
            String queue = CsvFields.quote(q);
            for (ContactRecord r : history.records(q)) {
                sb.append(queue).append(',').append(r.intervalStart().atZone(zone).toOffsetDateTime()).append(',')
                        .append(num(r.offered())).append(',').append(num(r.handled())).append(',')
                        .append(num(r.abandoned())).append(',').append(num(r.ahtSeconds())).append('\n');
                if (sb.length() > 1 << 16) {
                    out.write(sb.toString());
                    sb.setLength(0);
                }
            }
        }
        out.write(sb.toString());
        out.flush();
    }

    public static void write(ContactHistory history, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(history, w);
        }
    }

    /** Writes {@code date,name} lines with a header. */
    public static void writeSpecialDays(SpecialDays days, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("date,name\n");
        for (Map.Entry<LocalDate, String> e : days.days().entrySet()) {
            sb.append(e.getKey()).append(',').append(e.getValue().replace(',', ' ')).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
