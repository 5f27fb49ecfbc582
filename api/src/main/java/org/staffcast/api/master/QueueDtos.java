package org.staffcast.api.master;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.staffcast.data.model.ContactQueue;

/** Request and response bodies of queues; fields as in the staffing queue configuration JSON. */
public final class QueueDtos {

    private QueueDtos() {
    }

    /**
     * The service target, exactly one of: {@code {"serviceLevel":0.8,"seconds":20}} (VOICE, CHAT),
     * {@code {"asaSeconds":30}} (VOICE, CHAT) or {@code {"respondWithinHours":4}} (EMAIL, BACKOFFICE).
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double serviceLevel,
                         @Nullable @Min(1) @Max(86_400) Integer seconds,
                         @Nullable @Min(1) @Max(86_400) Integer asaSeconds,
                         @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("720") Double respondWithinHours) {
    }

    /**
     * A queue. Defaults: shrinkage 0, maxOccupancy 1, concurrency 1 (chat: concurrent chats per agent), no
     * patience (no abandonment modelled), priority 1 (higher is more important).
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record QueueRequest(@NotBlank @Size(max = 200) String name,
                               @NotNull Channel channel,
                               @Nullable Long skillId,
                               @NotNull @Valid Target target,
                               @Nullable @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double shrinkage,
                               @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double maxOccupancy,
                               @Nullable @Min(1) @Max(20) Integer concurrency,
                               @Nullable @Min(1) @Max(86_400) Integer patienceSeconds,
                               @Nullable @Min(1) @Max(1000) Integer priority) {
    }

    @Serdeable
    public record QueueResponse(long id, long siteId, String name, Channel channel, @Nullable Long skillId,
                                Target target, double shrinkage, double maxOccupancy, int concurrency,
                                @Nullable Integer patienceSeconds, int priority, long version) {
        static QueueResponse of(ContactQueue q) {
            return new QueueResponse(q.id(), q.siteId(), q.name(), Channel.valueOf(q.channel()), q.skillId(),
                    new Target(q.targetServiceLevel(), q.targetSeconds(), q.targetAsaSeconds(), q.targetRespondWithinHours()),
                    q.shrinkage(), q.maxOccupancy(), q.concurrency(), q.patienceSeconds(), q.priority(), q.version());
        }
    }
}
