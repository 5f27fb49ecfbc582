package org.staffcast.solver.cq;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.Sequence;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;

/**
 * The Curtois &amp; Qu rules as Timefold constraints. Hard penalties use the units of {@link CqEvaluator}; the soft
 * score is minus the benchmark objective. "At most one shift a day" is structural (one entity per employee-day),
 * fixed days off are pinned; {@link #dayOff} still guards rosters loaded from outside.
 */
public class CqConstraintProvider implements ConstraintProvider {

    /** Hard weight of one unit of a day-level rule (see {@link CqPenalties#DAY}). */
    private static final HardSoftScore DAY_RULE = HardSoftScore.ofHard(CqPenalties.DAY);

    public static final String DAY_OFF = "Fixed day off";
    public static final String FORBIDDEN_SUCCESSION = "Forbidden shift succession";
    public static final String MAX_SHIFTS_PER_TYPE = "Max shifts per type";
    public static final String MAX_TOTAL_MINUTES = "Max total minutes";
    public static final String MIN_TOTAL_MINUTES = "Min total minutes";
    public static final String MAX_CONSECUTIVE_SHIFTS = "Max consecutive shifts";
    public static final String MIN_CONSECUTIVE_SHIFTS = "Min consecutive shifts";
    public static final String MIN_CONSECUTIVE_DAYS_OFF = "Min consecutive days off";
    public static final String MAX_WEEKENDS = "Max weekends";
    public static final String SHIFT_ON_REQUEST = "Shift-on request";
    public static final String SHIFT_OFF_REQUEST = "Shift-off request";
    public static final String UNDERSTAFFING = "Understaffing";
    public static final String OVERSTAFFING = "Overstaffing";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            dayOff(f), forbiddenSuccession(f), maxShiftsPerType(f), maxTotalMinutes(f), minTotalMinutes(f),
            maxConsecutiveShifts(f), minConsecutiveShifts(f), minConsecutiveDaysOff(f), maxWeekends(f),
            shiftOnRequest(f), shiftOffRequest(f), understaffing(f), overstaffing(f),
        };
    }

    Constraint dayOff(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .filter(CqAssignment::isFixedDayOff)
                .penalize(DAY_RULE)
                .asConstraint(DAY_OFF);
    }

    Constraint forbiddenSuccession(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .join(CqAssignment.class,
                        equal(CqAssignment::getEmployeeIndex),
                        equal(a -> a.getDay() + 1, CqAssignment::getDay))
                .filter((today, tomorrow) -> today.getShift().forbidsNext(tomorrow.getShift()))
                .penalize(DAY_RULE)
                .asConstraint(FORBIDDEN_SUCCESSION);
    }

    Constraint maxShiftsPerType(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .groupBy(CqAssignment::getEmployee, CqAssignment::getShift, count())
                .filter((employee, type, n) -> n > employee.maxShifts(type))
                .penalize(DAY_RULE, (employee, type, n) -> n - employee.maxShifts(type))
                .asConstraint(MAX_SHIFTS_PER_TYPE);
    }

    Constraint maxTotalMinutes(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .groupBy(CqAssignment::getEmployee, sum(CqAssignment::getMinutes))
                .filter((employee, minutes) -> minutes > employee.maxTotalMinutes())
                .penalize(HardSoftScore.ONE_HARD,
                        (employee, minutes) -> CqPenalties.minutes(minutes - employee.maxTotalMinutes()))
                .asConstraint(MAX_TOTAL_MINUTES);
    }

    Constraint minTotalMinutes(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(CqAssignment.class)
                .groupBy(CqAssignment::getEmployee, sum(CqAssignment::getMinutes))
                .filter((employee, minutes) -> minutes < employee.minTotalMinutes())
                .penalize(HardSoftScore.ONE_HARD,
                        (employee, minutes) -> CqPenalties.minutes(employee.minTotalMinutes() - minutes))
                .asConstraint(MIN_TOTAL_MINUTES);
    }

    Constraint maxConsecutiveShifts(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .groupBy(CqAssignment::getEmployee, toConsecutiveSequences(CqAssignment::getDay))
                .flattenLast(SequenceChain::getConsecutiveSequences)
                .filter((employee, run) -> run.getCount() > employee.maxConsecutiveShifts())
                .penalize(DAY_RULE, (employee, run) -> run.getCount() - employee.maxConsecutiveShifts())
                .asConstraint(MAX_CONSECUTIVE_SHIFTS);
    }

    Constraint minConsecutiveShifts(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .groupBy(CqAssignment::getEmployee, toConsecutiveSequences(CqAssignment::getDay))
                .flattenLast(SequenceChain::getConsecutiveSequences)
                .filter((employee, run) -> isInner(run) && run.getCount() < employee.minConsecutiveShifts())
                .penalize(DAY_RULE, (employee, run) -> employee.minConsecutiveShifts() - run.getCount())
                .asConstraint(MIN_CONSECUTIVE_SHIFTS);
    }

    Constraint minConsecutiveDaysOff(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(CqAssignment.class)
                .filter(a -> !a.isWorking())
                .groupBy(CqAssignment::getEmployee, toConsecutiveSequences(CqAssignment::getDay))
                .flattenLast(SequenceChain::getConsecutiveSequences)
                .filter((employee, run) -> isInner(run) && run.getCount() < employee.minConsecutiveDaysOff())
                .penalize(DAY_RULE, (employee, run) -> employee.minConsecutiveDaysOff() - run.getCount())
                .asConstraint(MIN_CONSECUTIVE_DAYS_OFF);
    }

    Constraint maxWeekends(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .filter(a -> a.getWeekend() >= 0)
                .groupBy(CqAssignment::getEmployee, countDistinct(CqAssignment::getWeekend))
                .filter((employee, weekends) -> weekends > employee.maxWeekends())
                .penalize(DAY_RULE, (employee, weekends) -> weekends - employee.maxWeekends())
                .asConstraint(MAX_WEEKENDS);
    }

    Constraint shiftOnRequest(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(CqAssignment.class)
                .filter(a -> a.unmetOnRequestWeight() > 0)
                .penalize(HardSoftScore.ONE_SOFT, CqAssignment::unmetOnRequestWeight)
                .asConstraint(SHIFT_ON_REQUEST);
    }

    Constraint shiftOffRequest(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .filter(a -> a.brokenOffRequestWeight() > 0)
                .penalize(HardSoftScore.ONE_SOFT, CqAssignment::brokenOffRequestWeight)
                .asConstraint(SHIFT_OFF_REQUEST);
    }

    Constraint understaffing(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .filter(a -> a.getCover() != null)
                .groupBy(CqAssignment::getCover, count())
                .complement(CqCover.class, cover -> 0L)
                .filter((cover, n) -> n < cover.requirement())
                .penalize(HardSoftScore.ONE_SOFT, (cover, n) -> cover.cost(Math.toIntExact(n)))
                .asConstraint(UNDERSTAFFING);
    }

    Constraint overstaffing(ConstraintFactory f) {
        return f.forEach(CqAssignment.class)
                .filter(a -> a.getCover() != null)
                .groupBy(CqAssignment::getCover, count())
                .filter((cover, n) -> n > cover.requirement())
                .penalize(HardSoftScore.ONE_SOFT, (cover, n) -> cover.cost(Math.toIntExact(n)))
                .asConstraint(OVERSTAFFING);
    }

    /** A run that touches neither the first nor the last day of the horizon (only those are bound by minimums). */
    private static boolean isInner(Sequence<CqAssignment, Integer> run) {
        return !run.getFirstItem().isFirstDay() && !run.getLastItem().isLastDay();
    }
}
