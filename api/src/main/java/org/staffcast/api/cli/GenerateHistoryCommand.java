package org.staffcast.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.staffcast.forecasting.generate.HistoryGenerator;
import org.staffcast.forecasting.generate.HistorySpec;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.io.HistoryCsv;
import org.staffcast.forecasting.time.IntervalGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code staffcast generate-history}: seeded, realistic contact history as CSV. */
@Command(name = "generate-history", mixinStandardHelpOptions = true,
        description = "Write realistic, seeded contact history (double peak, weekly pattern, trend, holidays, DST).")
public final class GenerateHistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--queues", defaultValue = "3", paramLabel = "N",
            description = "Number of queues (voice, chat, email, voice, ...). Default: 3.")
    int queues;

    @Option(names = "--weeks", defaultValue = "26", paramLabel = "N", description = "Weeks of history. Default: 26.")
    int weeks;

    @Option(names = "--interval-minutes", defaultValue = "15", paramLabel = "N",
            description = "Interval length 15, 30 or 60. Default: 15.")
    int intervalMinutes;

    @Option(names = "--tz", defaultValue = "UTC", paramLabel = "ZONE", description = "Site time zone. Default: UTC.")
    String tz;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed. Default: 1.")
    long seed;

    @Option(names = "--end", paramLabel = "DATE",
            description = "Day after the last history day (YYYY-MM-DD). Default: this week's Monday, so the "
                    + "history ends last Sunday.")
    String end;

    @Option(names = "--holidays-out", paramLabel = "FILE",
            description = "Also write the holidays of the generated range and the year after ('date,name').")
    Path holidaysOut;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "History CSV to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ZoneId zone = IntervalGrid.zone(tz);
        LocalDate endDate;
        if (end == null) {
            endDate = HistorySpec.mondayOnOrBefore(LocalDate.now(zone));
        } else {
            try {
                endDate = LocalDate.parse(end);
            } catch (DateTimeParseException e) {
                throw new CliException("--end: '" + end + "' is not a date YYYY-MM-DD");
            }
        }
        HistorySpec hs;
        try {
            hs = new HistorySpec(queues, weeks, intervalMinutes, zone, seed, endDate);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        ContactHistory h = HistoryGenerator.generate(hs);
        HistoryCsv.write(h, out);
        SpecialDays holidays = HistoryGenerator.holidays(hs);
        if (holidaysOut != null) {
            HistoryCsv.writeSpecialDays(holidays, holidaysOut);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s: %,d rows, queues %s, %s .. %s, %d-minute intervals in %s, seed %d%n", out, h.size(),
                String.join(", ", h.queues()), hs.start(), hs.endExclusive().minusDays(1), intervalMinutes, zone, seed);
        long inRange = holidays.days().keySet().stream()
                .filter(d -> !d.isBefore(hs.start()) && d.isBefore(hs.endExclusive())).count();
        o.printf("holidays in the history: %d%s%n", inRange, holidaysOut == null ? "" : " (all written to " + holidaysOut
                + ")");
        o.flush();
        return 0;
    }
}
