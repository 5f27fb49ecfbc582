package org.staffcast.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.staffcast.forecasting.backtest.Accuracy;
import org.staffcast.forecasting.backtest.Backtest;
import org.staffcast.forecasting.backtest.BacktestResult;
import org.staffcast.forecasting.backtest.ModelScore;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.model.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code staffcast backtest}: rolling-origin accuracy of every model per queue. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Rolling-origin backtest: WAPE, MASE and bias per model and queue; marks the chosen model.")
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryOptions history = new HistoryOptions();

    @Option(names = "--horizon-days", required = true, paramLabel = "DAYS", description = "Days per fold (1-366).")
    int horizonDays;

    @Option(names = "--folds", defaultValue = "4", paramLabel = "K", description = "Folds. Default: 4.")
    int folds;

    @Option(names = "--json", description = "Print the results as JSON instead of tables.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (horizonDays < 1 || horizonDays > 366) {
            throw new CliException("--horizon-days: " + horizonDays + " is not 1..366");
        }
        if (folds < 1 || folds > 104) {
            throw new CliException("--folds: " + folds + " is not 1..104");
        }
        PrintWriter o = spec.commandLine().getOut();
        ContactHistory h = history.readHistory();
        var holidays = history.readHolidays();
        BacktestResult r;
        try (Progress p = Progress.onStderr()) {
            int queues = h.queues().size();
            p.update("backtesting " + queues + (queues == 1 ? " queue" : " queues"));
            r = new Backtest(Models.all(), horizonDays, folds, true, true).run(h, holidays,
                    done -> p.update("backtested " + done + "/" + queues + " queues"));
        }
        if (r.scores().isEmpty()) {
            throw new CliException(history.history + ": history too short for a backtest of " + horizonDays
                    + "-day folds (needs at least " + (Backtest.MIN_TRAINING_DAYS + horizonDays) + " days)");
        }
        if (json) {
            o.println(json(h, r));
        } else {
            history.describe(h, o);
            o.printf("backtest: %d-day folds, rolling origins; folds run per queue: %s%n", horizonDays, r.foldsRun());
            table(o, r, "interval level", ModelScore::interval);
            table(o, r, "daily level", ModelScore::daily);
            o.println("* = chosen by auto (lowest interval WAPE; a more complex model must be better by more than "
                    + Math.round(Backtest.TIE * 100) + "%).");
            o.println("auto = what auto scored when choosing at each origin from the " + Backtest.SELECTION_FOLDS
                    + " folds before it.");
            for (String q : r.scores().keySet()) {
                ModelScore c = r.chosenScore(q);
                o.printf("chosen for %s: %s%n", q, c.label());
            }
        }
        o.flush();
        return 0;
    }

    private static void table(PrintWriter o, BacktestResult r, String level, Function<ModelScore, Accuracy> pick) {
        List<String> queues = new ArrayList<>(r.scores().keySet());
        boolean overall = queues.size() > 1;
        StringBuilder head = new StringBuilder(String.format("%-17s", level));
        StringBuilder sub = new StringBuilder(String.format("%-17s", "model"));
        for (String q : queues) {
            head.append(String.format("  %-21s", q.length() > 21 ? q.substring(0, 21) : q));
            sub.append(String.format("  %6s %5s %7s ", "WAPE", "MASE", "bias"));
        }
        if (overall) {
            head.append(String.format("  %-21s", "all queues"));
            sub.append(String.format("  %6s %5s %7s ", "WAPE", "MASE", "bias"));
        }
        o.println();
        o.println(head.toString().stripTrailing());
        o.println(sub.toString().stripTrailing());
        for (String m : r.models()) {
            StringBuilder row = new StringBuilder(String.format("%-17s", m));
            for (String q : queues) {
                ModelScore s = r.scores().get(q).get(m);
                boolean chosen = m.equals(r.chosen().get(q));
                row.append(cell(s == null ? null : pick.apply(s), chosen));
            }
            if (overall) {
                ModelScore s = r.overall().get(m);
                row.append(cell(s == null ? null : pick.apply(s), false));
            }
            o.println(row.toString().stripTrailing());
        }
    }

    private static String cell(Accuracy a, boolean chosen) {
        if (a == null) {
            return String.format("  %6s %5s %7s ", "-", "-", "-");
        }
        return String.format(Locale.ROOT, "  %5.1f%% %5.2f %+6.1f%%%s", 100 * a.wape(), a.mase(), 100 * a.bias(),
                chosen ? "*" : " ");
    }

    private static String json(ContactHistory h, BacktestResult r) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"horizonDays\": ").append(r.horizonDays()).append(",\n");
        sb.append("  \"folds\": ").append(r.foldsRequested()).append(",\n");
        sb.append("  \"zone\": ").append(str(h.grid().zone().toString())).append(",\n");
        sb.append("  \"intervalMinutes\": ").append(h.grid().minutes()).append(",\n");
        sb.append("  \"queues\": [\n");
        int qi = 0;
        for (Map.Entry<String, Map<String, ModelScore>> e : r.scores().entrySet()) {
            String q = e.getKey();
            sb.append("    {\"queue\": ").append(str(q)).append(", \"foldsRun\": ").append(r.foldsRun().get(q))
                    .append(", \"chosen\": ").append(str(r.chosen().get(q))).append(", \"chosenLabel\": ")
                    .append(str(r.chosenScore(q).label())).append(", \"models\": [\n");
            int mi = 0;
            for (ModelScore s : e.getValue().values()) {
                sb.append("      ").append(score(s)).append(++mi < e.getValue().size() ? ",\n" : "\n");
            }
            sb.append("    ]}").append(++qi < r.scores().size() ? ",\n" : "\n");
        }
        sb.append("  ],\n  \"overall\": [\n");
        int oi = 0;
        for (ModelScore s : r.overall().values()) {
            sb.append("    ").append(score(s)).append(++oi < r.overall().size() ? ",\n" : "\n");
        }
        sb.append("  ]\n}");
        return sb.toString();
    }

    private static String score(ModelScore s) {
        return "{\"model\": " + str(s.model()) + ", \"label\": " + str(s.label()) + ", \"interval\": "
                + acc(s.interval()) + ", \"daily\": " + acc(s.daily()) + "}";
    }

    private static String acc(Accuracy a) {
        return "{\"wape\": " + num(a.wape()) + ", \"mase\": " + num(a.mase()) + ", \"bias\": " + num(a.bias())
                + ", \"points\": " + a.points() + "}";
    }

    private static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
