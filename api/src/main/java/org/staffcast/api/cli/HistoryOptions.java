package org.staffcast.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.HistoryCsvReader;
import org.staffcast.forecasting.history.GapReport;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.time.IntervalGrid;
import picocli.CommandLine.Option;

/** The history options shared by {@code forecast} and {@code backtest}: file, zone, interval length, holidays. */
final class HistoryOptions {

    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "Contact history CSV: queue,interval_start,offered[,handled,abandoned,aht_seconds] "
                    + "or raw records queue,arrived_at[,handle_seconds].")
    Path history;

    @Option(names = "--tz", paramLabel = "ZONE",
            description = "Site time zone (IANA id). Default: the offset(s) in the data, UTC for 'Z'.")
    String tz;

    @Option(names = "--interval-minutes", paramLabel = "N",
            description = "Interval length 15, 30 or 60. Default: inferred from the data (15 for raw records).")
    Integer intervalMinutes;

    @Option(names = "--holidays", paramLabel = "FILE", description = "Special days, 'date,name' lines.")
    Path holidays;

    ContactHistory readHistory() throws IOException {
        if (intervalMinutes != null && !IntervalGrid.ALLOWED_MINUTES.contains(intervalMinutes)) {
            throw new CliException("--interval-minutes: " + intervalMinutes + " is not 15, 30 or 60");
        }
        ZoneId zone = tz == null ? null : IntervalGrid.zone(tz);
        if (!Files.isRegularFile(history)) {
            throw new CliException(history + ": no such file");
        }
        return HistoryCsvReader.read(history, zone, intervalMinutes);
    }

    SpecialDays readHolidays() throws IOException {
        if (holidays == null) {
            return SpecialDays.NONE;
        }
        if (!Files.isRegularFile(holidays)) {
            throw new CliException(holidays + ": no such file");
        }
        return SpecialDays.read(holidays);
    }

    /** Summary lines of the history: queues, range, grid, and what is missing. */
    void describe(ContactHistory h, PrintWriter out) {
        out.printf("history: %s: %d queue%s, %,d intervals, %s .. %s, %d-minute intervals in %s%s%n", history,
                h.queues().size(), h.queues().size() == 1 ? "" : "s", h.size(), h.timeline().horizon().start(),
                h.timeline().horizon().lastDay(), h.grid().minutes(), h.grid().zone(),
                tz == null ? " (from the data; set with --tz)" : "");
        GapReport gaps = GapReport.of(h);
        if (gaps.missing() > 0) {
            out.printf("missing: %,d intervals in %,d gaps (absent rows: closed or not recorded, never read as zero);"
                    + " %,d of them in otherwise open hours%n", gaps.missing(), gaps.gaps(), gaps.missingInOpenHours());
            for (Map.Entry<String, Map<LocalDate, Integer>> e : gaps.openHoursMissingByDate().entrySet()) {
                List<String> worst = e.getValue().entrySet().stream()
                        .sorted((a, b) -> b.getValue().compareTo(a.getValue())).limit(6)
                        .map(d -> d.getKey() + " (" + d.getValue() + ")").toList();
                out.printf("  %s: open-hours gaps on %d day%s, most on %s%n", e.getKey(), e.getValue().size(),
                        e.getValue().size() == 1 ? "" : "s", String.join(", ", worst));
            }
        }
    }
}
