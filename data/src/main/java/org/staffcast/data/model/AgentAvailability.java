package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A weekly window [startMinute, endMinute) after local midnight of {@code dayOfWeek} when the agent can work. */
@MappedEntity("agent_availability")
public record AgentAvailability(@Id @GeneratedValue Long id, Long agentId, String dayOfWeek, int startMinute,
                                int endMinute) {
}
