package org.staffcast.forecasting.model;

/**
 * A forecasting model: from the training part of a {@link SeriesWindow} it forecasts offered volume and AHT for
 * the target positions. Models are stateless and thread-safe. Volumes may come back {@code NaN} where the model
 * has nothing to go on; callers treat that, and closed intervals, as zero.
 */
public interface ForecastModel {

    /** Short name used on the command line and in forecast rows, e.g. {@code seasonal-naive}. */
    String name();

    /** Rank of simplicity, lower is simpler: ties in backtest accuracy go to the simpler model. */
    int complexity();

    /**
     * True when the model forecasts special days itself (e.g. with dummies); otherwise its forecast of a special
     * day is scaled by the {@link SpecialDayEffect} factor.
     */
    default boolean handlesSpecialDays() {
        return false;
    }

    /** Offered volume for positions {@code [end, targetEnd)}, index 0 is {@code end}. */
    double[] volume(SeriesWindow w);

    /**
     * AHT seconds for the target positions. Default: the volume-weighted mean AHT of the same weekday and
     * wall-clock slot over the last 6 weeks, {@code sum(v*aht)/sum(v)}, falling back to the overall weighted mean.
     */
    default double[] aht(SeriesWindow w) {
        return AhtEstimates.weightedSameSlot(w, 6);
    }
}
