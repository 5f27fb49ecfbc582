package org.staffcast.api.master;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.master.ShiftTemplateDtos.ShiftTemplateRequest;
import org.staffcast.api.master.ShiftTemplateDtos.ShiftTemplateResponse;
import org.staffcast.api.security.Roles;

/** Shift templates of a site. Reading: every role; writing: ADMIN, PLANNER. */
@Controller("/api/v1/sites/{siteId}/shift-templates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Shift templates")
public class ShiftTemplateController {

    private static final String BASE = "/api/v1/sites/%d/shift-templates/%d";

    private final ShiftTemplateService service;

    public ShiftTemplateController(ShiftTemplateService service) {
        this.service = service;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    public PageDto<ShiftTemplateResponse> list(long siteId, @QueryValue @Nullable Integer page,
                                        @QueryValue @Nullable Integer size) {
        return service.list(siteId, page, size);
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    public HttpResponse<ShiftTemplateResponse> get(long siteId, long id) {
        ShiftTemplateResponse r = service.get(siteId, id);
        return Etags.ok(r, r.version());
    }

    /** Creates a shift template; answers 201 with its Location and ETag. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured({Roles.ADMIN, Roles.PLANNER})
    public HttpResponse<ShiftTemplateResponse> create(long siteId, @Valid @Body ShiftTemplateRequest body) {
        ShiftTemplateResponse r = service.create(siteId, body);
        return Etags.created(r, r.version(), BASE.formatted(siteId, r.id()));
    }

    /** Replaces a shift template; with {@code If-Match} only if it is still at that version (else 409). */
    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured({Roles.ADMIN, Roles.PLANNER})
    public HttpResponse<ShiftTemplateResponse> update(long siteId, long id, @Valid @Body ShiftTemplateRequest body,
                                               @Header("If-Match") @Nullable String ifMatch) {
        ShiftTemplateResponse r = service.update(siteId, id, body, ifMatch);
        return Etags.ok(r, r.version());
    }

    @Delete("/{id}")
    @Secured({Roles.ADMIN, Roles.PLANNER})
    public HttpResponse<Void> delete(long siteId, long id, @Header("If-Match") @Nullable String ifMatch) {
        service.delete(siteId, id, ifMatch);
        return HttpResponse.noContent();
    }
}
