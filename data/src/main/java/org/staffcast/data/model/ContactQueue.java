package org.staffcast.data.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/**
 * A queue where contacts wait. Its service target is exactly one of: {@code targetServiceLevel} answered within
 * {@code targetSeconds}, an average speed of answer {@code targetAsaSeconds}, or a response within
 * {@code targetRespondWithinHours} (email, back office).
 */
@MappedEntity("contact_queue")
public record ContactQueue(@Id @GeneratedValue Long id, Long siteId, String name, String channel,
                           @Nullable Long skillId,
                           @Nullable Double targetServiceLevel, @Nullable Integer targetSeconds,
                           @Nullable Integer targetAsaSeconds, @Nullable Double targetRespondWithinHours,
                           double shrinkage, double maxOccupancy, int concurrency,
                           @Nullable Integer patienceSeconds, int priority, @Version Long version) {
}
