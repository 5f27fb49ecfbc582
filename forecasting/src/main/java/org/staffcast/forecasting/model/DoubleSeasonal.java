package org.staffcast.forecasting.model;

import org.staffcast.forecasting.time.Timeline;

/**
 * Multi-seasonal exponential smoothing: Taylor's double seasonal Holt-Winters (Taylor 2003, "Short-term
 * electricity demand forecasting using double seasonal exponential smoothing", JORS 54) in additive form on
 * {@code z = ln(1 + y)}, with a daily cycle (per wall-clock slot) and a weekly cycle (per weekday-slot):
 * {@code zhat_t = l + d[slot] + w[key]}, and on each observed open interval with error
 * {@code e = z - zhat}: {@code l += alpha e}, {@code d[slot] += delta e}, {@code w[key] += omega e}.
 * Missing and closed intervals are skipped (no update), so gaps are not read as zero demand.
 *
 * <p>The state starts from the first two weeks (level: mean; daily: mean per slot; weekly: mean per key minus
 * both). The smoothing parameters are chosen on a small grid by the WAPE of forecasting the last
 * {@value #HOLDOUT_DAYS} training days from the data before them; the forecast is
 * {@code exp(zhat) * smearing - 1}, the smearing factor being the mean of {@code exp(e)} over the last four weeks
 * (Duan 1983).
 */
public final class DoubleSeasonal implements ForecastModel {

    static final int HOLDOUT_DAYS = 14;
    private static final double[] ALPHA = {0.001, 0.003, 0.01};
    private static final double[] DELTA = {0.0, 0.02};
    private static final double[] OMEGA = {0.02, 0.05, 0.1};

    @Override
    public String name() {
        return "double-seasonal";
    }

    @Override
    public int complexity() {
        return 4;
    }

    @Override
    public double[] volume(SeriesWindow w) {
        Timeline tl = w.timeline();
        OpenPattern open = OpenPattern.learn(w);
        double[] z = new double[w.end()];
        for (int i = 0; i < z.length; i++) {
            z[i] = w.usable(i) && open.isOpen(tl.seasonalKey(i)) ? Math.log1p(w.volume()[i]) : Double.NaN;
        }
        double[] params = {0.01, 0.02, 0.08};
        int holdoutEnd = w.end();
        int holdoutStart = tl.dayFirst(Math.max(0, tl.day(w.end() - 1) - HOLDOUT_DAYS + 1));
        if (tl.day(holdoutStart) >= 14) {
            double best = Double.POSITIVE_INFINITY;
            for (double a : ALPHA) {
                for (double d : DELTA) {
                    for (double o : OMEGA) {
                        double[] f = run(w, z, open, holdoutStart, holdoutEnd, a, d, o);
                        double err = 0;
                        for (int i = holdoutStart; i < holdoutEnd; i++) {
                            if (w.usable(i) && open.isOpen(tl.seasonalKey(i))) {
                                err += Math.abs(w.volume()[i] - f[i - holdoutStart]);
                            }
                        }
                        if (err < best) {
                            best = err;
                            params = new double[] {a, d, o};
                        }
                    }
                }
            }
        }
        return run(w, z, open, w.end(), w.targetEnd(), params[0], params[1], params[2]);
    }

    /**
     * Trains on {@code [0, trainEnd)} and forecasts {@code [trainEnd, targetEnd)}; {@code z} is {@code ln(1+y)} on
     * usable open intervals, NaN elsewhere.
     */
    private static double[] run(SeriesWindow w, double[] z, OpenPattern open, int trainEnd, int targetEnd, double alpha,
            double delta, double omega) {
        Timeline tl = w.timeline();
        int spd = tl.grid().slotsPerDay();
        double[] daily = new double[spd];
        double[] weekly = new double[tl.keyCount()];
        int[] dn = new int[spd];
        int[] wn = new int[tl.keyCount()];
        double level = 0;
        int ln = 0;
        int initEnd = Math.min(trainEnd, tl.dayFirst(Math.min(tl.dayCount(), tl.day(0) + 14)));
        for (int i = 0; i < initEnd; i++) {
            double zi = z[i];
            if (!Double.isNaN(zi)) {
                level += zi;
                ln++;
                daily[tl.slot(i)] += zi;
                dn[tl.slot(i)]++;
                weekly[tl.seasonalKey(i)] += zi;
                wn[tl.seasonalKey(i)]++;
            }
        }
        level = ln > 0 ? level / ln : 0;
        for (int s = 0; s < spd; s++) {
            daily[s] = dn[s] > 0 ? daily[s] / dn[s] - level : 0;
        }
        for (int k = 0; k < weekly.length; k++) {
            weekly[k] = wn[k] > 0 ? weekly[k] / wn[k] - level - daily[k % spd] : 0;
        }
        boolean[] seen = new boolean[weekly.length];
        for (int k = 0; k < weekly.length; k++) {
            seen[k] = wn[k] > 0;
        }
        double smearSum = 0;
        int smearN = 0;
        int smearFrom = tl.dayFirst(Math.max(0, tl.day(trainEnd - 1) - 27));
        for (int i = 0; i < trainEnd; i++) {
            double zi = z[i];
            if (Double.isNaN(zi)) {
                continue;
            }
            int k = tl.seasonalKey(i);
            int s = tl.slot(i);
            if (!seen[k]) {
                // first sight of this weekday-slot: start its weekly term from the observation
                weekly[k] = zi - level - daily[s];
                seen[k] = true;
                continue;
            }
            double e = zi - (level + daily[s] + weekly[k]);
            if (i >= smearFrom) {
                smearSum += Math.exp(e);
                smearN++;
            }
            level += alpha * e;
            daily[s] += delta * e;
            weekly[k] += omega * e;
        }
        double smear = smearN > 0 ? smearSum / smearN : 1;
        double[] out = new double[targetEnd - trainEnd];
        for (int i = trainEnd; i < targetEnd; i++) {
            int k = tl.seasonalKey(i);
            out[i - trainEnd] = seen[k] && open.isOpen(k)
                    ? Math.max(0, Math.exp(level + daily[tl.slot(i)] + weekly[k]) * smear - 1) : Double.NaN;
        }
        return out;
    }

    /** AHT: a smoothed weekly AHT level times the weekday-slot AHT profile of the last four weeks. */
    @Override
    public double[] aht(SeriesWindow w) {
        return AhtEstimates.levelTimesProfile(w, 4);
    }
}
