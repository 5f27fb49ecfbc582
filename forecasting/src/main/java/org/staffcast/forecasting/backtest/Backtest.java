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
 * the lowest interval WAPE, a model replacing a simpler one only when better by more than {@link #TIE}
 * (relative). The combination of the best two models (their mean) is scored from the same fold forecasts and
 * chosen under the same rule. With {@code nestedAuto} the {@code auto} row measures the rule honestly: each
 * scored fold is forecast by the model the rule picks from the {@value #SELECTION_FOLDS} folds before it, just
 * as the forecast command would have picked at that origin.
 */
public final class Backtest {

    /** Minimum training length of a fold, in days. */
    public static final int MIN_TRAINING_DAYS = 14;
    /**
     * Relative WAPE margin of a tie: a more complex model (or the combination) replaces a simpler one only when its
     * WAPE is lower by more than this fraction of the simpler one's (2%); smaller differences are within the
     * fold-to-fold noise of a 4-fold backtest and go to the simpler model.
     */
    public static final double TIE = 0.02;
    /** Name of the mean-of-best-two model in results. */
    public static final String COMBINATION = "combination";
    /** Name of the honest (nested) evaluation of automatic model choice in results. */
    public static final String AUTO = "auto";
    /** Folds before each scored fold from which {@code auto} chooses, as the forecast command would. */
    public static final int SELECTION_FOLDS = 4;
    /** Number of best models averaged in the combination. */
    static final int COMBINE_TOP = 2;

    private final List<ForecastModel> models;
    private final int horizonDays;
    private final int folds;
    private final boolean combine;
    private final boolean nestedAuto;

    /**
     * @param models      models in complexity order (simplest first)
     * @param horizonDays H, days per fold
     * @param folds       K
     * @param combine     also score the mean of the best two models
     * @param nestedAuto  also score {@code auto} honestly: for each scored fold, the model the choice rule picks
     *                    from the {@value #SELECTION_FOLDS} folds before it (which needs that many extra
     *                    earlier folds, run when the history allows)
     */
    public Backtest(List<ForecastModel> models, int horizonDays, int folds, boolean combine, boolean nestedAuto) {
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
        this.nestedAuto = nestedAuto && models.size() >= 2;
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
        if (nestedAuto) {
            names.add(AUTO);
        }
        int done = 0;
        for (String q : history.queues()) {
            QueueRun run = runQueue(history, q, specialDay);
            foldsRun.put(q, Math.min(folds, run.origins.size()));
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

    /** Accuracy sums of one forecast on one fold, at interval [0] and daily [1] level, and its log ratios. */
    private record FoldScore(Accuracy.Sums[] sums, double[] ratios) {
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
        int extra = nestedAuto ? SELECTION_FOLDS : 0;
        for (int k = folds + extra; k >= 1; k--) {
            int origin = endDay - k * horizonDays;
            if (origin - firstDay >= MIN_TRAINING_DAYS) {
                run.origins.add(origin);
            }
        }
        if (run.origins.isEmpty()) {
            return run;
        }
        int nf = run.origins.size();
        int scoredFrom = Math.max(0, nf - folds);
        List<SeriesWindow> windows = new ArrayList<>();
        for (int o : run.origins) {
            windows.add(new SeriesWindow(tl, y, aht, tl.dayFirst(o), tl.dayFirst(Math.min(o + horizonDays,
                    tl.dayCount())), specialDay));
        }
        double[] intervalScale = new double[nf];
        double[] dailyScale = new double[nf];
        for (int f = 0; f < nf; f++) {
            intervalScale[f] = naiveIntervalMae(windows.get(f));
            dailyScale[f] = naiveDailyMae(windows.get(f));
        }
        List<String> names = models.stream().map(ForecastModel::name).toList();
        Map<String, List<PointForecast>> forecasts = new LinkedHashMap<>();
        Map<String, List<FoldScore>> foldScores = new LinkedHashMap<>();
        for (ForecastModel m : models) {
            List<PointForecast> fs = new ArrayList<>();
            List<FoldScore> sc = new ArrayList<>();
            for (int f = 0; f < nf; f++) {
                PointForecast pf = PointForecast.of(m, windows.get(f));
                fs.add(pf);
                sc.add(foldScore(windows.get(f), pf.volume(), intervalScale[f], dailyScale[f]));
            }
            forecasts.put(m.name(), fs);
            foldScores.put(m.name(), sc);
        }
        // scores and the choice over the scored folds
        for (String m : names) {
            putScore(run, q, m, m, foldScores.get(m), scoredFrom, nf);
        }
        Choice now = choose(names, foldScores, forecasts, windows, intervalScale, dailyScale, scoredFrom, nf);
        if (now.combination != null) {
            putScore(run, q, COMBINATION, now.combination.label, now.combination.scores, scoredFrom, nf);
        }
        run.chosen = now.model;
        if (nestedAuto) {
            List<FoldScore> autoScores = new ArrayList<>();
            List<String> picks = new ArrayList<>();
            for (int f = scoredFrom; f < nf; f++) {
                int from = Math.max(0, f - SELECTION_FOLDS);
                String pick = names.getFirst();
                FoldScore fsc = foldScores.get(pick).get(f);
                if (from < f) {
                    Choice c = choose(names, foldScores, forecasts, windows, intervalScale, dailyScale, from, f);
                    pick = c.model;
                    if (pick.equals(COMBINATION)) {
                        fsc = foldScore(windows.get(f), mean(c.combination.label, c.combination.parts, forecasts, f)
                                .volume(), intervalScale[f], dailyScale[f]);
                        pick = c.combination.label;
                    } else {
                        fsc = foldScores.get(pick).get(f);
                    }
                }
                picks.add(pick);
                autoScores.add(fsc);
            }
            putScore(run, q, AUTO, "auto: " + String.join(", ", picks), autoScores, 0, autoScores.size());
        }
        return run;
    }

    private record Combination(List<String> parts, String label, List<FoldScore> scores) {
    }

    private static PointForecast mean(String label, List<String> parts, Map<String, List<PointForecast>> forecasts,
            int fold) {
        List<PointForecast> list = new ArrayList<>();
        for (String p : parts) {
            list.add(forecasts.get(p).get(fold));
        }
        return PointForecast.mean(label, list);
    }

    private record Choice(String model, Combination combination) {
    }

    /** Applies the choice rule to folds {@code [from, to)}, the combination of the two best included. */
    private Choice choose(List<String> names, Map<String, List<FoldScore>> foldScores,
            Map<String, List<PointForecast>> forecasts, List<SeriesWindow> windows, double[] intervalScale,
            double[] dailyScale, int from, int to) {
        Map<String, Double> wape = new LinkedHashMap<>();
        for (String m : names) {
            wape.put(m, pooled(foldScores.get(m), from, to)[0].accuracy().wape());
        }
        String best = null;
        for (String m : names) {
            double w = wape.get(m);
            if (!Double.isNaN(w) && (best == null || w < wape.get(best) * (1 - TIE))) {
                best = m;
            }
        }
        if (best == null) {
            return new Choice(names.getFirst(), null);
        }
        Combination combination = null;
        if (combine) {
            List<String> ranked = new ArrayList<>(names);
            ranked.removeIf(n -> Double.isNaN(wape.get(n)));
            ranked.sort((x, y) -> Double.compare(wape.get(x), wape.get(y)));
            int k = Math.min(COMBINE_TOP, ranked.size());
            if (k >= 2) {
                List<String> parts = List.copyOf(ranked.subList(0, k));
                String label = combinationLabel(parts);
                List<FoldScore> sc = new ArrayList<>();
                for (int f = 0; f < windows.size(); f++) {
                    if (f < from || f >= to) {
                        sc.add(null);
                        continue;
                    }
                    sc.add(foldScore(windows.get(f), mean(label, parts, forecasts, f).volume(), intervalScale[f],
                            dailyScale[f]));
                }
                combination = new Combination(parts, label, sc);
                double cw = pooled(sc, from, to)[0].accuracy().wape();
                if (cw < wape.get(best) * (1 - TIE)) {
                    best = COMBINATION;
                }
            }
        }
        return new Choice(best, combination);
    }

    private static Accuracy.Sums[] pooled(List<FoldScore> scores, int from, int to) {
        Accuracy.Sums in = new Accuracy.Sums();
        Accuracy.Sums daily = new Accuracy.Sums();
        for (int f = from; f < to; f++) {
            in.add(scores.get(f).sums()[0]);
            daily.add(scores.get(f).sums()[1]);
        }
        return new Accuracy.Sums[] {in, daily};
    }

    private static void putScore(QueueRun run, String q, String name, String label, List<FoldScore> scores, int from,
            int to) {
        Accuracy.Sums[] p = pooled(scores, from, to);
        int nr = 0;
        for (int f = from; f < to; f++) {
            nr += scores.get(f).ratios().length;
        }
        double q10 = Double.NaN;
        double q90 = Double.NaN;
        if (nr >= 20) {
            double[] r = new double[nr];
            int k = 0;
            for (int f = from; f < to; f++) {
                double[] fr = scores.get(f).ratios();
                System.arraycopy(fr, 0, r, k, fr.length);
                k += fr.length;
            }
            Arrays.sort(r);
            q10 = Math.min(0, r[(int) Math.floor(0.1 * (nr - 1))]);
            q90 = Math.max(0, r[(int) Math.ceil(0.9 * (nr - 1))]);
        }
        run.scores.put(name, new ModelScore(q, name, label, p[0].accuracy(), p[1].accuracy(), q10, q90));
        run.sums.put(name, p);
    }

    /** The chosen model's name (first of equals; see {@link #TIE}) for pooled scores, for tests. */
    static String choose(Map<String, ModelScore> scores, List<String> inComplexityOrder) {
        String best = null;
        for (String m : inComplexityOrder) {
            double w = scores.get(m).interval().wape();
            if (Double.isNaN(w)) {
                continue;
            }
            if (best == null || w < scores.get(best).interval().wape() * (1 - TIE)) {
                best = m;
            }
        }
        return best == null ? inComplexityOrder.getFirst() : best;
    }

    /** The label of the combination (mean) of {@code parts}, as written in forecast rows: {@code combination(a+b)}. */
    public static String combinationLabel(List<String> parts) {
        return COMBINATION + "(" + String.join("+", parts) + ")";
    }

    /** The model names of a combination label. */
    public static List<String> combinationParts(String label) {
        return List.of(label.substring(label.indexOf('(') + 1, label.length() - 1).split("\\+"));
    }

    private static FoldScore foldScore(SeriesWindow w, double[] v, double intervalScale, double dailyScale) {
        Timeline tl = w.timeline();
        double[] y = w.volume();
        Accuracy.Sums in = new Accuracy.Sums();
        Accuracy.Sums daily = new Accuracy.Sums();
        double[] ratios = new double[v.length];
        int nr = 0;
        int day = -1;
        double da = 0;
        double df = 0;
        boolean dayObserved = false;
        for (int t = 0; t < v.length; t++) {
            int i = w.end() + t;
            if (tl.day(i) != day) {
                if (dayObserved) {
                    daily.add(da, df);
                }
                day = tl.day(i);
                da = 0;
                df = 0;
                dayObserved = false;
            }
            if (Double.isNaN(y[i])) {
                continue;
            }
            in.add(y[i], v[t]);
            da += y[i];
            df += v[t];
            dayObserved = true;
            if (v[t] > 0 || y[i] > 0) {
                ratios[nr++] = Math.log((y[i] + 1) / (v[t] + 1));
            }
        }
        if (dayObserved) {
            daily.add(da, df);
        }
        in.scaleTimesPoints = intervalScale * in.points;
        daily.scaleTimesPoints = dailyScale * daily.points;
        return new FoldScore(new Accuracy.Sums[] {in, daily}, Arrays.copyOf(ratios, nr));
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
