package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** Working-time rules of an agent's employment contract. Allowed shift templates are in {@link ContractShiftTemplate}. */
@MappedEntity("contract")
public record Contract(@Id @GeneratedValue Long id, Long siteId, String name,
                       int minMinutesPerWeek, int maxMinutesPerWeek, int maxDaysPerWeek,
                       int maxConsecutiveWorkingDays, int minConsecutiveDaysOff, int minRestHours, int maxWeekends,
                       @Version Long version) {
}
