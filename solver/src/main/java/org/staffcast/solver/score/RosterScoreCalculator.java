package org.staffcast.solver.score;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.staffcast.solver.constraints.RosterWeights;
import org.staffcast.solver.coverage.SkillAllocation;
import org.staffcast.solver.coverage.SkillMix;
import org.staffcast.solver.model.Agent;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.IntervalDemand;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.model.Shift;

/**
 * The roster score computed from scratch in plain Java, rule by rule, independently of the constraint streams
 * ({@link org.staffcast.solver.constraints.RosterConstraintProvider}); tests assert that both agree. Also gives the
 * per-rule breakdown and the coverage figures (shortfall in agent-hours) that a solve reports.
 */
public final class RosterScoreCalculator implements EasyScoreCalculator<Roster, HardSoftScore> {

    @Override
    public HardSoftScore calculateScore(Roster roster) {
        return breakdown(roster).score();
    }

    /** Matches of each rule (before weights) and the weighted total. */
    public record Breakdown(Map<RosterWeights, Long> matches, HardSoftScore score, long shortageAgentIntervals) {}

    public static Breakdown breakdown(Roster roster) {
        Map<RosterWeights, Long> m = new EnumMap<>(RosterWeights.class);
        for (RosterWeights w : RosterWeights.values()) {
            m.put(w, 0L);
        }
        Map<Agent, List<AgentDay>> byAgent = new HashMap<>();
        for (AgentDay d : roster.getAgentDays()) {
            byAgent.computeIfAbsent(d.getAgent(), a -> new ArrayList<>()).add(d);
        }
        long weekendSum = 0;
        long weekendSq = 0;
        long unpopSum = 0;
        long unpopSq = 0;
        for (var e : byAgent.entrySet()) {
            Agent a = e.getKey();
            var c = a.contract();
            AgentDay[] days = new AgentDay[roster.getDays()];
            for (AgentDay d : e.getValue()) {
                days[d.getDay()] = d;
            }
            long paid = 0;
            long worked = 0;
            Set<Integer> weekends = new HashSet<>();
            long weekendDays = 0;
            long unpopular = 0;
            int minStart = Integer.MAX_VALUE;
            int maxStart = Integer.MIN_VALUE;
            for (int i = 0; i < days.length; i++) {
                AgentDay d = days[i];
                if (d == null) {
                    continue;
                }
                if (d.changedFromPublished()) {
                    add(m, RosterWeights.SCHEDULE_CHANGES, 1);
                }
                Shift s = d.getShift();
                if (s == null) {
                    continue;
                }
                worked++;
                paid += s.paidMinutes();
                add(m, RosterWeights.PAID_HOURS, s.paidMinutes() / 15);
                if (!a.isAvailableFor(s)) {
                    add(m, RosterWeights.AGENT_UNAVAILABLE, 1);
                }
                if (s.breaksOverlap(d.getBreakPlan())) {
                    add(m, RosterWeights.OVERLAPPING_BREAKS, 1);
                }
                if (d.isWeekendDay()) {
                    weekends.add(d.weekend());
                    weekendDays++;
                }
                if (s.template().unpopular()) {
                    unpopular++;
                }
                if (d.isDayOffRequested()) {
                    add(m, RosterWeights.DAY_OFF_REQUEST_DENIED, 1);
                }
                int outside = a.minutesOutsidePreferredStart(s);
                if (outside > 0) {
                    add(m, RosterWeights.START_OUTSIDE_PREFERRED_TIMES, (outside + 14) / 15);
                }
                minStart = Math.min(minStart, s.localStartMinute());
                maxStart = Math.max(maxStart, s.localStartMinute());
                AgentDay n = i + 1 < days.length ? days[i + 1] : null;
                if (n != null && n.getShift() != null) {
                    Shift ns = n.getShift();
                    if (s.endMinute() > ns.startMinute()) {
                        add(m, RosterWeights.OVERLAPPING_SHIFTS, s.endMinute() - ns.startMinute());
                    }
                    int gap = ns.startMinute() - s.endMinute();
                    long missing = Math.max(0, c.minRestMinutes() - Math.max(0, gap));
                    add(m, RosterWeights.MINIMUM_REST, missing);
                    if (c.forbids(s.template(), ns.template())) {
                        add(m, RosterWeights.FORBIDDEN_SUCCESSION, 1);
                    }
                }
            }
            if (worked > 0 && paid > c.maxMinutes()) {
                add(m, RosterWeights.TOO_MANY_PAID_HOURS, paid - c.maxMinutes());
            }
            if (paid < c.minMinutes()) {
                add(m, RosterWeights.TOO_FEW_PAID_HOURS, c.minMinutes() - paid);
            }
            if (worked > c.maxDays()) {
                add(m, RosterWeights.TOO_MANY_WORKING_DAYS, worked - c.maxDays());
            }
            if (weekends.size() > c.maxWeekends()) {
                add(m, RosterWeights.TOO_MANY_WEEKENDS, weekends.size() - c.maxWeekends());
            }
            if (maxStart > minStart) {
                add(m, RosterWeights.INCONSISTENT_SHIFT_STARTS, (maxStart - minStart) / 15);
            }
            runs(days, c, m);
            weekendSum += weekendDays;
            weekendSq += weekendDays * weekendDays;
            unpopSum += unpopular;
            unpopSq += unpopular * unpopular;
        }
        int agents = byAgent.size();
        add(m, RosterWeights.UNFAIR_WEEKENDS, unfairnessPoints(weekendSum, weekendSq, agents));
        add(m, RosterWeights.UNFAIR_UNPOPULAR_SHIFTS, unfairnessPoints(unpopSum, unpopSq, agents));
        long shortage = coverage(roster, m);
        long hard = 0;
        long soft = 0;
        var overrides = roster.getConstraintWeightOverrides();
        for (var e : m.entrySet()) {
            HardSoftScore w = e.getKey().effective(overrides);
            hard -= w.hardScore() * e.getValue();
            soft -= w.softScore() * e.getValue();
        }
        return new Breakdown(m, HardSoftScore.of(hard, soft), shortage);
    }

    /** Consecutive working-day runs and the days off between them. */
    private static void runs(AgentDay[] days, org.staffcast.solver.model.ContractRules c, Map<RosterWeights, Long> m) {
        int last = days.length - 1;
        int i = 0;
        int previousRunEnd = -1;
        while (i <= last) {
            if (days[i] == null || days[i].getShift() == null) {
                i++;
                continue;
            }
            int from = i;
            while (i + 1 <= last && days[i + 1] != null && days[i + 1].getShift() != null) {
                i++;
            }
            int to = i;
            int count = to - from + 1;
            if (count > c.maxConsecutiveDays()) {
                add(m, RosterWeights.TOO_MANY_CONSECUTIVE_DAYS, count - c.maxConsecutiveDays());
            }
            if (from > 0 && to < last && count < c.minConsecutiveDays()) {
                add(m, RosterWeights.TOO_FEW_CONSECUTIVE_DAYS, c.minConsecutiveDays() - count);
            }
            if (previousRunEnd >= 0) {
                int off = from - previousRunEnd - 1;
                if (off < c.minConsecutiveDaysOff()) {
                    add(m, RosterWeights.TOO_FEW_CONSECUTIVE_DAYS_OFF, c.minConsecutiveDaysOff() - off);
                }
            }
            previousRunEnd = to;
            i++;
        }
    }

    /**
     * {@code floor(100 · sqrt(Σx² − (Σx)²/n))} to 6 significant digits: the square root of the summed squared deviation
     * from the mean, as Timefold's {@code LoadBalance.unfairness()} defines it.
     */
    static long unfairnessPoints(long sum, long sumSq, int n) {
        if (n <= 1) {
            return 0;
        }
        double v = (double) (-(sum * sum)) / n + sumSq;
        BigDecimal u = BigDecimal.valueOf(v).sqrt(new MathContext(6, RoundingMode.HALF_EVEN));
        return u.multiply(BigDecimal.valueOf(100)).longValue();
    }

    /** Under- and over-staffing per interval; returns the total shortage in agent-intervals. */
    private static long coverage(Roster roster, Map<RosterWeights, Long> m) {
        int n = roster.intervalCount();
        List<int[]> counts = new ArrayList<>(n);
        int masks = 1 << roster.getQueueIds().size();
        for (int t = 0; t < n; t++) {
            counts.add(new int[masks]);
        }
        for (AgentDay d : roster.getAgentDays()) {
            if (d.getShift() == null) {
                continue;
            }
            for (int t : d.getShift().workedIntervals(d.getBreakPlan(), n)) {
                counts.get(t)[d.getAgent().queueMask()]++;
            }
        }
        long shortage = 0;
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            SkillMix mix = SkillMix.ofCounts(counts.get(demand.interval()));
            SkillAllocation.Result r = mix.allocate(demand.required(), demand.priority());
            add(m, RosterWeights.UNDER_STAFFING, r.weightedSquaredShortage(demand.priority()));
            add(m, RosterWeights.OVER_STAFFING, r.idle());
            shortage += r.totalShortage();
        }
        return shortage;
    }

    private static void add(Map<RosterWeights, Long> m, RosterWeights w, long v) {
        m.merge(w, v, Long::sum);
    }
}
