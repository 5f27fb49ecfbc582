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
import org.staffcast.api.master.SiteDtos.SiteRequest;
import org.staffcast.api.master.SiteDtos.SiteResponse;
import org.staffcast.api.security.Roles;
import org.staffcast.data.model.Site;

/** Sites. Reading: every role; writing: ADMIN, PLANNER. */
@Controller("/api/v1/sites")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sites")
public class SiteController {

    private final SiteService service;

    public SiteController(SiteService service) {
        this.service = service;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    public PageDto<SiteResponse> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return service.list(page, size);
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.PLANNER, Roles.MANAGER, Roles.HR_READ})
    public HttpResponse<SiteResponse> get(long id) {
        Site s = service.require(id);
        return Etags.ok(SiteResponse.of(s), s.version());
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured({Roles.ADMIN, Roles.PLANNER})
    public HttpResponse<SiteResponse> create(@Valid @Body SiteRequest body) {
        Site s = service.create(body);
        return Etags.created(SiteResponse.of(s), s.version(), "/api/v1/sites/" + s.id());
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured({Roles.ADMIN, Roles.PLANNER})
    public HttpResponse<SiteResponse> update(long id, @Valid @Body SiteRequest body,
                                             @Header("If-Match") @Nullable String ifMatch) {
        Site s = service.update(id, body, ifMatch);
        return Etags.ok(SiteResponse.of(s), s.version());
    }

    @Delete("/{id}")
    @Secured({Roles.ADMIN, Roles.PLANNER})
    public HttpResponse<Void> delete(long id, @Header("If-Match") @Nullable String ifMatch) {
        service.delete(id, ifMatch);
        return HttpResponse.noContent();
    }
}
