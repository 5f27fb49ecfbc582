package org.staffcast.forecasting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.staffcast.forecasting.backtest.Backtest;
import org.staffcast.forecasting.backtest.BacktestResult;
import org.staffcast.forecasting.backtest.ModelScore;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.model.Forecast;
import org.staffcast.forecasting.model.ForecastModel;
import org.staffcast.forecasting.model.ForecastRow;
import org.staffcast.forecasting.model.Models;
import org.staffcast.forecasting.model.PointForecast;
import org.staffcast.forecasting.model.SeriesWindow;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Timeline;

/**
 * The forecasting façade: history in, forecast out.
 *
 * <p>The forecast covers, per queue, every grid interval from the end of the last history interval to the same
 * wall-clock time {@code horizonDays} days later (DST-correct: a spring-forward day has 92 quarter-hours).
 * With model {@code auto} a rolling-origin {@link Backtest} ({@link #DEFAULT_FOLDS} folds of
 * {@code horizonDays}) picks the model per queue; with a named model that model is used and backtested for its
 * error; a queue too short to backtest ({@code < 14 + horizonDays} days) gets {@value #SHORT_HISTORY_MODEL}
 * under {@code auto}. The 80% prediction interval comes from the backtest errors of the model used,
 * {@code [(f+1)e^{q10}-1, (f+1)e^{q90}-1]} with {@code q} the quantiles of {@code ln((actual+1)/(f+1))};
 * without a backtest a Poisson interval {@code f ± 1.2816 sqrt(f)}. Closed intervals are 0 with interval
 * {@code [0, 0]}.
 */
public final class Forecaster {

    /** Folds of the model-choice backtest. */
    public static final int DEFAULT_FOLDS = 4;
    /** Model name meaning "choose per queue by backtest". */
    public static final String AUTO = "auto";
    /** What {@code auto} uses for a queue whose history is too short to backtest. */
    public static final String SHORT_HISTORY_MODEL = "average-6w";
    /** Shortest history that can be forecast: one week, so that every weekday-slot has been seen. */
    public static final int MIN_HISTORY_DAYS = 7;

    private Forecaster() {
    }

    /**
     * Forecasts every queue of {@code history} for {@code horizonDays} days after its end.
     *
     * @param model    {@code auto} or a name from {@link Models#names()}
     * @param holidays special days (may be {@link SpecialDays#NONE})
     */
    public static Forecast forecast(ContactHistory history, int horizonDays, String model, SpecialDays holidays) {
        return run(history, horizonDays, model, holidays, DEFAULT_FOLDS, q -> { }).forecast();
    }

    /** Like {@link #forecast} but also returns the model choice and backtest; {@code progress} counts steps. */
    public static ForecastReport run(ContactHistory history, int horizonDays, String model, SpecialDays holidays,
            int folds, IntConsumer progress) {
        if (horizonDays < 1 || horizonDays > 366) {
            throw new IllegalArgumentException("horizon days must be 1..366, not " + horizonDays);
        }
        int historyDays = history.timeline().dayCount();
        if (historyDays < MIN_HISTORY_DAYS) {
            throw new IllegalArgumentException("history covers " + historyDays + " day" + (historyDays == 1 ? "" : "s")
                    + "; a forecast needs at least " + MIN_HISTORY_DAYS + " (every weekday seen once)");
        }
        boolean auto = model.strip().equalsIgnoreCase(AUTO);
        List<ForecastModel> models = auto ? Models.all() : List.of(Models.byName(model));
        BacktestResult bt = new Backtest(models, horizonDays, folds, auto, false).run(history, holidays, progress);

        IntervalGrid grid = history.grid();
        Instant start = history.end();
        Instant stop = start.atZone(grid.zone()).plusDays(horizonDays).toInstant();
        LocalDate first = history.timeline().horizon().start();
        LocalDate lastDay = grid.intervalContaining(stop.minusSeconds(1)).date();
        Timeline tl = new Timeline(grid, new Horizon(first, (int) ChronoUnit.DAYS.between(first, lastDay) + 1));
        int end = tl.indexOf(start);
        int targetEnd = stop.isBefore(tl.start(tl.size() - 1).plusSeconds(1)) ? tl.indexOf(stop) : tl.size();
        if (end < 0 || targetEnd < 0) {
            throw new IllegalStateException("forecast window not on the grid: " + start + " .. " + stop);
        }
        boolean[] special = new boolean[tl.dayCount()];
        for (int d = 0; d < special.length; d++) {
            special[d] = holidays.contains(first.plusDays(d));
        }
        List<ForecastRow> rows = new ArrayList<>();
        Map<String, String> chosenLabel = new LinkedHashMap<>();
        Map<String, Double> wape = new LinkedHashMap<>();
        int n = history.timeline().size();
        for (String q : history.queues()) {
            double[] y = new double[end];
            double[] a = new double[end];
            System.arraycopy(history.offered(q), 0, y, 0, Math.min(n, end));
            System.arraycopy(history.aht(q), 0, a, 0, Math.min(n, end));
            SeriesWindow w = new SeriesWindow(tl, y, a, end, targetEnd, special);
            // too short to backtest: a named model as asked, auto the average of the weeks there are
            String chosen = bt.chosen().getOrDefault(q, auto ? SHORT_HISTORY_MODEL : models.getFirst().name());
            ModelScore score = bt.scores().containsKey(q) ? bt.scores().get(q).get(chosen) : null;
            PointForecast pf;
            if (chosen.equals(Backtest.COMBINATION)) {
                List<PointForecast> parts = new ArrayList<>();
                for (String part : Backtest.combinationParts(score.label())) {
                    parts.add(PointForecast.of(Models.byName(part), w));
                }
                pf = PointForecast.mean(score.label(), parts);
            } else {
                pf = PointForecast.of(Models.byName(chosen), w);
            }
            chosenLabel.put(q, pf.model());
            wape.put(q, score == null ? Double.NaN : score.interval().wape());
            double q10 = score == null ? Double.NaN : score.logRatioQ10();
            double q90 = score == null ? Double.NaN : score.logRatioQ90();
            for (int t = 0; t < pf.volume().length; t++) {
                double f = pf.volume()[t];
                double lo;
                double hi;
                if (f <= 0) {
                    lo = 0;
                    hi = 0;
                } else if (Double.isNaN(q10)) {
                    lo = Math.max(0, f - 1.2816 * Math.sqrt(f));
                    hi = f + 1.2816 * Math.sqrt(f);
                } else {
                    lo = Math.max(0, Math.min(f, (f + 1) * Math.exp(q10) - 1));
                    hi = Math.max(f, (f + 1) * Math.exp(q90) - 1);
                }
                rows.add(new ForecastRow(q, tl.start(end + t), f, lo, hi, pf.aht()[t], pf.model()));
            }
        }
        return new ForecastReport(new Forecast(grid, rows), chosenLabel, wape, bt);
    }
}
