package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One computation of staffing requirements from a forecast run (with the adjustments active at that time). */
@MappedEntity("requirement_run")
public record RequirementRun(@Id @GeneratedValue Long id, Long siteId, Long forecastRunId, String requestedBy,
                             long computedAt) {
}
