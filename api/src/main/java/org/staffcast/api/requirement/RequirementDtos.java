package org.staffcast.api.requirement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of staffing requirements. Times are in the site's zone, with offset. */
public final class RequirementDtos {

    private RequirementDtos() {
    }

    /** Computes requirements from forecast {@code forecastId} (default: the site's latest successful forecast). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record RequirementRequest(@Nullable Long forecastId) {
    }

    /** Agents needed on one queue in one interval and the service the raw staffing is projected to give. */
    @Serdeable
    public record Requirement(long queueId, String queue, OffsetDateTime intervalStart, double volume,
                              double ahtSeconds, int agentsRaw, int agentsRequired, @Nullable Double serviceLevel,
                              @Nullable Double asaSeconds, @Nullable Double occupancy, @Nullable Double abandonRate) {
    }

    /** Peak and sum of required agents of one queue over the horizon. */
    @Serdeable
    public record QueueSummary(long queueId, String queue, int peakAgentsRequired, double agentHoursRequired) {
    }

    @Serdeable
    public record RequirementRunResponse(long id, long siteId, long forecastId, String requestedBy,
                                         OffsetDateTime computedAt, List<QueueSummary> queues,
                                         @Nullable List<Requirement> requirements) {
    }
}
