package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A skill an agent can have and a queue can need. */
@MappedEntity("skill")
public record Skill(@Id @GeneratedValue Long id, Long siteId, String name, @Version Long version) {
}
