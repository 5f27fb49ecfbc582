package org.staffcast.api.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.staffcast.forecasting.staffing.Channel;
import org.staffcast.forecasting.staffing.IntervalDemand;
import org.staffcast.forecasting.staffing.QueueConfig;
import org.staffcast.forecasting.staffing.ServiceTarget;
import org.staffcast.forecasting.staffing.StaffingCalculator;
import org.staffcast.forecasting.staffing.StaffingRequirement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** One-interval staffing calculator: Erlang C, or Erlang A with {@code --patience}. */
@Command(name = "erlang", mixinStandardHelpOptions = true,
        description = "Agents needed for one interval (Erlang C, or Erlang A with --patience); prints name=value lines.",
        footer = {"", "Example: staffcast erlang --volume 100 --interval-minutes 30 --aht 180 --sl 80/20 --shrinkage 0.3",
            "Prints agents_raw, agents_required, service_level, asa_seconds, occupancy",
            "(and abandon_rate with --patience). With --asa the service_level is the fraction answered",
            "within the ASA seconds."})
public final class ErlangCommand implements Callable<Integer> {

    private static final Pattern SL = Pattern.compile("(\\d+(?:\\.\\d+)?)%?/(\\d+(?:\\.\\d+)?)s?");

    @Spec
    CommandSpec spec;

    @Option(names = "--volume", required = true, paramLabel = "CONTACTS",
            description = "Contacts arriving in the interval.")
    double volume;

    @Option(names = "--interval-minutes", defaultValue = "30", paramLabel = "MIN",
            description = "Interval length in minutes (default: ${DEFAULT-VALUE}).")
    int intervalMinutes;

    @Option(names = "--aht", required = true, paramLabel = "SECONDS", description = "Average handle time in seconds.")
    double aht;

    @Option(names = "--sl", paramLabel = "PCT/SEC",
            description = "Service-level target: percent answered within seconds (default 80/20 unless --asa).")
    String sl;

    @Option(names = "--asa", paramLabel = "SECONDS", description = "Average-speed-of-answer target instead of --sl.")
    Double asa;

    @Option(names = "--patience", paramLabel = "SECONDS",
            description = "Mean customer patience: use Erlang A (M/M/N+M) and print abandon_rate.")
    Double patience;

    @Option(names = "--shrinkage", defaultValue = "0", paramLabel = "FRACTION",
            description = "Shrinkage in [0, 1): agents_required = ceil(agents_raw / (1 - shrinkage)).")
    double shrinkage;

    @Option(names = "--max-occupancy", defaultValue = "1", paramLabel = "FRACTION",
            description = "Occupancy cap in (0, 1] (default: no cap).")
    double maxOccupancy;

    @Option(names = "--concurrency", defaultValue = "1", paramLabel = "N",
            description = "Concurrent contacts per agent (chat slot model; default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    public Integer call() {
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new CliException("--volume: " + volume + " is not a number >= 0");
        }
        if (intervalMinutes < 1 || intervalMinutes > 1440) {
            throw new CliException("--interval-minutes: " + intervalMinutes + " is not in 1..1440");
        }
        if (!(aht > 0) || aht > 86_400) {
            throw new CliException("--aht: " + aht + " is not in (0, 86400] seconds");
        }
        ServiceTarget target = target();
        QueueConfig q;
        try {
            q = QueueConfig.of("erlang", concurrency > 1 ? Channel.CHAT : Channel.VOICE, target);
            q = q.withShrinkage(shrinkage).withMaxOccupancy(maxOccupancy).withConcurrency(concurrency);
            if (patience != null) {
                q = q.withPatienceSeconds(patience);
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage().replace("queue erlang: ", "--")
                    .replace("--maxOccupancy", "--max-occupancy").replace("--patienceSeconds", "--patience"));
        }
        IntervalDemand d = new IntervalDemand(Instant.EPOCH, Duration.ofMinutes(intervalMinutes), volume, aht);
        StaffingRequirement r = StaffingCalculator.requirements(List.of(d), q).get(0);
        PrintWriter out = spec.commandLine().getOut();
        out.println("agents_raw=" + r.agentsRaw());
        out.println("agents_required=" + r.agentsRequired());
        out.println("service_level=" + fixed(r.serviceLevel(), 4));
        out.println("asa_seconds=" + fixed(r.asaSeconds(), 2));
        out.println("occupancy=" + fixed(r.occupancy(), 4));
        if (patience != null) {
            out.println("abandon_rate=" + fixed(r.abandonRate(), 4));
        }
        out.flush();
        return 0;
    }

    private ServiceTarget target() {
        if (sl != null && asa != null) {
            throw new CliException("--sl and --asa are alternatives: give one");
        }
        try {
            if (asa != null) {
                return new ServiceTarget.AverageSpeedOfAnswer(asa);
            }
            String s = sl == null ? "80/20" : sl.strip();
            Matcher m = SL.matcher(s);
            if (!m.matches()) {
                throw new CliException("--sl: '" + sl + "' is not PERCENT/SECONDS, e.g. 80/20");
            }
            return new ServiceTarget.ServiceLevel(Double.parseDouble(m.group(1)) / 100, Double.parseDouble(m.group(2)));
        } catch (IllegalArgumentException e) {
            throw new CliException((asa != null ? "--asa: " : "--sl: ") + e.getMessage());
        }
    }

    static String fixed(double v, int decimals) {
        if (Double.isInfinite(v)) {
            return "inf";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
