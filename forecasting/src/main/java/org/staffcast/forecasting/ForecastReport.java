package org.staffcast.forecasting;

import java.util.Map;
import org.staffcast.forecasting.backtest.BacktestResult;
import org.staffcast.forecasting.model.Forecast;

/**
 * A forecast with how it was made: the model per queue (as written in the rows) and its backtest interval WAPE
 * (NaN when the history was too short to backtest), and the full backtest ({@code null} when none ran).
 */
public record ForecastReport(Forecast forecast, Map<String, String> modelByQueue, Map<String, Double> backtestWape,
        BacktestResult backtest) {
}
