package org.staffcast.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.HistoryCsvReader;
import org.staffcast.forecasting.history.HistoryGap;
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

    /** One summary line of the history: queues, range, grid, and missing intervals. */
    void describe(ContactHistory h, PrintWriter out) {
        List<HistoryGap> gaps = h.gaps();
        long missing = gaps.stream().mapToLong(HistoryGap::intervals).sum();
        out.printf("history: %s: %d queue%s, %,d intervals, %s .. %s, %d-minute intervals in %s%s%n", history,
                h.queues().size(), h.queues().size() == 1 ? "" : "s", h.size(), h.timeline().horizon().start(),
                h.timeline().horizon().lastDay(), h.grid().minutes(), h.grid().zone(),
                tz == null ? " (from the data; set with --tz)" : "");
        if (missing > 0) {
            HistoryGap longest = gaps.stream().max((a, b) -> Integer.compare(a.intervals(), b.intervals())).get();
            out.printf("missing: %,d intervals in %,d gaps (closed or not recorded: not read as zero); longest %s %s"
                    + " .. %s%n", missing, gaps.size(), longest.queue(),
                    longest.from().atZone(h.grid().zone()).toOffsetDateTime(),
                    longest.to().atZone(h.grid().zone()).toOffsetDateTime());
        }
    }
}
