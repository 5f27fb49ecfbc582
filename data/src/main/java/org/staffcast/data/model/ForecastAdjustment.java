package org.staffcast.data.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/**
 * A manager's override of one queue's forecast on [startAt, endAt) (UTC epoch seconds): {@code PERCENT} scales the
 * volume by (1 + amount/100), {@code ABSOLUTE} adds {@code amount} contacts per interval. Deleting sets
 * {@code deletedAt}/{@code deletedBy}; the row stays for the audit trail.
 */
@MappedEntity("forecast_adjustment")
public record ForecastAdjustment(@Id @GeneratedValue Long id, Long runId, Long queueId, long startAt, long endAt,
                                 String kind, double amount, String author, String reason, long createdAt,
                                 @Nullable Long deletedAt, @Nullable String deletedBy, @Version Long version) {
}
