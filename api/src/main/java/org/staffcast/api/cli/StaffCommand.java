package org.staffcast.api.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.staffcast.api.staffing.QueueConfigJson;
import org.staffcast.forecasting.io.ForecastCsv;
import org.staffcast.forecasting.model.Forecast;
import org.staffcast.forecasting.model.ForecastRow;
import org.staffcast.forecasting.staffing.IntervalDemand;
import org.staffcast.forecasting.staffing.QueueConfig;
import org.staffcast.forecasting.staffing.StaffingCalculator;
import org.staffcast.forecasting.staffing.StaffingRequirement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Forecast CSV + queue configuration JSON -> staffing requirements CSV. */
@Command(name = "staff", mixinStandardHelpOptions = true,
        description = "Turn a forecast CSV into agents required per queue per interval (Erlang C/A, chat, email backlog).",
        footer = {"", "Writes queue,interval_start,volume,aht_seconds,agents_raw,agents_required,service_level,"
                + "asa_seconds,occupancy.",
            "Queue configuration: a JSON array of {name, channel (VOICE|CHAT|EMAIL|BACKOFFICE), target",
            "({\"serviceLevel\":0.8,\"seconds\":20} | {\"asaSeconds\":30} | {\"respondWithinHours\":4}),",
            "shrinkage, maxOccupancy, concurrency, patienceSeconds, priority, skill}."})
public final class StaffCommand implements Callable<Integer> {

    public static final String HEADER = "queue,interval_start,volume,aht_seconds,agents_raw,agents_required,"
            + "service_level,asa_seconds,occupancy";

    /** Which forecast volume to staff for. */
    enum VolumeColumn {
        VOLUME, HI80, LO80
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--forecast", required = true, paramLabel = "F.csv", description = "Forecast CSV (from 'forecast').")
    Path forecastFile;

    @Option(names = "--queues", required = true, paramLabel = "Q.json", description = "Queue configuration JSON.")
    Path queuesFile;

    @Option(names = "--out", required = true, paramLabel = "R.csv", description = "Requirements CSV to write.")
    Path outFile;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Site time zone (e.g. Europe/Berlin); default: the offset of the forecast's first row.")
    String zone;

    @Option(names = "--volume-column", defaultValue = "VOLUME", paramLabel = "COL",
            description = "Forecast column to staff for: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; hi80 "
                    + "staffs for the upper 80% bound).")
    VolumeColumn volumeColumn;

    @Override
    public Integer call() throws IOException {
        ZoneId z = null;
        if (zone != null) {
            try {
                z = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new CliException("--zone: '" + zone + "' is not a time zone (e.g. Europe/Berlin)");
            }
        }
        List<QueueConfig> configs = QueueConfigJson.read(queuesFile);
        Forecast forecast = ForecastCsv.read(forecastFile, z);
        Map<String, QueueConfig> byName = new LinkedHashMap<>();
        for (QueueConfig q : configs) {
            byName.put(q.name(), q);
        }
        for (String q : forecast.queues()) {
            if (!byName.containsKey(q)) {
                throw new CliException(forecastFile + ": queue " + q + " has no configuration in " + queuesFile
                        + " (configured: " + String.join(", ", byName.keySet()) + ")");
            }
        }
        ZoneId siteZone = forecast.grid().zone();
        List<StaffingRequirement> all = new ArrayList<>();
        Map<String, int[]> peakAndTotal = new LinkedHashMap<>();
        try (Progress progress = Progress.onStderr()) {
            int done = 0;
            for (String name : forecast.queues()) {
                progress.update("staffing queue " + name + " (" + (++done) + "/" + forecast.queues().size() + ")");
                QueueConfig q = byName.get(name);
                List<IntervalDemand> demand = demand(forecast.rows(name), forecast);
                List<StaffingRequirement> req;
                try {
                    req = StaffingCalculator.requirements(demand, q);
                } catch (IllegalArgumentException e) {
                    throw new CliException(forecastFile + ": queue " + name + ": " + e.getMessage());
                }
                int peak = 0;
                int hours = 0;
                for (StaffingRequirement r : req) {
                    peak = Math.max(peak, r.agentsRequired());
                    hours += r.agentsRequired();
                }
                peakAndTotal.put(name, new int[] {peak, hours});
                all.addAll(req);
            }
        }
        write(all, siteZone);
        var out = spec.commandLine().getOut();
        double intervalHours = forecast.grid().minutes() / 60.0;
        for (Map.Entry<String, int[]> e : peakAndTotal.entrySet()) {
            QueueConfig q = byName.get(e.getKey());
            out.printf(Locale.ROOT, "%s (%s, %s): peak %d agents, %.1f agent-hours%n", e.getKey(), q.channel(),
                    q.target(), e.getValue()[0], e.getValue()[1] * intervalHours);
        }
        out.printf("wrote %d rows for %d queues to %s%n", all.size(), peakAndTotal.size(), outFile);
        out.flush();
        return 0;
    }

    private List<IntervalDemand> demand(List<ForecastRow> rows, Forecast forecast) {
        List<IntervalDemand> out = new ArrayList<>(rows.size());
        for (ForecastRow r : rows) {
            double volume = switch (volumeColumn) {
                case VOLUME -> r.volume();
                case HI80 -> r.volumeHi80();
                case LO80 -> r.volumeLo80();
            };
            double aht = r.hasAht() ? r.ahtSeconds() : 0;
            if (volume > 0 && !(aht > 0)) {
                throw new CliException(forecastFile + ": queue " + r.queue() + " at "
                        + r.intervalStart().atZone(forecast.grid().zone()).toOffsetDateTime()
                        + ": volume " + volume + " with " + (r.hasAht() ? "aht_seconds " + aht : "no aht_seconds"));
            }
            out.add(new IntervalDemand(r.intervalStart(), forecast.grid().length(), volume, aht));
        }
        return out;
    }

    private void write(List<StaffingRequirement> rows, ZoneId zone) throws IOException {
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CliException("--out: directory " + parent + " does not exist");
        }
        Path tmp = outFile.resolveSibling(outFile.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(96 * (rows.size() + 1));
            sb.append(HEADER).append('\n');
            for (StaffingRequirement r : rows) {
                sb.append(csv(r.queue())).append(',')
                        .append(r.intervalStart().atZone(zone).toOffsetDateTime()).append(',')
                        .append(trim(r.volume(), 3)).append(',')
                        .append(trim(r.ahtSeconds(), 1)).append(',')
                        .append(r.agentsRaw()).append(',')
                        .append(r.agentsRequired()).append(',')
                        .append(ErlangCommand.fixed(r.serviceLevel(), 4)).append(',')
                        .append(ErlangCommand.fixed(r.asaSeconds(), 1)).append(',')
                        .append(ErlangCommand.fixed(r.occupancy(), 4)).append('\n');
            }
            w.write(sb.toString());
        }
        Files.move(tmp, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String trim(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
