package org.staffcast.api.master;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.Problem.FieldError;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.master.ShiftTemplateDtos.ShiftTemplateRequest;
import org.staffcast.api.master.ShiftTemplateDtos.ShiftTemplateResponse;
import org.staffcast.data.model.ShiftTemplate;
import org.staffcast.data.repo.ContractShiftTemplateRepository;
import org.staffcast.data.repo.ShiftTemplateRepository;

/** Shift templates of a site; one still allowed by a contract cannot be deleted (409). */
@Singleton
public class ShiftTemplateService {

    private final SiteService sites;
    private final ShiftTemplateRepository repo;
    private final ContractShiftTemplateRepository contractTemplates;

    public ShiftTemplateService(SiteService sites, ShiftTemplateRepository repo,
                                ContractShiftTemplateRepository contractTemplates) {
        this.sites = sites;
        this.repo = repo;
        this.contractTemplates = contractTemplates;
    }

    @ReadOnly
    public PageDto<ShiftTemplateResponse> list(long siteId, Integer page, Integer size) {
        sites.require(siteId);
        return PageDto.of(repo.findBySiteId(siteId, Paging.of(page, size)), ShiftTemplateResponse::of);
    }

    @ReadOnly
    public ShiftTemplate require(long siteId, long id) {
        sites.require(siteId);
        return repo.findByIdAndSiteId(id, siteId).orElseThrow(() -> ProblemException.notFound("shift template", id));
    }

    @ReadOnly
    public ShiftTemplateResponse get(long siteId, long id) {
        return ShiftTemplateResponse.of(require(siteId, id));
    }

    @Transactional
    public ShiftTemplateResponse create(long siteId, ShiftTemplateRequest r) {
        sites.require(siteId);
        validate(r);
        return ShiftTemplateResponse.of(repo.save(entity(null, siteId, r, 0L)));
    }

    @Transactional
    public ShiftTemplateResponse update(long siteId, long id, ShiftTemplateRequest r, String ifMatch) {
        ShiftTemplate current = require(siteId, id);
        long expected = Etags.expected(ifMatch, current.version());
        validate(r);
        return ShiftTemplateResponse.of(repo.update(entity(id, siteId, r, expected)));
    }

    @Transactional
    public void delete(long siteId, long id, String ifMatch) {
        ShiftTemplate current = require(siteId, id);
        Etags.expected(ifMatch, current.version());
        long used = contractTemplates.countByShiftTemplateId(id);
        if (used > 0) {
            throw ProblemException.conflict("shift template " + id + " is still allowed by " + used + " contracts");
        }
        repo.delete(current);
    }

    private static ShiftTemplate entity(Long id, long siteId, ShiftTemplateRequest r, long version) {
        String lengths = r.lengthsMinutes().stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        return new ShiftTemplate(id, siteId, r.name().strip(), r.earliestStartMinute(), r.latestStartMinute(),
                r.startStepMinutes() == null ? 15 : r.startStepMinutes(), lengths,
                r.breakMinutes() == null ? 0 : r.breakMinutes(),
                r.lunchMinMinutes() == null ? 0 : r.lunchMinMinutes(),
                r.lunchMaxMinutes() == null ? 0 : r.lunchMaxMinutes(), version);
    }

    private static void validate(ShiftTemplateRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.latestStartMinute() < r.earliestStartMinute()) {
            errors.add(new FieldError("latestStartMinute", "must not be before earliestStartMinute"));
        }
        int lunchMin = r.lunchMinMinutes() == null ? 0 : r.lunchMinMinutes();
        int lunchMax = r.lunchMaxMinutes() == null ? 0 : r.lunchMaxMinutes();
        if (lunchMax < lunchMin) {
            errors.add(new FieldError("lunchMaxMinutes", "must not be less than lunchMinMinutes"));
        }
        int shortest = r.lengthsMinutes().stream().mapToInt(Integer::intValue).min().orElse(0);
        int breaks = 2 * (r.breakMinutes() == null ? 0 : r.breakMinutes()) + lunchMax;
        if (breaks >= shortest) {
            errors.add(new FieldError("lengthsMinutes", "the shortest length (" + shortest
                    + " min) must be longer than its breaks and lunch (" + breaks + " min)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
