package org.staffcast.api.requirement;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.staffcast.api.common.PageDto;
import org.staffcast.api.common.Paging;
import org.staffcast.api.error.ProblemException;
import org.staffcast.api.common.Csv;
import org.staffcast.api.forecast.ForecastDtos.ForecastValue;
import org.staffcast.api.forecast.ForecastService;
import org.staffcast.api.master.SiteService;
import org.staffcast.api.requirement.RequirementDtos.QueueSummary;
import org.staffcast.api.requirement.RequirementDtos.Requirement;
import org.staffcast.api.requirement.RequirementDtos.RequirementRequest;
import org.staffcast.api.requirement.RequirementDtos.RequirementRunResponse;
import org.staffcast.data.model.ContactQueue;
import org.staffcast.data.model.ForecastRun;
import org.staffcast.data.model.RequirementRun;
import org.staffcast.data.model.Site;
import org.staffcast.data.model.Skill;
import org.staffcast.data.repo.ContactQueueRepository;
import org.staffcast.data.repo.ForecastRunRepository;
import org.staffcast.data.repo.RequirementRunRepository;
import org.staffcast.data.repo.SkillRepository;
import org.staffcast.data.store.RequirementStore;
import org.staffcast.forecasting.staffing.Channel;
import org.staffcast.forecasting.staffing.IntervalDemand;
import org.staffcast.forecasting.staffing.QueueConfig;
import org.staffcast.forecasting.staffing.ServiceTarget;
import org.staffcast.forecasting.staffing.StaffingCalculator;
import org.staffcast.forecasting.staffing.StaffingRequirement;

/**
 * Staffing requirements: the adjusted forecast of each queue and the queue's target (from master data) handed to
 * the forecasting module's {@link StaffingCalculator} (Erlang C/A, chat concurrency, deferred work, shrinkage);
 * the result is stored as a new requirement run.
 */
@Singleton
public class RequirementService {

    private final SiteService sites;
    private final ForecastService forecasts;
    private final ForecastRunRepository runs;
    private final ContactQueueRepository queues;
    private final SkillRepository skills;
    private final RequirementRunRepository requirementRuns;
    private final RequirementStore store;

    public RequirementService(SiteService sites, ForecastService forecasts, ForecastRunRepository runs,
                              ContactQueueRepository queues, SkillRepository skills,
                              RequirementRunRepository requirementRuns, RequirementStore store) {
        this.sites = sites;
        this.forecasts = forecasts;
        this.runs = runs;
        this.queues = queues;
        this.skills = skills;
        this.requirementRuns = requirementRuns;
        this.store = store;
    }

    @Transactional
    public RequirementRunResponse compute(long siteId, RequirementRequest request, String user) {
        Site site = sites.require(siteId);
        ForecastRun run;
        if (request.forecastId() != null) {
            run = runs.findByIdAndSiteId(request.forecastId(), siteId)
                    .orElseThrow(() -> ProblemException.invalid("forecastId", "forecast " + request.forecastId()
                            + " does not exist in site " + siteId));
            if (!run.status().equals("SUCCEEDED")) {
                throw ProblemException.conflict("forecast " + run.id() + " is " + run.status() + ", not SUCCEEDED");
            }
        } else {
            run = runs.findFirstBySiteIdAndStatusOrderByRunNumberDesc(siteId, "SUCCEEDED")
                    .orElseThrow(() -> ProblemException.conflict("site " + siteId + " has no successful forecast yet"));
        }
        Map<Long, List<ForecastValue>> byQueue = forecasts.view(siteId, run.id()).values().stream()
                .collect(Collectors.groupingBy(ForecastValue::queueId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> skillNames = skills.findBySiteIdOrderById(siteId).stream()
                .collect(Collectors.toMap(Skill::id, Skill::name));
        Duration length = Duration.ofMinutes(site.intervalMinutes());
        List<RequirementStore.Row> rows = new ArrayList<>();
        for (ContactQueue q : queues.findBySiteIdOrderById(siteId)) {
            List<ForecastValue> values = byQueue.get(q.id());
            if (values == null) {
                continue;
            }
            QueueConfig config = config(q, skillNames);
            List<IntervalDemand> demand = new ArrayList<>(values.size());
            for (ForecastValue v : values) {
                double aht = v.ahtSeconds() == null ? 0 : v.ahtSeconds();
                if (v.volume() > 0 && !(aht > 0)) {
                    throw ProblemException.conflict("queue " + q.name() + " has no handle time in its forecast at "
                            + v.intervalStart() + ": import history with aht_seconds");
                }
                demand.add(new IntervalDemand(v.intervalStart().toInstant(), length, v.volume(), aht));
            }
            List<StaffingRequirement> result;
            try {
                result = StaffingCalculator.requirements(demand, config);
            } catch (IllegalArgumentException e) {
                throw ProblemException.conflict("queue " + q.name() + ": " + e.getMessage());
            }
            for (StaffingRequirement r : result) {
                rows.add(new RequirementStore.Row(q.id(), r.intervalStart().getEpochSecond(), r.volume(),
                        r.ahtSeconds(), r.agentsRaw(), r.agentsRequired(), r.serviceLevel(), r.asaSeconds(),
                        r.occupancy(), r.abandonRate()));
            }
        }
        RequirementRun saved = requirementRuns.save(new RequirementRun(null, siteId, run.id(), user,
                Instant.now().getEpochSecond()));
        store.insert(saved.id(), rows);
        return response(site, saved, rows, true);
    }

    /** The queue's staffing parameters as the staffing module expects them. */
    static QueueConfig config(ContactQueue q, Map<Long, String> skillNames) {
        ServiceTarget target;
        if (q.targetRespondWithinHours() != null) {
            target = new ServiceTarget.ResponseTime(q.targetRespondWithinHours());
        } else if (q.targetAsaSeconds() != null) {
            target = new ServiceTarget.AverageSpeedOfAnswer(q.targetAsaSeconds());
        } else {
            target = new ServiceTarget.ServiceLevel(q.targetServiceLevel(), q.targetSeconds());
        }
        String skill = q.skillId() == null ? q.name() : skillNames.getOrDefault(q.skillId(), q.name());
        return new QueueConfig(q.name(), Channel.valueOf(q.channel()), target, q.shrinkage(), q.maxOccupancy(),
                q.concurrency(), q.patienceSeconds() == null ? OptionalDouble.empty()
                        : OptionalDouble.of(q.patienceSeconds()), q.priority(), skill);
    }

    /** Requirement runs with per-queue peaks and agent hours (summed in the database), without their rows. */
    @ReadOnly
    public PageDto<RequirementRunResponse> list(long siteId, Integer page, Integer size) {
        Site site = sites.require(siteId);
        io.micronaut.data.model.Page<RequirementRun> p = requirementRuns.findBySiteId(siteId, Paging.of(page, size));
        Map<Long, ContactQueue> qs = queues.findBySiteIdOrderById(siteId).stream()
                .collect(Collectors.toMap(ContactQueue::id, Function.identity()));
        Map<Long, List<QueueSummary>> byRun = store.totals(p.getContent().stream().map(RequirementRun::id).toList())
                .stream().collect(Collectors.groupingBy(RequirementStore.QueueTotals::runId,
                        Collectors.mapping(t -> new QueueSummary(t.queueId(), name(qs, t.queueId()),
                                t.peakAgentsRequired(), t.sumAgentsRequired() * site.intervalMinutes() / 60.0),
                                Collectors.toList())));
        ZoneId zone = ZoneId.of(site.timeZone());
        return PageDto.of(p, r -> new RequirementRunResponse(r.id(), r.siteId(), r.forecastRunId(), r.requestedBy(),
                Instant.ofEpochSecond(r.computedAt()).atZone(zone).toOffsetDateTime(),
                byRun.getOrDefault(r.id(), List.of()), null));
    }

    @ReadOnly
    public RequirementRunResponse get(long siteId, long id) {
        Site site = sites.require(siteId);
        RequirementRun r = requirementRuns.findByIdAndSiteId(id, siteId)
                .orElseThrow(() -> ProblemException.notFound("requirements", id));
        return response(site, r, store.find(id), true);
    }

    /** CSV as written by {@code staffcast staff}, plus {@code abandon_rate}. */
    public static String csv(RequirementRunResponse r) {
        StringBuilder sb = new StringBuilder(80 * (r.requirements().size() + 1));
        sb.append("queue,interval_start,volume,aht_seconds,agents_raw,agents_required,service_level,asa_seconds,"
                + "occupancy,abandon_rate\n");
        for (Requirement q : r.requirements()) {
            sb.append(Csv.field(q.queue())).append(',').append(Csv.time(q.intervalStart())).append(',')
                    .append(Csv.number(q.volume())).append(',').append(Csv.number(q.ahtSeconds())).append(',')
                    .append(q.agentsRaw()).append(',').append(q.agentsRequired()).append(',')
                    .append(num(q.serviceLevel())).append(',').append(num(q.asaSeconds())).append(',')
                    .append(num(q.occupancy())).append(',').append(num(q.abandonRate())).append('\n');
        }
        return sb.toString();
    }

    private static String num(Double d) {
        return d == null ? "" : Csv.number(d);
    }

    private RequirementRunResponse response(Site site, RequirementRun run, List<RequirementStore.Row> rows,
                                            boolean withRows) {
        ZoneId zone = ZoneId.of(site.timeZone());
        Map<Long, ContactQueue> qs = queues.findBySiteIdOrderById(site.id()).stream()
                .collect(Collectors.toMap(ContactQueue::id, Function.identity()));
        double hoursPerInterval = site.intervalMinutes() / 60.0;
        Map<Long, int[]> peak = new LinkedHashMap<>();
        Map<Long, double[]> hours = new LinkedHashMap<>();
        List<Requirement> out = new ArrayList<>(rows.size());
        for (RequirementStore.Row r : rows) {
            peak.computeIfAbsent(r.queueId(), k -> new int[1])[0] = Math.max(peak.getOrDefault(r.queueId(),
                    new int[1])[0], r.agentsRequired());
            hours.computeIfAbsent(r.queueId(), k -> new double[1])[0] += r.agentsRequired() * hoursPerInterval;
            if (withRows) {
                out.add(new Requirement(r.queueId(), name(qs, r.queueId()),
                        Instant.ofEpochSecond(r.intervalStart()).atZone(zone).toOffsetDateTime(), r.volume(),
                        r.ahtSeconds(), r.agentsRaw(), r.agentsRequired(), r.serviceLevel(), r.asaSeconds(),
                        r.occupancy(), r.abandonRate()));
            }
        }
        List<QueueSummary> summaries = peak.keySet().stream()
                .map(id -> new QueueSummary(id, name(qs, id), peak.get(id)[0], hours.get(id)[0])).toList();
        return new RequirementRunResponse(run.id(), run.siteId(), run.forecastRunId(), run.requestedBy(),
                Instant.ofEpochSecond(run.computedAt()).atZone(zone).toOffsetDateTime(), summaries,
                withRows ? out : null);
    }

    private static String name(Map<Long, ContactQueue> qs, long id) {
        ContactQueue q = qs.get(id);
        return q == null ? "#" + id : q.name();
    }
}
