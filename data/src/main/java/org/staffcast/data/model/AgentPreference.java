package org.staffcast.data.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A soft wish: {@code DAY_OFF} on a weekday, or {@code PREFER_START} / {@code AVOID_START} at a minute after midnight. */
@MappedEntity("agent_preference")
public record AgentPreference(@Id @GeneratedValue Long id, Long agentId, String kind, @Nullable String dayOfWeek,
                              @Nullable Integer startMinute, int weight) {
}
