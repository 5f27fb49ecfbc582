package org.staffcast.api.master;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.staffcast.data.model.ShiftTemplate;

/** Request and response bodies of shift templates. Minutes are minutes after local midnight. */
public final class ShiftTemplateDtos {

    private ShiftTemplateDtos() {
    }

    /**
     * Shifts starting between {@code earliestStartMinute} and {@code latestStartMinute} every
     * {@code startStepMinutes} (default 15), lasting one of {@code lengthsMinutes}, with a break of
     * {@code breakMinutes} in each half and a lunch of {@code lunchMinMinutes..lunchMaxMinutes} in the middle third.
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ShiftTemplateRequest(@NotBlank @Size(max = 200) String name,
                                       @NotNull @Min(0) @Max(1439) Integer earliestStartMinute,
                                       @NotNull @Min(0) @Max(1439) Integer latestStartMinute,
                                       @Nullable @Min(5) @Max(240) Integer startStepMinutes,
                                       @NotEmpty @Size(max = 20) List<@NotNull @Min(15) @Max(1440) Integer> lengthsMinutes,
                                       @Nullable @Min(0) @Max(120) Integer breakMinutes,
                                       @Nullable @Min(0) @Max(240) Integer lunchMinMinutes,
                                       @Nullable @Min(0) @Max(240) Integer lunchMaxMinutes) {
    }

    @Serdeable
    public record ShiftTemplateResponse(long id, long siteId, String name, int earliestStartMinute,
                                        int latestStartMinute, int startStepMinutes, List<Integer> lengthsMinutes,
                                        int breakMinutes, int lunchMinMinutes, int lunchMaxMinutes, long version) {
        static ShiftTemplateResponse of(ShiftTemplate t) {
            return new ShiftTemplateResponse(t.id(), t.siteId(), t.name(), t.earliestStartMinute(),
                    t.latestStartMinute(), t.startStepMinutes(),
                    Arrays.stream(t.lengthsMinutes().split(",")).map(String::trim).map(Integer::valueOf).toList(),
                    t.breakMinutes(), t.lunchMinMinutes(), t.lunchMaxMinutes(), t.version());
        }
    }
}
