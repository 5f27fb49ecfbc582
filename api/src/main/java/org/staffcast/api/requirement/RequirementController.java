package org.staffcast.api.requirement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Csv;
import org.staffcast.api.requirement.RequirementDtos.RequirementRequest;
import org.staffcast.api.requirement.RequirementDtos.RequirementRunResponse;
import org.staffcast.api.security.Roles;

/** Staffing requirements of a site. Compute: ADMIN, PLANNER; read: every role. */
@Controller("/api/v1/sites/{siteId}/requirements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Requirements")
public class RequirementController {

    private final RequirementService service;

    public RequirementController(RequirementService service) {
        this.service = service;
    }

    /** Computes requirements from an adjusted forecast with the queues' targets; 201 with Location. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Compute staffing requirements from an adjusted forecast and the queues' targets")
    public HttpResponse<RequirementRunResponse> compute(long siteId, @Valid @Body @Nullable RequirementRequest body,
                                                        Authentication user) {
        RequirementRunResponse r = service.compute(siteId, body == null ? new RequirementRequest(null) : body,
                user.getName());
        return HttpResponse.<RequirementRunResponse>status(HttpStatus.CREATED).body(r)
                .header("Location", "/api/v1/sites/" + siteId + "/requirements/" + r.id());
    }

    /** Requirement computations, newest last, with per-queue peaks (rows are in the single GET). */
    @Get
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    public PageDto<RequirementRunResponse> list(long siteId, @QueryValue @Nullable Integer page,
                                                @QueryValue @Nullable Integer size) {
        return service.list(siteId, page, size);
    }

    @Get("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    @Operation(summary = "Requirements per queue per interval (JSON or text/csv)")
    public HttpResponse<?> get(long siteId, long id, HttpRequest<?> request) {
        RequirementRunResponse r = service.get(siteId, id);
        if (Csv.wanted(request)) {
            return HttpResponse.ok(RequirementService.csv(r)).contentType("text/csv;charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"requirements-" + id + ".csv\"");
        }
        return HttpResponse.ok(r).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
