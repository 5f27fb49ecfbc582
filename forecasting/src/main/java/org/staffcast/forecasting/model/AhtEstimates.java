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
}
