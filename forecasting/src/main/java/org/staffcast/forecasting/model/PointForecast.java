package org.staffcast.forecasting.model;

import java.util.Arrays;
import java.util.List;
import org.staffcast.forecasting.time.Timeline;

/**
 * A model's forecast of one queue on a window's target positions after the shared rules every model follows:
 * closed intervals ({@link OpenPattern}) and intervals the model cannot forecast are zero, volumes are never
 * negative, and AHT falls back to the overall mean.
 */
public record PointForecast(String model, double[] volume, double[] aht) {

    /** Runs {@code model} on {@code w} and applies the shared rules. */
    public static PointForecast of(ForecastModel model, SeriesWindow w) {
        OpenPattern open = OpenPattern.learn(w);
        double[] v = model.volume(w);
        double[] a = model.aht(w);
        double factor = model.handlesSpecialDays() ? 1.0 : SpecialDayEffect.factor(w);
        return clean(model.name(), w, open, v, a, factor);
    }

    static PointForecast clean(String name, SeriesWindow w, OpenPattern open, double[] v, double[] a,
            double specialFactor) {
        Timeline tl = w.timeline();
        double fallback = AhtEstimates.overall(w);
        double[] vol = Arrays.copyOf(v, v.length);
        double[] aht = Arrays.copyOf(a, a.length);
        for (int t = 0; t < vol.length; t++) {
            int key = tl.seasonalKey(w.end() + t);
            if (!open.isOpen(key) || Double.isNaN(vol[t]) || vol[t] < 0) {
                vol[t] = 0;
            } else if (w.special(w.end() + t)) {
                vol[t] *= specialFactor;
            }
            if (Double.isNaN(aht[t]) || aht[t] < 0) {
                aht[t] = fallback;
            }
        }
        return new PointForecast(name, vol, aht);
    }

    /** The mean of several forecasts (a combination); AHT is the mean of the known AHTs. */
    public static PointForecast mean(String name, List<PointForecast> parts) {
        int n = parts.getFirst().volume.length;
        double[] v = new double[n];
        double[] h = new double[n];
        for (int t = 0; t < n; t++) {
            double sv = 0;
            double sh = 0;
            int nh = 0;
            for (PointForecast p : parts) {
                sv += p.volume[t];
                if (!Double.isNaN(p.aht[t])) {
                    sh += p.aht[t];
                    nh++;
                }
            }
            v[t] = sv / parts.size();
            h[t] = nh > 0 ? sh / nh : Double.NaN;
        }
        return new PointForecast(name, v, h);
    }
}
