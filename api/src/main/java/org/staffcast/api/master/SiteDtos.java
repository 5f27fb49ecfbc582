package org.staffcast.api.master;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import org.staffcast.data.model.Site;

/** Request and response bodies of {@code /api/v1/sites}. */
public final class SiteDtos {

    private SiteDtos() {
    }

    /** A site: IANA {@code timeZone}, {@code intervalMinutes} 15 (default), 30 or 60, {@code firstDayOfWeek} (MONDAY). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record SiteRequest(@NotBlank @Size(max = 200) String name,
                              @NotBlank @Size(max = 64) String timeZone,
                              @Nullable Integer intervalMinutes,
                              @Nullable DayOfWeek firstDayOfWeek) {
    }

    @Serdeable
    public record SiteResponse(long id, String name, String timeZone, int intervalMinutes, DayOfWeek firstDayOfWeek,
                               long version) {
        static SiteResponse of(Site s) {
            return new SiteResponse(s.id(), s.name(), s.timeZone(), s.intervalMinutes(),
                    DayOfWeek.valueOf(s.firstDayOfWeek()), s.version());
        }
    }
}
