package org.staffcast.solver.model;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The planning solution: a site's agents, demand per interval, and one {@link AgentDay} per agent per day. */
@PlanningSolution
public class Roster {

    private String siteName;
    private ZoneId zone;
    private int gridMinutes;
    private LocalDate horizonStart;
    private Instant horizonStartInstant;
    private int days;
    private List<String> queueIds;
    private int[] queuePriorities;

    @ProblemFactCollectionProperty
    private List<Agent> agents;

    @ProblemFactCollectionProperty
    private List<IntervalDemand> intervalDemands;

    @ValueRangeProvider(id = "breakPlans")
    @ProblemFactCollectionProperty
    private List<BreakPlan> breakPlans;

    @PlanningEntityCollectionProperty
    private List<AgentDay> agentDays;

    private ConstraintWeightOverrides<HardSoftScore> constraintWeightOverrides;

    @PlanningScore
    private HardSoftScore score;

    public Roster() {
    }

    public Roster(String siteName, ZoneId zone, int gridMinutes, LocalDate horizonStart, Instant horizonStartInstant,
                  int days, List<String> queueIds, int[] queuePriorities, List<Agent> agents,
                  List<IntervalDemand> intervalDemands, List<AgentDay> agentDays,
                  ConstraintWeightOverrides<HardSoftScore> overrides) {
        this.siteName = siteName;
        this.zone = zone;
        this.gridMinutes = gridMinutes;
        this.horizonStart = horizonStart;
        this.horizonStartInstant = horizonStartInstant;
        this.days = days;
        this.queueIds = List.copyOf(queueIds);
        this.queuePriorities = queuePriorities.clone();
        this.agents = agents;
        this.intervalDemands = intervalDemands;
        this.breakPlans = BreakPlan.all();
        this.agentDays = agentDays;
        this.constraintWeightOverrides = overrides;
    }

    public String getSiteName() { return siteName; }
    public ZoneId getZone() { return zone; }
    public int getGridMinutes() { return gridMinutes; }
    public LocalDate getHorizonStart() { return horizonStart; }
    public Instant getHorizonStartInstant() { return horizonStartInstant; }
    public int getDays() { return days; }
    public List<String> getQueueIds() { return queueIds; }
    public int[] getQueuePriorities() { return queuePriorities; }
    public List<Agent> getAgents() { return agents; }
    public List<IntervalDemand> getIntervalDemands() { return intervalDemands; }
    public List<BreakPlan> getBreakPlans() { return breakPlans; }
    public List<AgentDay> getAgentDays() { return agentDays; }
    public ConstraintWeightOverrides<HardSoftScore> getConstraintWeightOverrides() { return constraintWeightOverrides; }
    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardSoftScore> o) { this.constraintWeightOverrides = o; }
    public HardSoftScore getScore() { return score; }
    public void setScore(HardSoftScore score) { this.score = score; }

    public int intervalCount() {
        return intervalDemands.size();
    }

    /** Instant at which global interval {@code t} starts. */
    public Instant intervalStart(int t) {
        return horizonStartInstant.plusSeconds(60L * gridMinutes * t);
    }

    /** Instant of elapsed minute {@code m} from the horizon start. */
    public Instant instantOf(int minute) {
        return horizonStartInstant.plusSeconds(60L * minute);
    }
}
