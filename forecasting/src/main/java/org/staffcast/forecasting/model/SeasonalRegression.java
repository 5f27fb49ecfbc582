package org.staffcast.forecasting.model;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.staffcast.forecasting.time.Timeline;

/**
 * Regression on log counts: {@code ln(1 + y_t) = a[weekday, slot] + b * t + c * special_t + e_t}, one effect per
 * weekday-slot (7 x slots dummies), a linear trend in days and a special-day dummy, fitted by ordinary least
 * squares over the last {@value #WEEKS} weeks of ordinary-or-special observed open intervals.
 *
 * <p>The log transform makes the weekday-slot effects and the trend multiplicative and tames the Poisson
 * variance growing with the count. With hundreds of dummies the normal equations are solved exactly by the
 * Frisch–Waugh–Lovell theorem: demean {@code z = ln(1+y)}, {@code t} and {@code special} within each
 * weekday-slot, fit {@code b, c} by OLS on the demeaned columns (Commons Math
 * {@link OLSMultipleLinearRegression}, no intercept), then {@code a[k] = mean_k(z - b t - c special)}. Back
 * transform with Duan's smearing estimate: {@code y = exp(zhat) * mean(exp(residual)) - 1}.
 */
public final class SeasonalRegression implements ForecastModel {

    static final int WEEKS = 16;

    @Override
    public String name() {
        return "regression";
    }

    @Override
    public int complexity() {
        return 3;
    }

    @Override
    public boolean handlesSpecialDays() {
        return true;
    }

    /** The fitted coefficients: per-key effects (NaN for keys without data), trend per day, special-day effect. */
    record Fit(double[] effect, double trendPerDay, double special, double smearing, int originDay) {
    }

    @Override
    public double[] volume(SeriesWindow w) {
        Fit fit = fit(w, WEEKS);
        Timeline tl = w.timeline();
        double[] out = new double[w.targetSize()];
        for (int t = 0; t < out.length; t++) {
            int i = w.end() + t;
            double a = fit.effect[tl.seasonalKey(i)];
            if (Double.isNaN(a)) {
                out[t] = Double.NaN;
                continue;
            }
            double z = a + fit.trendPerDay * (tl.day(i) - fit.originDay) + (w.special(i) ? fit.special : 0);
            out[t] = Math.max(0, Math.exp(z) * fit.smearing - 1);
        }
        return out;
    }

    /** Fits the model on the last {@code weeks} weeks of training. */
    static Fit fit(SeriesWindow w, int weeks) {
        Timeline tl = w.timeline();
        OpenPattern open = OpenPattern.learn(w);
        int keys = tl.keyCount();
        int lastDay = tl.day(w.end() - 1);
        int fromDay = Math.max(0, lastDay - 7 * weeks + 1);
        int from = tl.dayFirst(fromDay);
        int n = 0;
        double[] sz = new double[keys];
        double[] st = new double[keys];
        double[] ss = new double[keys];
        int[] cnt = new int[keys];
        for (int i = from; i < w.end(); i++) {
            if (Double.isNaN(w.volume()[i]) || !open.isOpen(tl.seasonalKey(i))) {
                continue;
            }
            int k = tl.seasonalKey(i);
            sz[k] += Math.log1p(w.volume()[i]);
            st[k] += tl.day(i) - lastDay;
            ss[k] += w.special(i) ? 1 : 0;
            cnt[k]++;
            n++;
        }
        double[] effect = new double[keys];
        java.util.Arrays.fill(effect, Double.NaN);
        if (n == 0) {
            return new Fit(effect, 0, 0, 1, lastDay);
        }
        for (int k = 0; k < keys; k++) {
            if (cnt[k] > 0) {
                sz[k] /= cnt[k];
                st[k] /= cnt[k];
                ss[k] /= cnt[k];
            }
        }
        double[] zd = new double[n];
        double[] td = new double[n];
        double[] sd = new double[n];
        double tss = 0;
        double sss = 0;
        int r = 0;
        for (int i = from; i < w.end(); i++) {
            if (Double.isNaN(w.volume()[i]) || !open.isOpen(tl.seasonalKey(i))) {
                continue;
            }
            int k = tl.seasonalKey(i);
            zd[r] = Math.log1p(w.volume()[i]) - sz[k];
            td[r] = tl.day(i) - lastDay - st[k];
            sd[r] = (w.special(i) ? 1 : 0) - ss[k];
            tss += td[r] * td[r];
            sss += sd[r] * sd[r];
            r++;
        }
        boolean useTrend = tss > 1e-9 * n;
        boolean useSpecial = sss > 1e-6;
        double b = 0;
        double c = 0;
        int p = (useTrend ? 1 : 0) + (useSpecial ? 1 : 0);
        if (p > 0 && n > p + 1) {
            double[][] x = new double[n][p];
            for (int j = 0; j < n; j++) {
                int col = 0;
                if (useTrend) {
                    x[j][col++] = td[j];
                }
                if (useSpecial) {
                    x[j][col] = sd[j];
                }
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.setNoIntercept(true);
            ols.newSampleData(zd, x);
            double[] beta = ols.estimateRegressionParameters();
            int col = 0;
            if (useTrend) {
                b = beta[col++];
            }
            if (useSpecial) {
                c = beta[col];
            }
        }
        for (int k = 0; k < keys; k++) {
            if (cnt[k] > 0) {
                effect[k] = sz[k] - b * st[k] - c * ss[k];
            }
        }
        double smear = 0;
        for (int j = 0; j < n; j++) {
            smear += Math.exp(zd[j] - b * td[j] - c * sd[j]);
        }
        return new Fit(effect, b, c, smear / n, lastDay);
    }

    /** AHT: volume-weighted least squares on weekday-slot effects and a linear trend. */
    @Override
    public double[] aht(SeriesWindow w) {
        return AhtEstimates.regression(w, WEEKS);
    }
}
