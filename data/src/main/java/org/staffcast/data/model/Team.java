package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A team of agents (reporting line); schedules can be read per team. */
@MappedEntity("team")
public record Team(@Id @GeneratedValue Long id, Long siteId, String name, @Version Long version) {
}
