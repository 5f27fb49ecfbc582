package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A contact-center site: IANA time zone, interval length (15/30/60 minutes) and first day of the planning week. */
@MappedEntity("site")
public record Site(@Id @GeneratedValue Long id, String name, String timeZone, int intervalMinutes,
                   String firstDayOfWeek, @Version Long version) {
}
