package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/**
 * Shifts an agent may work: start between {@code earliestStartMinute} and {@code latestStartMinute} (minutes after
 * local midnight) in steps of {@code startStepMinutes}, one of the lengths in {@code lengthsMinutes} (comma
 * separated), a break of {@code breakMinutes} in each half and a lunch of {@code lunchMinMinutes..lunchMaxMinutes}.
 */
@MappedEntity("shift_template")
public record ShiftTemplate(@Id @GeneratedValue Long id, Long siteId, String name,
                            int earliestStartMinute, int latestStartMinute, int startStepMinutes,
                            String lengthsMinutes, int breakMinutes, int lunchMinMinutes, int lunchMaxMinutes,
                            @Version Long version) {
}
