package org.staffcast.forecasting.backtest;

/**
 * Forecast accuracy on one level (interval or day) over all backtest folds:
 * <ul>
 *   <li>{@code wape} = {@code sum|actual - forecast| / sum actual} (weighted absolute percentage error, as a
 *       fraction);</li>
 *   <li>{@code mase} = mean absolute error divided by the in-sample mean absolute error of the weekly seasonal
 *       naive forecast (Hyndman &amp; Koehler 2006, "Another look at measures of forecast accuracy", with
 *       seasonal period one week), pooled over folds;</li>
 *   <li>{@code bias} = {@code sum(forecast - actual) / sum actual} (positive: over-forecast);</li>
 *   <li>{@code points}: number of (interval or day) actuals compared.</li>
 * </ul>
 * Only observed actuals count: missing intervals are not scored.
 */
public record Accuracy(double wape, double mase, double bias, long points) {

    /** Sums from which an {@link Accuracy} is made. */
    static final class Sums {
        double absError;
        double actual;
        double error;
        double scaleTimesPoints;
        long points;

        void add(double a, double f) {
            absError += Math.abs(a - f);
            actual += a;
            error += f - a;
            points++;
        }

        void add(Sums o) {
            absError += o.absError;
            actual += o.actual;
            error += o.error;
            scaleTimesPoints += o.scaleTimesPoints;
            points += o.points;
        }

        Accuracy accuracy() {
            double wape = actual > 0 ? absError / actual : Double.NaN;
            double bias = actual > 0 ? error / actual : Double.NaN;
            double mase = scaleTimesPoints > 0 ? absError / scaleTimesPoints : Double.NaN;
            return new Accuracy(wape, mase, bias, points);
        }
    }
}
