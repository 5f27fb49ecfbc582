package org.staffcast.api.forecast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.staffcast.api.common.Csv;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.forecast.ForecastDtos.AdjustmentRequest;
import org.staffcast.api.forecast.ForecastDtos.AdjustmentResponse;
import org.staffcast.api.forecast.ForecastDtos.ForecastRequest;
import org.staffcast.api.forecast.ForecastDtos.ForecastView;
import org.staffcast.api.forecast.ForecastDtos.RunResponse;
import org.staffcast.api.security.Roles;

/**
 * Forecast runs and their adjustments. Start a run: ADMIN, PLANNER; adjust: ADMIN, MANAGER; read: every role.
 */
@Controller("/api/v1/sites/{siteId}/forecasts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forecasts")
public class ForecastController {

    static final String CSV = "text/csv";

    private final ForecastService forecasts;
    private final AdjustmentService adjustments;

    public ForecastController(ForecastService forecasts, AdjustmentService adjustments) {
        this.forecasts = forecasts;
        this.adjustments = adjustments;
    }

    /** Starts a forecast over the stored history; 202 with the run's URL in Location. An empty body takes defaults. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Start a forecast run (202 Accepted, Location of the run)")
    public HttpResponse<RunResponse> start(long siteId, @Valid @Body @Nullable ForecastRequest body,
                                           Authentication user) {
        RunResponse run = forecasts.start(siteId, body == null ? new ForecastRequest(null, null) : body, user.getName());
        return HttpResponse.<RunResponse>status(HttpStatus.ACCEPTED).body(run)
                .header("Location", "/api/v1/sites/" + siteId + "/forecasts/" + run.id());
    }

    @Get
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    public PageDto<RunResponse> list(long siteId, @QueryValue @Nullable Integer page,
                                     @QueryValue @Nullable Integer size) {
        return forecasts.list(siteId, page, size);
    }

    /** The run, its adjustments and base / adjusted values: JSON, or CSV with {@code Accept: text/csv}. */
    @Get("/{runId}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    @Operation(summary = "A forecast with base, adjustment and adjusted values (JSON or text/csv)")
    public HttpResponse<?> get(long siteId, long runId, HttpRequest<?> request) {
        ForecastView view = forecasts.view(siteId, runId);
        if (Csv.wanted(request)) {
            return HttpResponse.ok(ForecastService.csv(view)).contentType(CSV + ";charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"forecast-" + runId + ".csv\"");
        }
        return HttpResponse.ok(view).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get("/{runId}/adjustments")
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    @Operation(summary = "Every adjustment of the forecast, deleted ones included (active=false)")
    public List<AdjustmentResponse> listAdjustments(long siteId, long runId) {
        return adjustments.list(siteId, runId);
    }

    @Get("/{runId}/adjustments/{id}")
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    public HttpResponse<AdjustmentResponse> getAdjustment(long siteId, long runId, long id) {
        AdjustmentResponse a = adjustments.get(siteId, runId, id);
        return Etags.ok(a, a.version());
    }

    @Post("/{runId}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "Adjust one queue's forecast on a time range (percent or absolute), with a reason")
    public HttpResponse<AdjustmentResponse> adjust(long siteId, long runId, @Valid @Body AdjustmentRequest body,
                                                   Authentication user) {
        AdjustmentResponse a = adjustments.create(siteId, runId, body, user.getName());
        return Etags.created(a, a.version(), "/api/v1/sites/" + siteId + "/forecasts/" + runId + "/adjustments/" + a.id());
    }

    /** Withdraws an adjustment; it stays in the list, marked deleted with who and when. */
    @Delete("/{runId}/adjustments/{id}")
    @Secured({Roles.ADMIN, Roles.MANAGER})
    public HttpResponse<Void> deleteAdjustment(long siteId, long runId, long id,
                                               @Header("If-Match") @Nullable String ifMatch, Authentication user) {
        adjustments.delete(siteId, runId, id, ifMatch, user.getName());
        return HttpResponse.noContent();
    }
}
