package org.staffcast.api.master;

import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.Problem.FieldError;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.master.ContractDtos.ContractRequest;
import org.staffcast.api.master.ContractDtos.ContractResponse;
import org.staffcast.data.model.Contract;
import org.staffcast.data.model.ContractShiftTemplate;
import org.staffcast.data.repo.AgentRepository;
import org.staffcast.data.repo.ContractRepository;
import org.staffcast.data.repo.ContractShiftTemplateRepository;
import org.staffcast.data.repo.ShiftTemplateRepository;

/** Contracts of a site with their allowed shift templates; one still used by agents cannot be deleted (409). */
@Singleton
public class ContractService {

    private final SiteService sites;
    private final ContractRepository repo;
    private final ContractShiftTemplateRepository allowed;
    private final ShiftTemplateRepository templates;
    private final AgentRepository agents;

    public ContractService(SiteService sites, ContractRepository repo, ContractShiftTemplateRepository allowed,
                           ShiftTemplateRepository templates, AgentRepository agents) {
        this.sites = sites;
        this.repo = repo;
        this.allowed = allowed;
        this.templates = templates;
        this.agents = agents;
    }

    @ReadOnly
    public PageDto<ContractResponse> list(long siteId, Integer page, Integer size) {
        sites.require(siteId);
        Page<Contract> p = repo.findBySiteId(siteId, Paging.of(page, size));
        Map<Long, List<Long>> byContract = p.getContent().isEmpty() ? Map.of()
                : allowed.findByContractIdInOrderById(p.getContent().stream().map(Contract::id).toList()).stream()
                        .collect(Collectors.groupingBy(ContractShiftTemplate::contractId,
                                Collectors.mapping(ContractShiftTemplate::shiftTemplateId, Collectors.toList())));
        return PageDto.of(p, c -> ContractResponse.of(c, byContract.getOrDefault(c.id(), List.of())));
    }

    @ReadOnly
    public Contract require(long siteId, long id) {
        sites.require(siteId);
        return repo.findByIdAndSiteId(id, siteId).orElseThrow(() -> ProblemException.notFound("contract", id));
    }

    @ReadOnly
    public ContractResponse get(long siteId, long id) {
        return response(require(siteId, id));
    }

    @Transactional
    public ContractResponse create(long siteId, ContractRequest r) {
        sites.require(siteId);
        validate(siteId, r);
        Contract c = repo.save(entity(null, siteId, r, 0L));
        saveTemplates(c.id(), r);
        return response(c);
    }

    @Transactional
    public ContractResponse update(long siteId, long id, ContractRequest r, String ifMatch) {
        Contract current = require(siteId, id);
        long expected = Etags.expected(ifMatch, current.version());
        validate(siteId, r);
        Contract c = repo.update(entity(id, siteId, r, expected));
        allowed.deleteByContractId(id);
        saveTemplates(id, r);
        return response(c);
    }

    @Transactional
    public void delete(long siteId, long id, String ifMatch) {
        Contract current = require(siteId, id);
        Etags.expected(ifMatch, current.version());
        long used = agents.countByContractId(id);
        if (used > 0) {
            throw ProblemException.conflict("contract " + id + " is still held by " + used + " agents");
        }
        repo.delete(current);
    }

    private ContractResponse response(Contract c) {
        return ContractResponse.of(c, allowed.findByContractIdOrderById(c.id()).stream()
                .map(ContractShiftTemplate::shiftTemplateId).toList());
    }

    private void saveTemplates(long contractId, ContractRequest r) {
        if (r.allowedShiftTemplateIds() != null) {
            allowed.saveAll(r.allowedShiftTemplateIds().stream().distinct()
                    .map(t -> new ContractShiftTemplate(null, contractId, t)).toList());
        }
    }

    private static Contract entity(Long id, long siteId, ContractRequest r, long version) {
        return new Contract(id, siteId, r.name().strip(), r.minMinutesPerWeek(), r.maxMinutesPerWeek(),
                r.maxDaysPerWeek(), r.maxConsecutiveWorkingDays(), r.minConsecutiveDaysOff(), r.minRestHours(),
                r.maxWeekends(), version);
    }

    private void validate(long siteId, ContractRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.maxMinutesPerWeek() < r.minMinutesPerWeek()) {
            errors.add(new FieldError("maxMinutesPerWeek", "must not be less than minMinutesPerWeek"));
        }
        if (r.allowedShiftTemplateIds() != null) {
            for (int i = 0; i < r.allowedShiftTemplateIds().size(); i++) {
                Long t = r.allowedShiftTemplateIds().get(i);
                if (templates.findByIdAndSiteId(t, siteId).isEmpty()) {
                    errors.add(new FieldError("allowedShiftTemplateIds[" + i + "]",
                            "shift template " + t + " does not exist in site " + siteId));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
