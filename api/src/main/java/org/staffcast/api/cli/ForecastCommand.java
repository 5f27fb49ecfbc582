package org.staffcast.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.staffcast.forecasting.ForecastReport;
import org.staffcast.forecasting.Forecaster;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.io.ForecastCsv;
import org.staffcast.forecasting.model.Forecast;
import org.staffcast.forecasting.model.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code staffcast forecast}: history in, forecast CSV out, model chosen per queue by backtest. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast volume and AHT per queue per interval from contact history into a CSV.")
public final class ForecastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryOptions history = new HistoryOptions();

    @Option(names = "--horizon-days", required = true, paramLabel = "DAYS", description = "Days to forecast (1-366).")
    int horizonDays;

    @Option(names = "--model", defaultValue = "auto", paramLabel = "NAME",
            description = "auto (chosen per queue by backtest) or one of: ${COMPLETION-CANDIDATES}. Default: auto.",
            completionCandidates = ModelNames.class)
    String model;

    @Option(names = "--folds", defaultValue = "4", paramLabel = "K",
            description = "Backtest folds used to choose the model and size the 80%% interval. Default: 4.")
    int folds;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Forecast CSV to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (horizonDays < 1 || horizonDays > 366) {
            throw new CliException("--horizon-days: " + horizonDays + " is not 1..366");
        }
        if (folds < 1 || folds > 52) {
            throw new CliException("--folds: " + folds + " is not 1..52");
        }
        if (!model.equalsIgnoreCase(Forecaster.AUTO)) {
            Models.byName(model);
        }
        PrintWriter o = spec.commandLine().getOut();
        ContactHistory h = history.readHistory();
        var holidays = history.readHolidays();
        history.describe(h, o);
        ForecastReport report;
        try (Progress p = Progress.onStderr()) {
            int queues = h.queues().size();
            p.update("backtesting " + queues + (queues == 1 ? " queue" : " queues"));
            report = Forecaster.run(h, horizonDays, model, holidays, folds,
                    done -> p.update("backtested " + done + "/" + queues + " queues"));
        }
        Forecast f = report.forecast();
        ForecastCsv.write(f, out);
        var zone = h.grid().zone();
        o.printf("forecast: %s .. %s (%d days), %,d rows -> %s%n",
                f.start().atZone(zone).toOffsetDateTime(), h.end().atZone(zone).plusDays(horizonDays)
                        .toOffsetDateTime(), horizonDays, f.rows().size(), out);
        o.printf("%-20s %-44s %12s %14s%n", "queue", "model", "backtest WAPE", "volume");
        for (Map.Entry<String, String> e : report.modelByQueue().entrySet()) {
            double w = report.backtestWape().get(e.getKey());
            o.printf("%-20s %-44s %12s %,14.0f%n", e.getKey(), e.getValue(),
                    Double.isNaN(w) ? "n/a" : String.format("%.1f%%", 100 * w), f.totalVolume(e.getKey()));
        }
        o.flush();
        return 0;
    }

    /** Model names for the help text. */
    static final class ModelNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Models.names().iterator();
        }
    }
}
