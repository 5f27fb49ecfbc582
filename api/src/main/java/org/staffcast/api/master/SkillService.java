package org.staffcast.api.master;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.master.SkillDtos.SkillRequest;
import org.staffcast.api.master.SkillDtos.SkillResponse;
import org.staffcast.data.model.Skill;
import org.staffcast.data.repo.AgentRepository;
import org.staffcast.data.repo.AgentSkillRepository;
import org.staffcast.data.repo.ContactQueueRepository;
import org.staffcast.data.repo.SkillRepository;

/** Skills of a site; one still in use cannot be deleted (409). */
@Singleton
public class SkillService {

    private final SiteService sites;
    private final SkillRepository repo;
    private final ContactQueueRepository queues;
    private final AgentSkillRepository agentSkills;

    public SkillService(SiteService sites, SkillRepository repo, ContactQueueRepository queues, AgentSkillRepository agentSkills) {
        this.sites = sites;
        this.repo = repo;
        this.queues = queues;
        this.agentSkills = agentSkills;
    }

    @ReadOnly
    public PageDto<SkillResponse> list(long siteId, Integer page, Integer size) {
        sites.require(siteId);
        return PageDto.of(repo.findBySiteId(siteId, Paging.of(page, size)), SkillResponse::of);
    }

    @ReadOnly
    public Skill require(long siteId, long id) {
        sites.require(siteId);
        return repo.findByIdAndSiteId(id, siteId).orElseThrow(() -> ProblemException.notFound("skill", id));
    }

    @ReadOnly
    public SkillResponse get(long siteId, long id) {
        return SkillResponse.of(require(siteId, id));
    }

    @Transactional
    public SkillResponse create(long siteId, SkillRequest r) {
        sites.require(siteId);
        return SkillResponse.of(repo.save(new Skill(null, siteId, r.name().strip(), 0L)));
    }

    @Transactional
    public SkillResponse update(long siteId, long id, SkillRequest r, String ifMatch) {
        Skill current = require(siteId, id);
        long expected = Etags.expected(ifMatch, current.version());
        return SkillResponse.of(repo.update(new Skill(id, siteId, r.name().strip(), expected)));
    }

    @Transactional
    public void delete(long siteId, long id, String ifMatch) {
        Skill current = require(siteId, id);
        Etags.expected(ifMatch, current.version());
        long used = queues.countBySkillId(id) + agentSkills.countBySkillId(id);
        if (used > 0) {
            throw ProblemException.conflict("skill " + id + " is still needed by " + used + " queues or agent skills");
        }
        repo.delete(current);
    }
}
