package org.staffcast.forecasting.model;

import org.staffcast.forecasting.time.Timeline;

/**
 * Top-down: daily totals forecast by Holt-Winters exponential smoothing with a damped additive trend and
 * multiplicative weekly seasonality (ETS(A,Ad,M); Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and
 * Practice</i>, 3rd ed., section 8.3), split over the day's intervals by a smoothed intraday profile per weekday.
 *
 * <p>Daily total of day {@code d}: the observed sum divided by the profile share of the observed slots (so a day
 * with a few missing rows is not read as a low day); days with less than half the profile observed, special days
 * and closed weekdays are missing, and Holt-Winters skips them (level and trend carried forward:
 * {@code l = l + phi b, b = phi b}). Updates on observed days: {@code l' = a y/s + (1-a)(l + phi b)},
 * {@code b' = beta (l' - l) + (1-beta) phi b}, {@code s' = g y/l' + (1-g) s}. The smoothing parameters
 * minimise the squared error of the 1- to 7-day-ahead forecasts of the daily totals over a small grid. The profile of weekday {@code w}
 * is the mean share of each slot over the last {@value #PROFILE_WEEKS} ordinary weeks, smoothed over open
 * neighbouring slots with weights (w,1,w)/(1+2w), {@code w = 0.5 * 15 / interval minutes} (so (1,2,1)/4 on a
 * 15-minute grid and hardly any smoothing on an hourly one); a forecast day's total is split as
 * {@code T * p(slot) / sum of p over that day's open intervals}, which keeps totals right on DST days.
 */
public final class TopDownHoltWinters implements ForecastModel {

    static final int PROFILE_WEEKS = 6;
    private static final double[] ALPHA = {0.05, 0.1, 0.2, 0.35, 0.5};
    private static final double[] BETA = {0, 0.03, 0.1};
    private static final double[] GAMMA = {0.05, 0.15, 0.3};
    private static final double[] PHI = {0.9, 0.98};

    @Override
    public String name() {
        return "top-down";
    }

    @Override
    public int complexity() {
        return 2;
    }

    @Override
    public double[] volume(SeriesWindow w) {
        Timeline tl = w.timeline();
        OpenPattern open = OpenPattern.learn(w);
        int spd = tl.grid().slotsPerDay();
        double[] profile = profile(w, open);
        int firstTargetDay = tl.day(w.end());
        // daily totals of the training days before the first target day
        double[] total = new double[firstTargetDay];
        for (int d = 0; d < firstTargetDay; d++) {
            total[d] = Double.NaN;
            if (w.specialDay()[d]) {
                continue;
            }
            double s = 0;
            double share = 0;
            double dayShare = 0;
            for (int i = tl.dayFirst(d); i < tl.dayFirst(d + 1); i++) {
                double p = profile[tl.seasonalKey(i)];
                dayShare += p;
                if (w.usable(i)) {
                    s += w.volume()[i];
                    share += p;
                }
            }
            if (dayShare > 0 && share >= 0.5 * dayShare) {
                total[d] = s / (share / dayShare);
            }
        }
        int firstDow = tl.dayOfWeek(0);
        int lastTargetDay = tl.day(w.targetEnd() - 1);
        double[] dayForecast = holtWinters(total, firstDow, lastTargetDay - firstTargetDay + 1);
        double[] out = new double[w.targetSize()];
        for (int d = firstTargetDay; d <= lastTargetDay; d++) {
            double norm = 0;
            for (int i = tl.dayFirst(d); i < tl.dayFirst(d + 1); i++) {
                int key = tl.seasonalKey(i);
                norm += open.isOpen(key) ? profile[key] : 0;
            }
            double t = dayForecast[d - firstTargetDay];
            for (int i = Math.max(tl.dayFirst(d), w.end()); i < Math.min(tl.dayFirst(d + 1), w.targetEnd()); i++) {
                int key = tl.seasonalKey(i);
                out[i - w.end()] = norm > 0 && open.isOpen(key) && !Double.isNaN(t) ? t * profile[key] / norm : 0;
            }
        }
        return out;
    }

    /** Mean share of each weekday-slot in its day's total over the last ordinary weeks, smoothed. */
    static double[] profile(SeriesWindow w, OpenPattern open) {
        Timeline tl = w.timeline();
        int spd = tl.grid().slotsPerDay();
        double[] sum = new double[tl.keyCount()];
        int[] days = new int[7];
        int lastDay = tl.day(w.end() - 1);
        int from = Math.max(0, lastDay - 7 * PROFILE_WEEKS + 1);
        for (int d = from; d <= lastDay; d++) {
            if (w.specialDay()[d] || tl.dayFirst(d + 1) > w.end()) {
                continue;
            }
            double s = 0;
            boolean any = false;
            for (int i = tl.dayFirst(d); i < tl.dayFirst(d + 1); i++) {
                if (w.usable(i)) {
                    s += w.volume()[i];
                    any = true;
                }
            }
            if (!any || s <= 0) {
                continue;
            }
            int dow = tl.dayOfWeek(tl.dayFirst(d));
            days[dow]++;
            for (int i = tl.dayFirst(d); i < tl.dayFirst(d + 1); i++) {
                if (w.usable(i)) {
                    sum[tl.seasonalKey(i)] += w.volume()[i] / s;
                }
            }
        }
        double[] p = new double[sum.length];
        double neighbour = 0.5 * 15.0 / tl.grid().minutes();
        for (int dow = 0; dow < 7; dow++) {
            for (int k = 0; k < spd; k++) {
                int key = dow * spd + k;
                if (days[dow] == 0 || !open.isOpen(key)) {
                    continue;
                }
                double c = sum[key];
                double wsum = 1;
                if (k > 0 && open.isOpen(key - 1)) {
                    c += neighbour * sum[key - 1];
                    wsum += neighbour;
                }
                if (k < spd - 1 && open.isOpen(key + 1)) {
                    c += neighbour * sum[key + 1];
                    wsum += neighbour;
                }
                p[key] = c / wsum / days[dow];
            }
        }
        return p;
    }

    /**
     * Holt-Winters on daily totals (NaN = missing) with weekly seasonality; returns forecasts for the
     * {@code ahead} days after the series. {@code firstDow} is the weekday of day 0 (Monday 0).
     */
    static double[] holtWinters(double[] y, int firstDow, int ahead) {
        double best = Double.POSITIVE_INFINITY;
        double[] bestParams = {0.2, 0, 0.15, 0.98};
        for (double a : ALPHA) {
            for (double b : BETA) {
                for (double g : GAMMA) {
                    for (double phi : PHI) {
                        double sse = run(y, firstDow, a, b, g, phi, 0, null);
                        if (sse < best) {
                            best = sse;
                            bestParams = new double[] {a, b, g, phi};
                        }
                    }
                }
            }
        }
        double[] out = new double[ahead];
        run(y, firstDow, bestParams[0], bestParams[1], bestParams[2], bestParams[3], ahead, out);
        return out;
    }

    /** One pass; returns the 1..7-step SSE after the first two weeks and fills {@code out} with forecasts. */
    private static double run(double[] y, int firstDow, double alpha, double beta, double gamma, double phi,
            int ahead, double[] out) {
        double[] season = new double[7];
        int[] count = new int[7];
        double level = 0;
        int levelN = 0;
        int init = Math.min(y.length, 14);
        for (int d = 0; d < init; d++) {
            if (!Double.isNaN(y[d])) {
                season[(firstDow + d) % 7] += y[d];
                count[(firstDow + d) % 7]++;
                level += y[d];
                levelN++;
            }
        }
        if (levelN == 0) {
            // look further for a start
            for (int d = init; d < y.length && levelN == 0; d++) {
                if (!Double.isNaN(y[d])) {
                    level = y[d];
                    levelN = 1;
                }
            }
            if (levelN == 0) {
                if (out != null) {
                    java.util.Arrays.fill(out, Double.NaN);
                }
                return Double.POSITIVE_INFINITY;
            }
        }
        level /= levelN;
        // weekday means over the open weekdays: level is the mean of an open day
        int openDays = 0;
        double openMean = 0;
        for (int k = 0; k < 7; k++) {
            if (count[k] > 0) {
                season[k] = season[k] / count[k];
                openMean += season[k];
                openDays++;
            }
        }
        openMean = openDays > 0 ? openMean / openDays : level;
        level = openMean;
        for (int k = 0; k < 7; k++) {
            season[k] = count[k] > 0 && level > 0 ? season[k] / level : 1;
        }
        double trend = 0;
        double sse = 0;
        for (int d = 0; d < y.length; d++) {
            int dow = (firstDow + d) % 7;
            double lPrev = level + phi * trend;
            if (Double.isNaN(y[d])) {
                level = lPrev;
                trend = phi * trend;
                continue;
            }
            double s = season[dow];
            if (d >= 14) {
                // squared errors of the 1..7-day-ahead forecasts made before this day's update
                double damp = 0;
                double pow = 1;
                for (int h = 1; h <= 7 && d + h - 1 < y.length; h++) {
                    pow *= phi;
                    damp += pow;
                    double target = y[d + h - 1];
                    if (!Double.isNaN(target)) {
                        double f = (level + damp * trend) * season[(dow + h - 1) % 7];
                        double e = target - f;
                        sse += e * e;
                    }
                }
            }
            double newLevel = s > 1e-9 ? alpha * (y[d] / s) + (1 - alpha) * lPrev : lPrev;
            trend = beta * (newLevel - level) + (1 - beta) * phi * trend;
            level = newLevel;
            if (level > 1e-9) {
                season[dow] = gamma * (y[d] / level) + (1 - gamma) * s;
            }
        }
        if (out != null) {
            double damp = 0;
            double pow = 1;
            for (int h = 1; h <= ahead; h++) {
                pow *= phi;
                damp += pow;
                int dow = (firstDow + y.length + h - 1) % 7;
                out[h - 1] = Math.max(0, (level + damp * trend) * season[dow]);
            }
        }
        return sse;
    }

    /** AHT: a smoothed weekly AHT level times the weekday-slot AHT profile (see AhtEstimates). */
    @Override
    public double[] aht(SeriesWindow w) {
        return AhtEstimates.levelTimesProfile(w, PROFILE_WEEKS);
    }
}
