package org.staffcast.forecasting.backtest;

import java.util.List;
import java.util.Map;

/**
 * Result of a rolling-origin backtest: per queue the folds actually run, the scores of every model (keyed by
 * model name, in complexity order; a {@code combination} entry when computed) and the model chosen
 * ({@code auto}: the lowest interval WAPE, ties to the simpler model). {@code overall} pools all queues.
 */
public record BacktestResult(int horizonDays, int foldsRequested, Map<String, Integer> foldsRun,
        Map<String, Map<String, ModelScore>> scores, Map<String, String> chosen, Map<String, ModelScore> overall,
        List<String> models) {

    /** The chosen model's score for {@code queue}, or null when the queue could not be backtested. */
    public ModelScore chosenScore(String queue) {
        String m = chosen.get(queue);
        return m == null ? null : scores.get(queue).get(m);
    }
}
