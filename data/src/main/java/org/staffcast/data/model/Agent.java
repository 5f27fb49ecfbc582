package org.staffcast.data.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** An agent; skills, availability, time off and preferences are child rows. */
@MappedEntity("agent")
public record Agent(@Id @GeneratedValue Long id, Long siteId, String name, @Nullable String externalId,
                    @Nullable Long teamId, @Nullable Long contractId, @Version Long version) {
}
