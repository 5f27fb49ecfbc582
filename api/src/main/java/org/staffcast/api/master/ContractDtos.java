package org.staffcast.api.master;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.staffcast.data.model.Contract;

/** Request and response bodies of contracts. */
public final class ContractDtos {

    private ContractDtos() {
    }

    /** Working-time rules; {@code allowedShiftTemplateIds} empty means every template of the site. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ContractRequest(@NotBlank @Size(max = 200) String name,
                                  @NotNull @Min(0) @Max(10_080) Integer minMinutesPerWeek,
                                  @NotNull @Min(0) @Max(10_080) Integer maxMinutesPerWeek,
                                  @NotNull @Min(0) @Max(7) Integer maxDaysPerWeek,
                                  @NotNull @Min(1) @Max(31) Integer maxConsecutiveWorkingDays,
                                  @NotNull @Min(0) @Max(7) Integer minConsecutiveDaysOff,
                                  @NotNull @Min(0) @Max(48) Integer minRestHours,
                                  @NotNull @Min(0) @Max(53) Integer maxWeekends,
                                  @Nullable @Size(max = 200) List<@NotNull Long> allowedShiftTemplateIds) {
    }

    @Serdeable
    public record ContractResponse(long id, long siteId, String name, int minMinutesPerWeek, int maxMinutesPerWeek,
                                   int maxDaysPerWeek, int maxConsecutiveWorkingDays, int minConsecutiveDaysOff,
                                   int minRestHours, int maxWeekends, List<Long> allowedShiftTemplateIds,
                                   long version) {
        static ContractResponse of(Contract c, List<Long> templates) {
            return new ContractResponse(c.id(), c.siteId(), c.name(), c.minMinutesPerWeek(), c.maxMinutesPerWeek(),
                    c.maxDaysPerWeek(), c.maxConsecutiveWorkingDays(), c.minConsecutiveDaysOff(), c.minRestHours(),
                    c.maxWeekends(), templates, c.version());
        }
    }
}
