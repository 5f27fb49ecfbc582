package org.staffcast.forecasting.model;

import java.util.Arrays;
import org.staffcast.forecasting.time.Timeline;

/** Shared AHT estimates. AHT is a mean per contact, so averages are weighted by offered volume. */
final class AhtEstimates {

    private AhtEstimates() {
    }

    /** Volume-weighted mean of all observed AHT in the training part, NaN when there is none. */
    static double overall(SeriesWindow w) {
        double sw = 0;
        double s = 0;
        for (int i = 0; i < w.end(); i++) {
            double a = w.aht()[i];
            double v = w.volume()[i];
            if (!Double.isNaN(a) && !Double.isNaN(v)) {
                double weight = Math.max(v, 1e-6);
                sw += weight;
                s += weight * a;
            }
        }
        return sw > 0 ? s / sw : Double.NaN;
    }

    /** {@code sum(v*aht)/sum(v)} over the same weekday and slot in the last {@code weeks} weeks. */
    static double[] weightedSameSlot(SeriesWindow w, int weeks) {
        Timeline tl = w.timeline();
        double[] out = new double[w.targetSize()];
        double fallback = overall(w);
        int lastDay = tl.day(w.end() - 1);
        for (int t = 0; t < out.length; t++) {
            int i = w.end() + t;
            int back = (tl.day(i) - lastDay + 6) / 7;
            double sw = 0;
            double s = 0;
            for (int k = Math.max(1, back); k < Math.max(1, back) + weeks; k++) {
                int j = tl.weeksBefore(i, k);
                if (j < 0) {
                    break;
                }
                if (j < w.end() && !Double.isNaN(w.aht()[j]) && w.usable(j)) {
                    double weight = Math.max(w.volume()[j], 1e-6);
                    sw += weight;
                    s += weight * w.aht()[j];
                }
            }
            out[t] = sw > 0 ? s / sw : fallback;
        }
        return out;
    }

    static double[] constant(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /**
     * AHT level times a weekly AHT profile: the volume-weighted AHT of each week (counted back from the last
     * training day) {@code A_w} is smoothed by simple exponential smoothing ({@code L = 0.3 A_w + 0.7 L}, weeks
     * without AHT skipped), and the profile of a weekday-slot is the volume-weighted mean of {@code aht / A_w}
     * there over the last {@code weeks} weeks. Forecast: {@code L * profile[key]}.
     */
    static double[] levelTimesProfile(SeriesWindow w, int weeks) {
        Timeline tl = w.timeline();
        int lastDay = tl.day(w.end() - 1);
        int nWeeks = lastDay / 7 + 1;
        double[] num = new double[nWeeks];
        double[] den = new double[nWeeks];
        for (int i = 0; i < w.end(); i++) {
            double a = w.aht()[i];
            if (!Double.isNaN(a) && w.usable(i)) {
                int wk = (lastDay - tl.day(i)) / 7;
                double weight = Math.max(w.volume()[i], 1e-6);
                num[wk] += weight * a;
                den[wk] += weight;
            }
        }
        double level = Double.NaN;
        for (int wk = nWeeks - 1; wk >= 0; wk--) {
            if (den[wk] > 0) {
                double a = num[wk] / den[wk];
                level = Double.isNaN(level) ? a : 0.3 * a + 0.7 * level;
            }
        }
        double[] out = new double[w.targetSize()];
        if (Double.isNaN(level)) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[] rn = new double[tl.keyCount()];
        double[] rd = new double[tl.keyCount()];
        for (int i = tl.dayFirst(Math.max(0, lastDay - 7 * weeks + 1)); i < w.end(); i++) {
            double a = w.aht()[i];
            int wk = (lastDay - tl.day(i)) / 7;
            if (!Double.isNaN(a) && w.usable(i) && num[wk] > 0) {
                double weight = Math.max(w.volume()[i], 1e-6);
                rn[tl.seasonalKey(i)] += weight * a / (num[wk] / den[wk]);
                rd[tl.seasonalKey(i)] += weight;
            }
        }
        for (int t = 0; t < out.length; t++) {
            int k = tl.seasonalKey(w.end() + t);
            out[t] = level * (rd[k] > 0 ? rn[k] / rd[k] : 1);
        }
        return out;
    }

    /**
     * Weighted least squares of AHT on weekday-slot effects and a linear trend in days over the last {@code weeks}
     * weeks, weights the offered volume (AHT is a mean over the contacts): solved like
     * {@link SeasonalRegression} by demeaning within weekday-slots (weighted) and fitting the trend by OLS on
     * rows scaled by {@code sqrt(weight)} (Commons Math). Forecast {@code a[key] + b * days after the last day},
     * never below zero.
     */
    static double[] regression(SeriesWindow w, int weeks) {
        Timeline tl = w.timeline();
        int keys = tl.keyCount();
        int lastDay = tl.day(w.end() - 1);
        int from = tl.dayFirst(Math.max(0, lastDay - 7 * weeks + 1));
        double[] sw = new double[keys];
        double[] sa = new double[keys];
        double[] st = new double[keys];
        int n = 0;
        for (int i = from; i < w.end(); i++) {
            double a = w.aht()[i];
            if (Double.isNaN(a) || !w.usable(i)) {
                continue;
            }
            int k = tl.seasonalKey(i);
            double weight = Math.max(w.volume()[i], 1e-6);
            sw[k] += weight;
            sa[k] += weight * a;
            st[k] += weight * (tl.day(i) - lastDay);
            n++;
        }
        double[] out = new double[w.targetSize()];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        for (int k = 0; k < keys; k++) {
            if (sw[k] > 0) {
                sa[k] /= sw[k];
                st[k] /= sw[k];
            }
        }
        double[] y = new double[n];
        double[][] x = new double[n][1];
        double txx = 0;
        int r = 0;
        for (int i = from; i < w.end(); i++) {
            double a = w.aht()[i];
            if (Double.isNaN(a) || !w.usable(i)) {
                continue;
            }
            int k = tl.seasonalKey(i);
            double root = Math.sqrt(Math.max(w.volume()[i], 1e-6));
            y[r] = root * (a - sa[k]);
            x[r][0] = root * (tl.day(i) - lastDay - st[k]);
            txx += x[r][0] * x[r][0];
            r++;
        }
        double b = 0;
        if (n > 2 && txx > 1e-9) {
            org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression ols =
                    new org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression();
            ols.setNoIntercept(true);
            ols.newSampleData(y, x);
            b = ols.estimateRegressionParameters()[0];
        }
        double fallback = overall(w);
        for (int t = 0; t < out.length; t++) {
            int i = w.end() + t;
            int k = tl.seasonalKey(i);
            out[t] = sw[k] > 0 ? Math.max(0, sa[k] - b * st[k] + b * (tl.day(i) - lastDay)) : fallback;
        }
        return out;
    }
}
