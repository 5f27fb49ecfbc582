package org.staffcast.api.master;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.staffcast.data.model.Team;

/** Request and response bodies of teams. */
public final class TeamDtos {

    private TeamDtos() {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record TeamRequest(@NotBlank @Size(max = 200) String name) {
    }

    @Serdeable
    public record TeamResponse(long id, long siteId, String name, long version) {
        static TeamResponse of(Team e) {
            return new TeamResponse(e.id(), e.siteId(), e.name(), e.version());
        }
    }
}
