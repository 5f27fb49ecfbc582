package org.staffcast.data.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/**
 * One forecast run of a site (version {@code runNumber}): status, requested model, horizon, the history it used,
 * the forecast range, and the backtest accuracy per queue as JSON. Instants are UTC epoch seconds.
 */
@MappedEntity("forecast_run")
public record ForecastRun(@Id @GeneratedValue Long id, Long siteId, int runNumber, String status, String model,
                          int horizonDays, String requestedBy, long requestedAt, @Nullable Long finishedAt,
                          @Nullable Long historyFrom, @Nullable Long historyTo,
                          @Nullable Long forecastFrom, @Nullable Long forecastTo,
                          @Nullable String accuracyJson, @Nullable Double wape, @Nullable String errorMessage,
                          @Version Long version) {
}
