package org.staffcast.forecasting.backtest;

/**
 * Backtest accuracy of one model on one queue (or on all queues when {@code queue} is {@code *}), at interval
 * and daily level. {@code label} names the model as it appears in forecasts (for a combination, its parts).
 * {@code logRatioQ10}/{@code logRatioQ90} are the 10% and 90% quantiles of {@code ln((actual+1)/(forecast+1))}
 * over the scored open intervals, used for 80% prediction intervals (NaN when too few points).
 */
public record ModelScore(String queue, String model, String label, Accuracy interval, Accuracy daily,
        double logRatioQ10, double logRatioQ90) {
}
