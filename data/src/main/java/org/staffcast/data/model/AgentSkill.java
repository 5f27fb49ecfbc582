package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A skill of an agent with proficiency 1 (learning) to 5 (expert). */
@MappedEntity("agent_skill")
public record AgentSkill(@Id @GeneratedValue Long id, Long agentId, Long skillId, int proficiency) {
}
