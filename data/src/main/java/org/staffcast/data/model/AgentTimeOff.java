package org.staffcast.data.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** Whole local days off, {@code firstDay..lastDay} inclusive. */
@MappedEntity("agent_time_off")
public record AgentTimeOff(@Id @GeneratedValue Long id, Long agentId, LocalDate firstDay, LocalDate lastDay,
                           @Nullable String reason) {
}
