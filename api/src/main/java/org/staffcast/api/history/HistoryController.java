package org.staffcast.api.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.time.OffsetDateTime;
import java.util.List;
import org.staffcast.api.common.Csv;
import org.staffcast.api.history.HistoryDtos.HistoryRow;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import org.staffcast.api.history.HistoryDtos.HistorySummary;
import org.staffcast.api.history.HistoryDtos.ImportResult;
import org.staffcast.api.security.Roles;

/** Contact history of a site. Import: ADMIN, PLANNER; summary: every role. */
@Controller("/api/v1/sites/{siteId}/history")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "History")
public class HistoryController {

    private final HistoryService service;

    public HistoryController(HistoryService service) {
        this.service = service;
    }

    /**
     * Imports a history CSV ({@code queue,interval_start,offered,handled,abandoned,aht_seconds} or raw contacts
     * {@code queue,arrived_at[,handle_seconds]}), streamed, up to 1,000,000 rows, all or nothing.
     */
    @Post
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Secured({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Import contact history CSV (all or nothing); answers rows imported and gaps found")
    public ImportResult importCsv(long siteId, @Body InputStream body) {
        return service.importCsv(siteId, body);
    }

    /** One queue's stored intervals in [from, to) as JSON, or as the import CSV with {@code Accept: text/csv}. */
    @Get("/{queueId}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    @Operation(summary = "One queue's stored history in [from, to) (JSON or text/csv in the import format)")
    public HttpResponse<?> rows(long siteId, long queueId, @QueryValue @Nullable OffsetDateTime from,
                                @QueryValue @Nullable OffsetDateTime to, HttpRequest<?> request) {
        List<HistoryRow> rows = service.rows(siteId, queueId, from, to);
        if (Csv.wanted(request)) {
            return HttpResponse.ok(HistoryService.csv(rows)).contentType("text/csv;charset=utf-8");
        }
        return HttpResponse.ok(rows).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    @Operation(summary = "Stored history per queue: rows, first and last interval")
    public HistorySummary summary(long siteId) {
        return service.summary(siteId);
    }
}
