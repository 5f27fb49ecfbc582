package org.staffcast.api.history;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/** Response bodies of {@code /api/v1/sites/{id}/history}. Times are in the site's zone, with offset. */
public final class HistoryDtos {

    private HistoryDtos() {
    }

    /** A run of consecutive intervals without a row for the queue (closed or not recorded: unknown, not zero). */
    @Serdeable
    public record Gap(String queue, OffsetDateTime from, OffsetDateTime to, int intervals) {
    }

    /** Stored history of one queue. */
    @Serdeable
    public record QueueSpan(long queueId, String queue, long rows, OffsetDateTime firstIntervalStart,
                            OffsetDateTime lastIntervalStart) {
    }

    /**
     * Result of an import: rows written (replacing stored rows of the same queue and interval), the gaps found in
     * the upload ({@code gapsFound} in all; the first {@code gaps} listed), and the stored history per queue after
     * the import.
     */
    @Serdeable
    public record ImportResult(long rowsImported, int intervalMinutes, String timeZone, int gapsFound,
                               List<Gap> gaps, List<QueueSpan> queues) {
    }

    /** One stored interval of one queue; unknown values are null. */
    @Serdeable
    public record HistoryRow(String queue, OffsetDateTime intervalStart, double offered, Double handled,
                             Double abandoned, Double ahtSeconds) {
    }

    /** Stored history of the site per queue. */
    @Serdeable
    public record HistorySummary(long rows, List<QueueSpan> queues) {
    }
}
