package org.staffcast.forecasting.model;

import org.staffcast.forecasting.time.Timeline;

/**
 * Weekly seasonal naive: the forecast for an interval is the value of the same weekday and wall-clock slot one
 * week earlier, {@code y(t) = y(t - 1 week)}; for targets more than a week ahead, the latest observed week is
 * repeated. When that week is missing or a special day, the week before it is used, and so on. AHT likewise.
 * The benchmark every other model must beat, and the scale of MASE.
 */
public final class SeasonalNaive implements ForecastModel {

    public static final String NAME = "seasonal-naive";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int complexity() {
        return 0;
    }

    @Override
    public double[] volume(SeriesWindow w) {
        return lastSameSlot(w, w.volume());
    }

    @Override
    public double[] aht(SeriesWindow w) {
        double[] a = lastSameSlot(w, w.aht());
        double fallback = AhtEstimates.overall(w);
        for (int t = 0; t < a.length; t++) {
            if (Double.isNaN(a[t])) {
                a[t] = fallback;
            }
        }
        return a;
    }

    private static double[] lastSameSlot(SeriesWindow w, double[] y) {
        Timeline tl = w.timeline();
        double[] out = new double[w.targetSize()];
        int lastDay = tl.day(w.end() - 1);
        for (int t = 0; t < out.length; t++) {
            int i = w.end() + t;
            out[t] = Double.NaN;
            int k = Math.max(1, (tl.day(i) - lastDay + 6) / 7);
            for (;; k++) {
                int j = tl.weeksBefore(i, k);
                if (j < 0) {
                    break;
                }
                if (j < w.end() && w.usable(j) && !Double.isNaN(y[j])) {
                    out[t] = y[j];
                    break;
                }
            }
        }
        return out;
    }
}
