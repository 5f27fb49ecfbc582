package org.staffcast.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.math.BigDecimal;
import org.staffcast.solver.coverage.SkillMix;
import org.staffcast.solver.model.Agent;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.IntervalDemand;
import org.staffcast.solver.model.WorkSlot;

/**
 * The roster rules, one method per rule. Names are the planner's words and the keys of
 * {@code ConstraintWeightOverrides}; {@link RosterWeights} holds the default weights and the unit of each match.
 */
public final class RosterConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        // streams shared by several rules are built once, so their nodes are shared
        UniConstraintStream<IntervalCoverage> coverage = coverage(f);
        BiConstraintStream<AgentDay, AgentDay> nextDays = consecutiveShifts(f);
        BiConstraintStream<Agent, SequenceChain<AgentDay, Integer>> runs = workingRuns(f);
        return new Constraint[] {
            agentUnavailable(f),
            overlappingShifts(nextDays),
            minimumRest(nextDays),
            forbiddenSuccession(nextDays),
            tooManyPaidHours(f),
            tooFewPaidHours(f),
            tooManyWorkingDays(f),
            tooManyConsecutiveDays(runs),
            tooFewConsecutiveDays(runs),
            tooFewConsecutiveDaysOff(runs),
            tooManyWeekends(f),
            overlappingBreaks(f),
            underStaffing(coverage),
            overStaffing(coverage),
            inconsistentShiftStarts(f),
            dayOffRequestDenied(f),
            startOutsidePreferredTimes(f),
            unfairWeekends(f),
            unfairUnpopularShifts(f),
            paidHours(f),
            scheduleChanges(f),
        };
    }

    // ---------------------------------------------------------------- hard

    /** Each working day paired with the same agent's working next day. */
    static BiConstraintStream<AgentDay, AgentDay> consecutiveShifts(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .join(AgentDay.class, Joiners.equal(AgentDay::nextDayKey, AgentDay::dayKey));
    }

    /** Each agent with their runs of consecutive working days. */
    static BiConstraintStream<Agent, SequenceChain<AgentDay, Integer>> workingRuns(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, toConsecutiveSequences(AgentDay::getDay));
    }

    /** A shift overlaps the agent's time off or lies outside their availability (only pinned or imported shifts can). */
    Constraint agentUnavailable(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(d -> !d.getAgent().isAvailableFor(d.getShift()))
                .penalize(RosterWeights.AGENT_UNAVAILABLE.weight())
                .asConstraint(RosterWeights.AGENT_UNAVAILABLE.id());
    }

    /** A shift runs into the next day's shift (penalty: overlapping minutes). */
    Constraint overlappingShifts(ConstraintFactory f) {
        return overlappingShifts(consecutiveShifts(f));
    }

    Constraint overlappingShifts(BiConstraintStream<AgentDay, AgentDay> nextDays) {
        return nextDays
                .filter((d, n) -> d.getShift().endMinute() > n.getShift().startMinute())
                .penalize(RosterWeights.OVERLAPPING_SHIFTS.weight(),
                        (d, n) -> d.getShift().endMinute() - n.getShift().startMinute())
                .asConstraint(RosterWeights.OVERLAPPING_SHIFTS.id());
    }

    /** Less than the contract's minimum rest between two shifts (penalty: minutes missing). */
    Constraint minimumRest(ConstraintFactory f) {
        return minimumRest(consecutiveShifts(f));
    }

    Constraint minimumRest(BiConstraintStream<AgentDay, AgentDay> nextDays) {
        return nextDays
                .filter((d, n) -> restMissing(d, n) > 0)
                .penalize(RosterWeights.MINIMUM_REST.weight(), RosterConstraintProvider::restMissing)
                .asConstraint(RosterWeights.MINIMUM_REST.id());
    }

    static long restMissing(AgentDay d, AgentDay n) {
        int gap = n.getShift().startMinute() - d.getShift().endMinute();
        return Math.max(0, d.getAgent().contract().minRestMinutes() - Math.max(0, gap));
    }

    /** A shift of a template the contract forbids after the previous day's template (e.g. late then early). */
    Constraint forbiddenSuccession(ConstraintFactory f) {
        return forbiddenSuccession(consecutiveShifts(f));
    }

    Constraint forbiddenSuccession(BiConstraintStream<AgentDay, AgentDay> nextDays) {
        return nextDays
                .filter((d, n) -> d.getAgent().contract().forbids(d.getShift().template(), n.getShift().template()))
                .penalize(RosterWeights.FORBIDDEN_SUCCESSION.weight())
                .asConstraint(RosterWeights.FORBIDDEN_SUCCESSION.id());
    }

    /** Paid minutes above the contract maximum (penalty: minutes over). */
    Constraint tooManyPaidHours(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, sum(AgentDay::paidMinutes))
                .filter((a, minutes) -> minutes > a.contract().maxMinutes())
                .penalize(RosterWeights.TOO_MANY_PAID_HOURS.weight(), (a, minutes) -> minutes - a.contract().maxMinutes())
                .asConstraint(RosterWeights.TOO_MANY_PAID_HOURS.id());
    }

    /** Paid minutes below the contract minimum (penalty: minutes short). Counts agents with no shift at all. */
    Constraint tooFewPaidHours(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(AgentDay.class)
                .groupBy(AgentDay::getAgent, sum(AgentDay::paidMinutes))
                .filter((a, minutes) -> minutes < a.contract().minMinutes())
                .penalize(RosterWeights.TOO_FEW_PAID_HOURS.weight(), (a, minutes) -> a.contract().minMinutes() - minutes)
                .asConstraint(RosterWeights.TOO_FEW_PAID_HOURS.id());
    }

    /** More working days than the contract allows (penalty: days over). */
    Constraint tooManyWorkingDays(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, count())
                .filter((a, days) -> days > a.contract().maxDays())
                .penalize(RosterWeights.TOO_MANY_WORKING_DAYS.weight(), (a, days) -> days - a.contract().maxDays())
                .asConstraint(RosterWeights.TOO_MANY_WORKING_DAYS.id());
    }

    /** A run of working days longer than the contract allows (penalty: days over, per run). */
    Constraint tooManyConsecutiveDays(ConstraintFactory f) {
        return tooManyConsecutiveDays(workingRuns(f));
    }

    Constraint tooManyConsecutiveDays(BiConstraintStream<Agent, SequenceChain<AgentDay, Integer>> runs) {
        return runs
                .flattenLast(chain -> chain.getConsecutiveSequences())
                .filter((a, run) -> run.getCount() > a.contract().maxConsecutiveDays())
                .penalize(RosterWeights.TOO_MANY_CONSECUTIVE_DAYS.weight(),
                        (a, run) -> run.getCount() - a.contract().maxConsecutiveDays())
                .asConstraint(RosterWeights.TOO_MANY_CONSECUTIVE_DAYS.id());
    }

    /**
     * A run of working days shorter than the contract minimum (penalty: days missing). Runs touching the first or
     * last day of the horizon are not judged: they may continue outside it.
     */
    Constraint tooFewConsecutiveDays(ConstraintFactory f) {
        return tooFewConsecutiveDays(workingRuns(f));
    }

    Constraint tooFewConsecutiveDays(BiConstraintStream<Agent, SequenceChain<AgentDay, Integer>> runs) {
        return runs
                .flattenLast(chain -> chain.getConsecutiveSequences())
                .filter((a, run) -> run.getFirstItem().getDay() > 0
                        && run.getLastItem().getDay() < run.getLastItem().getLastDay()
                        && run.getCount() < a.contract().minConsecutiveDays())
                .penalize(RosterWeights.TOO_FEW_CONSECUTIVE_DAYS.weight(),
                        (a, run) -> a.contract().minConsecutiveDays() - run.getCount())
                .asConstraint(RosterWeights.TOO_FEW_CONSECUTIVE_DAYS.id());
    }

    /** Days off between two working runs fewer than the contract minimum (penalty: days missing). */
    Constraint tooFewConsecutiveDaysOff(ConstraintFactory f) {
        return tooFewConsecutiveDaysOff(workingRuns(f));
    }

    Constraint tooFewConsecutiveDaysOff(BiConstraintStream<Agent, SequenceChain<AgentDay, Integer>> runs) {
        return runs
                .flattenLast(chain -> chain.getBreaks())
                .filter((a, gap) -> gap.getLength() - 1 < a.contract().minConsecutiveDaysOff())
                .penalize(RosterWeights.TOO_FEW_CONSECUTIVE_DAYS_OFF.weight(),
                        (a, gap) -> a.contract().minConsecutiveDaysOff() - (gap.getLength() - 1))
                .asConstraint(RosterWeights.TOO_FEW_CONSECUTIVE_DAYS_OFF.id());
    }

    /** More weekends worked (Saturday or Sunday) than the contract allows (penalty: weekends over). */
    Constraint tooManyWeekends(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(AgentDay::isWeekendDay)
                .groupBy(AgentDay::getAgent, countDistinct(AgentDay::weekend))
                .filter((a, weekends) -> weekends > a.contract().maxWeekends())
                .penalize(RosterWeights.TOO_MANY_WEEKENDS.weight(), (a, weekends) -> weekends - a.contract().maxWeekends())
                .asConstraint(RosterWeights.TOO_MANY_WEEKENDS.id());
    }

    /** Two breaks of one shift overlap. */
    Constraint overlappingBreaks(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(d -> d.getShift().breaksOverlap(d.getBreakPlan()))
                .penalize(RosterWeights.OVERLAPPING_BREAKS.weight())
                .asConstraint(RosterWeights.OVERLAPPING_BREAKS.id());
    }

    // ---------------------------------------------------------------- coverage

    /**
     * Per interval: the working, not-on-break agents grouped by skill set, joined to the interval's demand and
     * allocated to queues optimally ({@link org.staffcast.solver.coverage.SkillAllocation}). Every interval appears,
     * also when nobody works it.
     */
    static UniConstraintStream<IntervalCoverage> coverage(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .flattenLast(AgentDay::workSlots)
                .concat(f.forEach(IntervalDemand.class).map(IntervalDemand::placeholder))
                .groupBy(WorkSlot::interval, SkillMix.collector())
                .join(IntervalDemand.class, Joiners.equal((interval, mix) -> interval, IntervalDemand::interval))
                .map(IntervalCoverage::of);
    }

    Constraint underStaffing(ConstraintFactory f) {
        return underStaffing(coverage(f));
    }

    /** Agents short per queue per interval, squared and weighted by queue priority: {@code Σ p_q·s_q²}. */
    Constraint underStaffing(UniConstraintStream<IntervalCoverage> coverage) {
        return coverage.filter(c -> c.weightedSquaredShortage() > 0)
                .penalize(RosterWeights.UNDER_STAFFING.weight(), IntervalCoverage::weightedSquaredShortage)
                .asConstraint(RosterWeights.UNDER_STAFFING.id());
    }

    Constraint overStaffing(ConstraintFactory f) {
        return overStaffing(coverage(f));
    }

    /** Working agents not needed on any queue they can serve (penalty: idle agent-intervals). */
    Constraint overStaffing(UniConstraintStream<IntervalCoverage> coverage) {
        return coverage.filter(c -> c.idleAgents() > 0)
                .penalize(RosterWeights.OVER_STAFFING.weight(), IntervalCoverage::idleAgents)
                .asConstraint(RosterWeights.OVER_STAFFING.id());
    }

    // ---------------------------------------------------------------- soft, people

    /** Spread of an agent's local start times over the horizon (penalty: quarter hours between earliest and latest). */
    Constraint inconsistentShiftStarts(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, min((AgentDay d) -> d.getShift().localStartMinute()),
                        max((AgentDay d) -> d.getShift().localStartMinute()))
                .filter((a, earliest, latest) -> latest > earliest)
                .penalize(RosterWeights.INCONSISTENT_SHIFT_STARTS.weight(), (a, earliest, latest) -> (latest - earliest) / 15)
                .asConstraint(RosterWeights.INCONSISTENT_SHIFT_STARTS.id());
    }

    /** The agent works on a day they asked to have off. */
    Constraint dayOffRequestDenied(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(AgentDay::isDayOffRequested)
                .penalize(RosterWeights.DAY_OFF_REQUEST_DENIED.weight())
                .asConstraint(RosterWeights.DAY_OFF_REQUEST_DENIED.id());
    }

    /** A shift starts outside the agent's preferred start window (penalty: quarter hours outside, rounded up). */
    Constraint startOutsidePreferredTimes(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(d -> d.getAgent().minutesOutsidePreferredStart(d.getShift()) > 0)
                .penalize(RosterWeights.START_OUTSIDE_PREFERRED_TIMES.weight(),
                        d -> (d.getAgent().minutesOutsidePreferredStart(d.getShift()) + 14) / 15)
                .asConstraint(RosterWeights.START_OUTSIDE_PREFERRED_TIMES.id());
    }

    /** Unequal weekend days worked across agents (penalty: 100 × Timefold's load-balance unfairness, truncated). */
    Constraint unfairWeekends(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(AgentDay.class)
                .groupBy(loadBalance(AgentDay::getAgent, d -> d.isWorking() && d.isWeekendDay() ? 1L : 0L))
                .penalize(RosterWeights.UNFAIR_WEEKENDS.weight(), RosterConstraintProvider::unfairnessPoints)
                .asConstraint(RosterWeights.UNFAIR_WEEKENDS.id());
    }

    /** Unequal unpopular (late, night) shifts across agents (penalty as for weekends). */
    Constraint unfairUnpopularShifts(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(AgentDay.class)
                .groupBy(loadBalance(AgentDay::getAgent,
                        d -> d.isWorking() && d.getShift().template().unpopular() ? 1L : 0L))
                .penalize(RosterWeights.UNFAIR_UNPOPULAR_SHIFTS.weight(), RosterConstraintProvider::unfairnessPoints)
                .asConstraint(RosterWeights.UNFAIR_UNPOPULAR_SHIFTS.id());
    }

    static long unfairnessPoints(LoadBalance<?> balance) {
        return balance.unfairness().multiply(BigDecimal.valueOf(100)).longValue();
    }

    /** Paid time (penalty: paid quarter hours), so the roster buys no hours it does not need. */
    Constraint paidHours(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .penalize(RosterWeights.PAID_HOURS.weight(), d -> d.paidMinutes() / 15)
                .asConstraint(RosterWeights.PAID_HOURS.id());
    }

    /** A day that differs from the published schedule (re-solve with fewest changes). */
    Constraint scheduleChanges(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(AgentDay.class)
                .filter(AgentDay::changedFromPublished)
                .penalize(RosterWeights.SCHEDULE_CHANGES.weight())
                .asConstraint(RosterWeights.SCHEDULE_CHANGES.id());
    }
}
