package org.staffcast.api.master;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.master.TeamDtos.TeamRequest;
import org.staffcast.api.master.TeamDtos.TeamResponse;
import org.staffcast.data.model.Team;
import org.staffcast.data.repo.AgentRepository;
import org.staffcast.data.repo.AgentSkillRepository;
import org.staffcast.data.repo.ContactQueueRepository;
import org.staffcast.data.repo.TeamRepository;

/** Teams of a site; one still in use cannot be deleted (409). */
@Singleton
public class TeamService {

    private final SiteService sites;
    private final TeamRepository repo;
    private final AgentRepository agents;

    public TeamService(SiteService sites, TeamRepository repo, AgentRepository agents) {
        this.sites = sites;
        this.repo = repo;
        this.agents = agents;
    }

    @ReadOnly
    public PageDto<TeamResponse> list(long siteId, Integer page, Integer size) {
        sites.require(siteId);
        return PageDto.of(repo.findBySiteId(siteId, Paging.of(page, size)), TeamResponse::of);
    }

    @ReadOnly
    public Team require(long siteId, long id) {
        sites.require(siteId);
        return repo.findByIdAndSiteId(id, siteId).orElseThrow(() -> ProblemException.notFound("team", id));
    }

    @ReadOnly
    public TeamResponse get(long siteId, long id) {
        return TeamResponse.of(require(siteId, id));
    }

    @Transactional
    public TeamResponse create(long siteId, TeamRequest r) {
        sites.require(siteId);
        return TeamResponse.of(repo.save(new Team(null, siteId, r.name().strip(), 0L)));
    }

    @Transactional
    public TeamResponse update(long siteId, long id, TeamRequest r, String ifMatch) {
        Team current = require(siteId, id);
        long expected = Etags.expected(ifMatch, current.version());
        return TeamResponse.of(repo.update(new Team(id, siteId, r.name().strip(), expected)));
    }

    @Transactional
    public void delete(long siteId, long id, String ifMatch) {
        Team current = require(siteId, id);
        Etags.expected(ifMatch, current.version());
        long used = agents.countByTeamId(id);
        if (used > 0) {
            throw ProblemException.conflict("team " + id + " still has " + used + " agents");
        }
        repo.delete(current);
    }
}
