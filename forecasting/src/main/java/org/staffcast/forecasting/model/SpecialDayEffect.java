package org.staffcast.forecasting.model;

import org.staffcast.forecasting.time.Timeline;

/**
 * The special-day factor: how much volume a special day (holiday) gets relative to an ordinary day of the same
 * weekday, learnt from the special days in the training part as
 * {@code mean over special days d of total(d) / mean(total of the same weekday 1 and 2 weeks before and after)},
 * using ordinary observed days as the reference. A special day with no rows at all counts as closed (total 0)
 * when its reference days were open. With no special day in the history the factor is 1 (no evidence).
 */
public final class SpecialDayEffect {

    private SpecialDayEffect() {
    }

    /** The factor, {@code >= 0}. */
    public static double factor(SeriesWindow w) {
        Timeline tl = w.timeline();
        int lastFullDay = tl.day(w.end() - 1) - (w.end() == tl.dayFirst(tl.day(w.end() - 1) + 1) ? 0 : 1);
        double sum = 0;
        int n = 0;
        for (int d = 0; d <= lastFullDay; d++) {
            if (!w.specialDay()[d]) {
                continue;
            }
            double ref = 0;
            int refs = 0;
            for (int k : new int[] {-14, -7, 7, 14}) {
                int e = d + k;
                if (e < 0 || e > lastFullDay || w.specialDay()[e]) {
                    continue;
                }
                double t = dayTotal(w, e);
                if (!Double.isNaN(t)) {
                    ref += t;
                    refs++;
                }
            }
            if (refs == 0 || ref <= 0) {
                continue;
            }
            double t = dayTotal(w, d);
            sum += (Double.isNaN(t) ? 0 : t) / (ref / refs);
            n++;
        }
        return n == 0 ? 1.0 : sum / n;
    }

    /** Sum of observed volume of day {@code d}, NaN when the day has no observation. */
    static double dayTotal(SeriesWindow w, int d) {
        Timeline tl = w.timeline();
        double s = 0;
        boolean any = false;
        int to = Math.min(tl.dayFirst(d + 1), w.end());
        for (int i = tl.dayFirst(d); i < to; i++) {
            double v = w.volume()[i];
            if (!Double.isNaN(v)) {
                s += v;
                any = true;
            }
        }
        return any ? s : Double.NaN;
    }
}
