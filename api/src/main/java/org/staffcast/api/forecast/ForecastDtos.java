package org.staffcast.api.forecast;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of forecast runs and adjustments. Times are in the site's zone, with offset. */
public final class ForecastDtos {

    private ForecastDtos() {
    }

    /** Starts a forecast over the stored history: {@code horizonDays} (default 7) with {@code model} (default auto). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ForecastRequest(@Nullable @Min(1) @Max(366) Integer horizonDays,
                                  @Nullable @Size(min = 1, max = 64) String model) {
    }

    /** Backtest accuracy of the model used for one queue (null where the history was too short to backtest). */
    @Serdeable
    public record QueueAccuracy(String queue, String model, @Nullable Double wape, @Nullable Double mase,
                                @Nullable Double bias) {
    }

    /** A forecast run: {@code version} counts the site's runs (1, 2, ...); status QUEUED, RUNNING, SUCCEEDED, FAILED. */
    @Serdeable
    public record RunResponse(long id, long siteId, int version, String status, String model, int horizonDays,
                              String requestedBy, OffsetDateTime requestedAt, @Nullable OffsetDateTime finishedAt,
                              @Nullable OffsetDateTime historyFrom, @Nullable OffsetDateTime historyTo,
                              @Nullable OffsetDateTime forecastFrom, @Nullable OffsetDateTime forecastTo,
                              @Nullable Double wape, List<QueueAccuracy> accuracy, @Nullable String error) {
    }

    /**
     * One forecast interval: the model's {@code baseVolume}, the sum of active adjustments ({@code adjustment}) and the
     * adjusted {@code volume} with its adjusted 80% interval; {@code ahtSeconds} null when history had none.
     */
    @Serdeable
    public record ForecastValue(long queueId, String queue, OffsetDateTime intervalStart, double baseVolume,
                                double adjustment, double volume, double volumeLo80, double volumeHi80,
                                @Nullable Double ahtSeconds, String model) {
    }

    /** A forecast with its adjustments (deleted ones included, marked) and its adjusted values. */
    @Serdeable
    public record ForecastView(RunResponse run, List<AdjustmentResponse> adjustments, List<ForecastValue> values) {
    }

    /** How an adjustment changes the volume. */
    public enum AdjustmentKind {
        /** volume × (1 + amount / 100). */
        PERCENT,
        /** volume + amount contacts per interval. */
        ABSOLUTE
    }

    /**
     * A manager's override of one queue on [start, end) (both interval starts of the site grid): PERCENT by
     * {@code amount} % (−100..1000) or ABSOLUTE by {@code amount} contacts per interval (±100000), with a reason.
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record AdjustmentRequest(@NotNull Long queueId, @NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
                                    @NotNull AdjustmentKind kind, @NotNull Double amount,
                                    @NotBlank @Size(max = 1000) String reason) {
    }

    /** An adjustment with its audit trail; {@code active} is false once deleted. */
    @Serdeable
    public record AdjustmentResponse(long id, long forecastId, long queueId, OffsetDateTime start, OffsetDateTime end,
                                     AdjustmentKind kind, double amount, String author, String reason,
                                     OffsetDateTime createdAt, boolean active, @Nullable OffsetDateTime deletedAt,
                                     @Nullable String deletedBy, long version) {
    }
}
