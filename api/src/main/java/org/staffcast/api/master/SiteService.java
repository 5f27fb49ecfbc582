package org.staffcast.api.master;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.Problem.FieldError;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.master.SiteDtos.SiteRequest;
import org.staffcast.api.master.SiteDtos.SiteResponse;
import org.staffcast.data.model.Site;
import org.staffcast.data.repo.SiteRepository;

/** Sites: the root of all master data. Deleting a site deletes everything in it. */
@Singleton
public class SiteService {

    private final SiteRepository sites;

    public SiteService(SiteRepository sites) {
        this.sites = sites;
    }

    @ReadOnly
    public PageDto<SiteResponse> list(Integer page, Integer size) {
        return PageDto.of(sites.findAll(Paging.of(page, size)), SiteResponse::of);
    }

    @ReadOnly
    public Site require(long id) {
        return sites.findById(id).orElseThrow(() -> ProblemException.notFound("site", id));
    }

    @Transactional
    public Site create(SiteRequest r) {
        validate(r);
        return sites.save(new Site(null, r.name().strip(), r.timeZone(), interval(r), firstDay(r), 0L));
    }

    @Transactional
    public Site update(long id, SiteRequest r, String ifMatch) {
        Site current = require(id);
        long expected = Etags.expected(ifMatch, current.version());
        validate(r);
        return sites.update(new Site(id, r.name().strip(), r.timeZone(), interval(r), firstDay(r), expected));
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Site current = require(id);
        Etags.expected(ifMatch, current.version());
        sites.delete(current);
    }

    private static void validate(SiteRequest r) {
        List<FieldError> errors = new ArrayList<>();
        try {
            ZoneId.of(r.timeZone());
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "is not an IANA time zone such as Europe/Berlin"));
        }
        if (r.intervalMinutes() != null && !List.of(15, 30, 60).contains(r.intervalMinutes())) {
            errors.add(new FieldError("intervalMinutes", "must be 15, 30 or 60"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static int interval(SiteRequest r) {
        return r.intervalMinutes() == null ? 15 : r.intervalMinutes();
    }

    private static String firstDay(SiteRequest r) {
        return (r.firstDayOfWeek() == null ? DayOfWeek.MONDAY : r.firstDayOfWeek()).name();
    }
}
