package org.staffcast.api.master;

import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.staffcast.api.common.Etags;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.Problem.FieldError;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.master.AgentDtos.AgentRequest;
import org.staffcast.api.master.AgentDtos.AgentResponse;
import org.staffcast.api.master.AgentDtos.Availability;
import org.staffcast.api.master.AgentDtos.Preference;
import org.staffcast.api.master.AgentDtos.PreferenceKind;
import org.staffcast.api.master.AgentDtos.SkillLevel;
import org.staffcast.api.master.AgentDtos.TimeOff;
import org.staffcast.data.model.Agent;
import org.staffcast.data.model.AgentAvailability;
import org.staffcast.data.model.AgentPreference;
import org.staffcast.data.model.AgentSkill;
import org.staffcast.data.model.AgentTimeOff;
import org.staffcast.data.repo.AgentAvailabilityRepository;
import org.staffcast.data.repo.AgentPreferenceRepository;
import org.staffcast.data.repo.AgentRepository;
import org.staffcast.data.repo.AgentSkillRepository;
import org.staffcast.data.repo.AgentTimeOffRepository;
import org.staffcast.data.repo.ContractRepository;
import org.staffcast.data.repo.SkillRepository;
import org.staffcast.data.repo.TeamRepository;

/** Agents of a site with skills, availability, time off and preferences (child rows replaced on update). */
@Singleton
public class AgentService {

    private final SiteService sites;
    private final AgentRepository repo;
    private final AgentSkillRepository agentSkills;
    private final AgentAvailabilityRepository availabilities;
    private final AgentTimeOffRepository timeOffs;
    private final AgentPreferenceRepository preferences;
    private final SkillRepository skills;
    private final TeamRepository teams;
    private final ContractRepository contracts;

    public AgentService(SiteService sites, AgentRepository repo, AgentSkillRepository agentSkills,
                        AgentAvailabilityRepository availabilities, AgentTimeOffRepository timeOffs,
                        AgentPreferenceRepository preferences, SkillRepository skills, TeamRepository teams,
                        ContractRepository contracts) {
        this.sites = sites;
        this.repo = repo;
        this.agentSkills = agentSkills;
        this.availabilities = availabilities;
        this.timeOffs = timeOffs;
        this.preferences = preferences;
        this.skills = skills;
        this.teams = teams;
        this.contracts = contracts;
    }

    @ReadOnly
    public PageDto<AgentResponse> list(long siteId, Integer page, Integer size) {
        sites.require(siteId);
        Page<Agent> p = repo.findBySiteId(siteId, Paging.of(page, size));
        List<Long> ids = p.getContent().stream().map(Agent::id).toList();
        if (ids.isEmpty()) {
            return PageDto.of(p, a -> response(a, List.of(), List.of(), List.of(), List.of()));
        }
        Map<Long, List<AgentSkill>> s = agentSkills.findByAgentIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(AgentSkill::agentId));
        Map<Long, List<AgentAvailability>> av = availabilities.findByAgentIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(AgentAvailability::agentId));
        Map<Long, List<AgentTimeOff>> to = timeOffs.findByAgentIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(AgentTimeOff::agentId));
        Map<Long, List<AgentPreference>> pr = preferences.findByAgentIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(AgentPreference::agentId));
        return PageDto.of(p, a -> response(a, s.getOrDefault(a.id(), List.of()), av.getOrDefault(a.id(), List.of()),
                to.getOrDefault(a.id(), List.of()), pr.getOrDefault(a.id(), List.of())));
    }

    @ReadOnly
    public Agent require(long siteId, long id) {
        sites.require(siteId);
        return repo.findByIdAndSiteId(id, siteId).orElseThrow(() -> ProblemException.notFound("agent", id));
    }

    @ReadOnly
    public AgentResponse get(long siteId, long id) {
        return response(require(siteId, id));
    }

    @Transactional
    public AgentResponse create(long siteId, AgentRequest r) {
        sites.require(siteId);
        validate(siteId, r);
        Agent a = repo.save(entity(null, siteId, r, 0L));
        saveChildren(a.id(), r);
        return response(a);
    }

    @Transactional
    public AgentResponse update(long siteId, long id, AgentRequest r, String ifMatch) {
        Agent current = require(siteId, id);
        long expected = Etags.expected(ifMatch, current.version());
        validate(siteId, r);
        Agent a = repo.update(entity(id, siteId, r, expected));
        agentSkills.deleteByAgentId(id);
        availabilities.deleteByAgentId(id);
        timeOffs.deleteByAgentId(id);
        preferences.deleteByAgentId(id);
        saveChildren(id, r);
        return response(a);
    }

    @Transactional
    public void delete(long siteId, long id, String ifMatch) {
        Agent current = require(siteId, id);
        Etags.expected(ifMatch, current.version());
        repo.delete(current);
    }

    private static Agent entity(Long id, long siteId, AgentRequest r, long version) {
        return new Agent(id, siteId, r.name().strip(), r.externalId(), r.teamId(), r.contractId(), version);
    }

    private void saveChildren(long agentId, AgentRequest r) {
        agentSkills.saveAll(nz(r.skills()).stream()
                .map(s -> new AgentSkill(null, agentId, s.skillId(), s.proficiency())).toList());
        availabilities.saveAll(nz(r.availability()).stream()
                .map(a -> new AgentAvailability(null, agentId, a.dayOfWeek().name(), a.startMinute(), a.endMinute()))
                .toList());
        timeOffs.saveAll(nz(r.timeOff()).stream()
                .map(t -> new AgentTimeOff(null, agentId, t.firstDay(), t.lastDay(), t.reason())).toList());
        preferences.saveAll(nz(r.preferences()).stream()
                .map(p -> new AgentPreference(null, agentId, p.kind().name(),
                        p.dayOfWeek() == null ? null : p.dayOfWeek().name(), p.startMinute(),
                        p.weight() == null ? 1 : p.weight()))
                .toList());
    }

    private AgentResponse response(Agent a) {
        return response(a, agentSkills.findByAgentIdOrderById(a.id()), availabilities.findByAgentIdOrderById(a.id()),
                timeOffs.findByAgentIdOrderById(a.id()), preferences.findByAgentIdOrderById(a.id()));
    }

    private static AgentResponse response(Agent a, List<AgentSkill> s, List<AgentAvailability> av,
                                          List<AgentTimeOff> to, List<AgentPreference> pr) {
        return new AgentResponse(a.id(), a.siteId(), a.name(), a.externalId(), a.teamId(), a.contractId(),
                s.stream().map(x -> new SkillLevel(x.skillId(), x.proficiency())).toList(),
                av.stream().map(x -> new Availability(DayOfWeek.valueOf(x.dayOfWeek()), x.startMinute(), x.endMinute()))
                        .toList(),
                to.stream().map(x -> new TimeOff(x.firstDay(), x.lastDay(), x.reason())).toList(),
                pr.stream().map(x -> new Preference(PreferenceKind.valueOf(x.kind()),
                        x.dayOfWeek() == null ? null : DayOfWeek.valueOf(x.dayOfWeek()), x.startMinute(), x.weight()))
                        .toList(),
                a.version());
    }

    private void validate(long siteId, AgentRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.teamId() != null && teams.findByIdAndSiteId(r.teamId(), siteId).isEmpty()) {
            errors.add(new FieldError("teamId", "team " + r.teamId() + " does not exist in site " + siteId));
        }
        if (r.contractId() != null && contracts.findByIdAndSiteId(r.contractId(), siteId).isEmpty()) {
            errors.add(new FieldError("contractId", "contract " + r.contractId() + " does not exist in site " + siteId));
        }
        Set<Long> seen = new HashSet<>();
        List<SkillLevel> sk = nz(r.skills());
        for (int i = 0; i < sk.size(); i++) {
            Long id = sk.get(i).skillId();
            if (!seen.add(id)) {
                errors.add(new FieldError("skills[" + i + "].skillId", "skill " + id + " is listed twice"));
            } else if (skills.findByIdAndSiteId(id, siteId).isEmpty()) {
                errors.add(new FieldError("skills[" + i + "].skillId", "skill " + id + " does not exist in site " + siteId));
            }
        }
        List<Availability> av = nz(r.availability());
        for (int i = 0; i < av.size(); i++) {
            if (av.get(i).endMinute() <= av.get(i).startMinute()) {
                errors.add(new FieldError("availability[" + i + "].endMinute", "must be after startMinute"));
            }
        }
        List<TimeOff> to = nz(r.timeOff());
        for (int i = 0; i < to.size(); i++) {
            TimeOff t = to.get(i);
            if (t.lastDay().isBefore(t.firstDay())) {
                errors.add(new FieldError("timeOff[" + i + "].lastDay", "must not be before firstDay"));
            } else if (ChronoUnit.DAYS.between(t.firstDay(), t.lastDay()) > 366
                    || t.firstDay().isBefore(LocalDate.of(1970, 1, 1)) || t.lastDay().isAfter(LocalDate.of(2200, 1, 1))) {
                errors.add(new FieldError("timeOff[" + i + "]", "must lie within 1970..2200 and last at most a year"));
            }
        }
        List<Preference> pr = nz(r.preferences());
        for (int i = 0; i < pr.size(); i++) {
            Preference p = pr.get(i);
            if (p.kind() == PreferenceKind.DAY_OFF && p.dayOfWeek() == null) {
                errors.add(new FieldError("preferences[" + i + "].dayOfWeek", "DAY_OFF needs a dayOfWeek"));
            }
            if (p.kind() != PreferenceKind.DAY_OFF && p.startMinute() == null) {
                errors.add(new FieldError("preferences[" + i + "].startMinute", p.kind() + " needs a startMinute"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }
}
