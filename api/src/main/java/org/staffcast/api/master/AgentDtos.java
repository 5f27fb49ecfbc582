package org.staffcast.api.master;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of agents. Child lists are replaced as a whole on update. */
public final class AgentDtos {

    private AgentDtos() {
    }

    /** A skill with proficiency 1 (learning) to 5 (expert). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record SkillLevel(@NotNull Long skillId, @NotNull @Min(1) @Max(5) Integer proficiency) {
    }

    /** A weekly window [startMinute, endMinute) after local midnight when the agent can work. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Availability(@NotNull DayOfWeek dayOfWeek, @NotNull @Min(0) @Max(1439) Integer startMinute,
                               @NotNull @Min(1) @Max(1440) Integer endMinute) {
    }

    /** Whole local days off, firstDay..lastDay inclusive. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record TimeOff(@NotNull LocalDate firstDay, @NotNull LocalDate lastDay,
                          @Nullable @Size(max = 200) String reason) {
    }

    /** What a preference asks for. */
    public enum PreferenceKind { DAY_OFF, PREFER_START, AVOID_START }

    /** A soft wish; {@code startMinute} for PREFER_START / AVOID_START; weight 1..100. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Preference(@NotNull PreferenceKind kind, @Nullable DayOfWeek dayOfWeek,
                             @Nullable @Min(0) @Max(1439) Integer startMinute,
                             @Nullable @Min(1) @Max(100) Integer weight) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record AgentRequest(@NotBlank @Size(max = 200) String name,
                               @Nullable @Size(min = 1, max = 100) String externalId,
                               @Nullable Long teamId,
                               @Nullable Long contractId,
                               @Nullable @Size(max = 100) List<@NotNull @Valid SkillLevel> skills,
                               @Nullable @Size(max = 100) List<@NotNull @Valid Availability> availability,
                               @Nullable @Size(max = 500) List<@NotNull @Valid TimeOff> timeOff,
                               @Nullable @Size(max = 100) List<@NotNull @Valid Preference> preferences) {
    }

    @Serdeable
    public record AgentResponse(long id, long siteId, String name, @Nullable String externalId,
                                @Nullable Long teamId, @Nullable Long contractId, List<SkillLevel> skills,
                                List<Availability> availability, List<TimeOff> timeOff,
                                List<Preference> preferences, long version) {
    }
}
