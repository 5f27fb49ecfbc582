package org.staffcast.forecasting.model;

import org.staffcast.forecasting.time.Timeline;

/**
 * Average of the same weekday and wall-clock slot over the last {@code N} ordinary weeks with an observation:
 * {@code y(t) = (1/N) * sum_{k=1..N} y(t - k weeks)}, skipping missing intervals and special days (fewer terms
 * when fewer weeks are available). Averaging cuts the Poisson noise that seasonal naive copies from a single
 * week, at the price of lagging a trend by about {@code (N+1)/2} weeks.
 */
public final class WeeksAverage implements ForecastModel {

    private final int weeks;

    public WeeksAverage(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        this.weeks = weeks;
    }

    @Override
    public String name() {
        return "average-" + weeks + "w";
    }

    @Override
    public int complexity() {
        return 1;
    }

    @Override
    public double[] volume(SeriesWindow w) {
        Timeline tl = w.timeline();
        double[] out = new double[w.targetSize()];
        int lastDay = tl.day(w.end() - 1);
        double[] y = w.volume();
        for (int t = 0; t < out.length; t++) {
            int i = w.end() + t;
            double s = 0;
            int n = 0;
            for (int k = Math.max(1, (tl.day(i) - lastDay + 6) / 7); n < weeks; k++) {
                int j = tl.weeksBefore(i, k);
                if (j < 0) {
                    break;
                }
                if (w.usable(j)) {
                    s += y[j];
                    n++;
                }
            }
            out[t] = n > 0 ? s / n : Double.NaN;
        }
        return out;
    }

    @Override
    public double[] aht(SeriesWindow w) {
        return AhtEstimates.weightedSameSlot(w, weeks);
    }
}
