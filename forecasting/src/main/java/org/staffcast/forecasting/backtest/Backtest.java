package org.staffcast.forecasting.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.model.ForecastModel;
import org.staffcast.forecasting.model.PointForecast;
import org.staffcast.forecasting.model.SeriesWindow;
import org.staffcast.forecasting.time.Timeline;

/**
 * Rolling-origin backtest (Tashman 2000, "Out-of-sample tests of forecasting accuracy"): for fold
 * {@code k = 1..K} the models are trained on the history before origin {@code o_k} and forecast the
 * {@code H} days from it; origins are {@code H} days apart and the last fold ends with the queue's last
 * history day. Folds that would leave less than {@link #MIN_TRAINING_DAYS} of training are dropped.
 * Accuracy is scored on observed intervals (see {@link Accuracy}); {@code auto} picks per queue the model with
 * the lowest interval WAPE, a model replacing a simpler one only when better by more than {@link #TIE}.
 * The combination of the best two models (their mean) is scored from the same fold forecasts and chosen
 * under the same rule.
 */
public final class Backtest {

    /** Minimum training length of a fold, in days. */
    public static final int MIN_TRAINING_DAYS = 14;
    /** WAPE differences up to this are ties (to the simpler model). */
    public static final double TIE = 1e-4;
    /** Name of the mean-of-best-two model in results. */
    public static final String COMBINATION = "combination";

    private final List<ForecastModel> models;
    private final int horizonDays;
    private final int folds;
    private final boolean combine;

    /**
     * @param models      models in complexity order (simplest first)
     * @param horizonDays H, days per fold
     * @param folds       K
     * @param combine     also score the mean of the best two models
     */
    public Backtest(List<ForecastModel> models, int horizonDays, int folds, boolean combine) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no model to backtest");
        }
        if (horizonDays < 1 || folds < 1) {
            throw new IllegalArgumentException("horizon days and folds must be at least 1");
        }
        this.models = List.copyOf(models);
        this.horizonDays = horizonDays;
        this.folds = folds;
        this.combine = combine && models.size() >= 2;
    }

    /** Runs the backtest on every queue; {@code progress} receives the number of queues done. */
    public BacktestResult run(ContactHistory history, SpecialDays special, IntConsumer progress) {
        Timeline tl = history.timeline();
        boolean[] specialDay = new boolean[tl.dayCount()];
        for (int d = 0; d < specialDay.length; d++) {
            specialDay[d] = special.contains(tl.horizon().start().plusDays(d));
        }
        Map<String, Map<String, ModelScore>> scores = new LinkedHashMap<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, Integer> foldsRun = new LinkedHashMap<>();
        Map<String, Accuracy.Sums[]> pooled = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(models.stream().map(ForecastModel::name).toList());
        if (combine) {
            names.add(COMBINATION);
        }
        int done = 0;
        for (String q : history.queues()) {
            QueueRun run = runQueue(history, q, specialDay);
            foldsRun.put(q, run.origins.size());
            if (!run.scores.isEmpty()) {
                scores.put(q, run.scores);
                chosen.put(q, run.chosen);
                for (Map.Entry<String, Accuracy.Sums[]> e : run.sums.entrySet()) {
                    Accuracy.Sums[] p = pooled.computeIfAbsent(e.getKey(),
                            k -> new Accuracy.Sums[] {new Accuracy.Sums(), new Accuracy.Sums()});
                    p[0].add(e.getValue()[0]);
                    p[1].add(e.getValue()[1]);
                }
            }
            progress.accept(++done);
        }
        Map<String, ModelScore> overall = new LinkedHashMap<>();
        for (Map.Entry<String, Accuracy.Sums[]> e : pooled.entrySet()) {
            overall.put(e.getKey(), new ModelScore("*", e.getKey(), e.getKey(), e.getValue()[0].accuracy(),
                    e.getValue()[1].accuracy(), Double.NaN, Double.NaN));
        }
        return new BacktestResult(horizonDays, folds, foldsRun, scores, chosen, overall, List.copyOf(names));
    }

    private final class QueueRun {
        final List<Integer> origins = new ArrayList<>();
        final Map<String, ModelScore> scores = new LinkedHashMap<>();
        final Map<String, Accuracy.Sums[]> sums = new LinkedHashMap<>();
        String chosen;
    }

    private QueueRun runQueue(ContactHistory history, String q, boolean[] specialDay) {
        Timeline tl = history.timeline();
        double[] y = history.offered(q);
        double[] aht = history.aht(q);
        QueueRun run = new QueueRun();
        int lastObs = -1;
        int firstObs = -1;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i])) {
                lastObs = i;
                firstObs = firstObs < 0 ? i : firstObs;
            }
        }
        int endDay = tl.day(lastObs) + 1;
        int firstDay = tl.day(firstObs);
        for (int k = folds; k >= 1; k--) {
            int origin = endDay - k * horizonDays;
            if (origin - firstDay >= MIN_TRAINING_DAYS) {
                run.origins.add(origin);
            }
        }
        if (run.origins.isEmpty()) {
            return run;
        }
        List<SeriesWindow> windows = new ArrayList<>();
        for (int o : run.origins) {
            windows.add(new SeriesWindow(tl, y, aht, tl.dayFirst(o), tl.dayFirst(Math.min(o + horizonDays,
                    tl.dayCount())), specialDay));
        }
        double[] intervalScale = new double[windows.size()];
        double[] dailyScale = new double[windows.size()];
        for (int f = 0; f < windows.size(); f++) {
            intervalScale[f] = naiveIntervalMae(windows.get(f));
            dailyScale[f] = naiveDailyMae(windows.get(f));
        }
        Map<String, List<PointForecast>> byModel = new LinkedHashMap<>();
        for (ForecastModel m : models) {
            List<PointForecast> fs = new ArrayList<>();
            for (SeriesWindow w : windows) {
                fs.add(PointForecast.of(m, w));
            }
            byModel.put(m.name(), fs);
            score(q, m.name(), m.name(), windows, fs, intervalScale, dailyScale, run);
        }
        String best = choose(run.scores, models.stream().map(ForecastModel::name).toList());
        if (combine) {
            List<String> ranked = new ArrayList<>(byModel.keySet());
            ranked.removeIf(n -> Double.isNaN(run.scores.get(n).interval().wape()));
            ranked.sort((a, b) -> Double.compare(run.scores.get(a).interval().wape(),
                    run.scores.get(b).interval().wape()));
            if (ranked.size() >= 2) {
                String label = combinationLabel(ranked.get(0), ranked.get(1));
                List<PointForecast> fs = new ArrayList<>();
                for (int f = 0; f < windows.size(); f++) {
                    fs.add(PointForecast.mean(label, byModel.get(ranked.get(0)).get(f),
                            byModel.get(ranked.get(1)).get(f)));
                }
                score(q, COMBINATION, label, windows, fs, intervalScale, dailyScale, run);
                if (run.scores.get(COMBINATION).interval().wape() < run.scores.get(best).interval().wape() - TIE) {
                    best = COMBINATION;
                }
            }
        }
        run.chosen = best;
        return run;
    }

    /** The label of the combination of models {@code a} and {@code b}, as written in forecast rows. */
    public static String combinationLabel(String a, String b) {
        return COMBINATION + "(" + a + "+" + b + ")";
    }

    /** The first model (simplest) unless a later one has a lower interval WAPE by more than {@link #TIE}. */
    static String choose(Map<String, ModelScore> scores, List<String> inComplexityOrder) {
        String best = null;
        for (String m : inComplexityOrder) {
            double w = scores.get(m).interval().wape();
            if (Double.isNaN(w)) {
                continue;
            }
            if (best == null || w < scores.get(best).interval().wape() - TIE) {
                best = m;
            }
        }
        return best == null ? inComplexityOrder.getFirst() : best;
    }

    private void score(String q, String name, String label, List<SeriesWindow> windows, List<PointForecast> fs,
            double[] intervalScale, double[] dailyScale, QueueRun run) {
        Accuracy.Sums in = new Accuracy.Sums();
        Accuracy.Sums daily = new Accuracy.Sums();
        double[] ratios = new double[1024];
        int nr = 0;
        for (int f = 0; f < windows.size(); f++) {
            SeriesWindow w = windows.get(f);
            Timeline tl = w.timeline();
            double[] y = w.volume();
            double[] v = fs.get(f).volume();
            Accuracy.Sums foldIn = new Accuracy.Sums();
            Accuracy.Sums foldDay = new Accuracy.Sums();
            int day = -1;
            double da = 0;
            double df = 0;
            boolean dayObserved = false;
            for (int t = 0; t < v.length; t++) {
                int i = w.end() + t;
                if (tl.day(i) != day) {
                    if (dayObserved) {
                        foldDay.add(da, df);
                    }
                    day = tl.day(i);
                    da = 0;
                    df = 0;
                    dayObserved = false;
                }
                if (Double.isNaN(y[i])) {
                    continue;
                }
                foldIn.add(y[i], v[t]);
                da += y[i];
                df += v[t];
                dayObserved = true;
                if (v[t] > 0 || y[i] > 0) {
                    if (nr == ratios.length) {
                        ratios = Arrays.copyOf(ratios, nr * 2);
                    }
                    ratios[nr++] = Math.log((y[i] + 1) / (v[t] + 1));
                }
            }
            if (dayObserved) {
                foldDay.add(da, df);
            }
            foldIn.scaleTimesPoints = intervalScale[f] * foldIn.points;
            foldDay.scaleTimesPoints = dailyScale[f] * foldDay.points;
            in.add(foldIn);
            daily.add(foldDay);
        }
        double q10 = Double.NaN;
        double q90 = Double.NaN;
        if (nr >= 20) {
            double[] r = Arrays.copyOf(ratios, nr);
            Arrays.sort(r);
            q10 = Math.min(0, r[(int) Math.floor(0.1 * (nr - 1))]);
            q90 = Math.max(0, r[(int) Math.ceil(0.9 * (nr - 1))]);
        }
        run.scores.put(name, new ModelScore(q, name, label, in.accuracy(), daily.accuracy(), q10, q90));
        run.sums.put(name, new Accuracy.Sums[] {in, daily});
    }

    /** In-sample MAE of the one-week-lag naive forecast over observed ordinary intervals of the training part. */
    static double naiveIntervalMae(SeriesWindow w) {
        Timeline tl = w.timeline();
        double s = 0;
        long n = 0;
        for (int i = 0; i < w.end(); i++) {
            if (!w.usable(i)) {
                continue;
            }
            int j = tl.weeksBefore(i, 1);
            if (j >= 0 && w.usable(j)) {
                s += Math.abs(w.volume()[i] - w.volume()[j]);
                n++;
            }
        }
        return n > 0 ? s / n : Double.NaN;
    }

    /** In-sample MAE of the one-week-lag naive forecast of daily totals over observed ordinary full days. */
    static double naiveDailyMae(SeriesWindow w) {
        Timeline tl = w.timeline();
        int days = tl.day(w.end() - 1) + (w.end() == tl.dayFirst(tl.day(w.end() - 1) + 1) ? 1 : 0);
        double[] tot = new double[days];
        for (int d = 0; d < days; d++) {
            double s = 0;
            boolean any = false;
            for (int i = tl.dayFirst(d); i < tl.dayFirst(d + 1); i++) {
                if (w.usable(i)) {
                    s += w.volume()[i];
                    any = true;
                }
            }
            tot[d] = any ? s : Double.NaN;
        }
        double s = 0;
        long n = 0;
        for (int d = 7; d < days; d++) {
            if (!Double.isNaN(tot[d]) && !Double.isNaN(tot[d - 7])) {
                s += Math.abs(tot[d] - tot[d - 7]);
                n++;
            }
        }
        return n > 0 ? s / n : Double.NaN;
    }
}
