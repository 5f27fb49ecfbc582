package org.staffcast.api.master;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.staffcast.data.model.Skill;

/** Request and response bodies of skills. */
public final class SkillDtos {

    private SkillDtos() {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record SkillRequest(@NotBlank @Size(max = 200) String name) {
    }

    @Serdeable
    public record SkillResponse(long id, long siteId, String name, long version) {
        static SkillResponse of(Skill e) {
            return new SkillResponse(e.id(), e.siteId(), e.name(), e.version());
        }
    }
}
