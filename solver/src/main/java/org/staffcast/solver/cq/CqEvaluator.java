package org.staffcast.solver.cq;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Evaluates a roster against an instance in plain Java, straight from the rules of the benchmark (Curtois &amp; Qu
 * 2014), independently of the Timefold constraints, so that both can be checked against each other.
 *
 * <p>Objective (minimise) = Σ on-requests not met by exactly that shift × weight + Σ off-requests worked × weight +
 * Σ over cover lines (WeightUnder × shortfall + WeightOver × surplus).
 *
 * <p>Hard rules and the penalty each adds (the same units as the Timefold hard score, see {@link CqPenalties}):
 * fixed day off worked (1), forbidden succession (1 per pair), max shifts per type (excess count), max/min total
 * minutes (excess/shortfall in started hours), max consecutive shifts (excess days per run), min consecutive shifts
 * and min consecutive days off (shortfall per run; runs touching the first or last day are exempt), max weekends
 * (excess weekends). At most one shift a day holds by construction of {@link CqRoster}.
 */
public final class CqEvaluator {

    private CqEvaluator() {
    }

    public static CqEvaluation evaluate(CqInstance in, CqRoster roster) {
        if (roster.employees() != in.employees().size() || roster.days() != in.horizon()) {
            throw new IllegalArgumentException("roster is " + roster.employees() + "×" + roster.days()
                    + " but instance " + in.name() + " has " + in.employees().size() + " employees × "
                    + in.horizon() + " days");
        }
        List<CqViolation> violations = violations(in, roster);
        int hard = violations.stream().mapToInt(CqViolation::penalty).sum();
        return new CqEvaluation(objective(in, roster), hard, violations);
    }

    /** The benchmark objective of {@code roster}. */
    public static int objective(CqInstance in, CqRoster roster) {
        int cost = 0;
        for (CqRequest r : in.onRequests()) {
            if (roster.shift(r.employee(), r.day()) != r.shiftType()) {
                cost += r.weight();
            }
        }
        for (CqRequest r : in.offRequests()) {
            if (roster.shift(r.employee(), r.day()) == r.shiftType()) {
                cost += r.weight();
            }
        }
        for (CqCover c : in.covers()) {
            int n = 0;
            for (int e = 0; e < roster.employees(); e++) {
                if (roster.shift(e, c.day()) == c.shiftType()) {
                    n++;
                }
            }
            cost += c.cost(n);
        }
        return cost;
    }

    /** Every hard violation of {@code roster}. */
    public static List<CqViolation> violations(CqInstance in, CqRoster roster) {
        List<CqViolation> out = new ArrayList<>();
        int[] row = new int[in.horizon()];
        for (CqEmployee emp : in.employees()) {
            for (int d = 0; d < row.length; d++) {
                row[d] = roster.shift(emp.index(), d);
            }
            employeeViolations(in, emp, row, out);
        }
        return out;
    }

    /** Total hard penalty of one employee's row ({@code row[d]} = shift type index or {@link CqRoster#OFF}). */
    public static int employeePenalty(CqInstance in, CqEmployee emp, int[] row) {
        List<CqViolation> out = new ArrayList<>();
        employeeViolations(in, emp, row, out);
        int sum = 0;
        for (CqViolation v : out) {
            sum += v.penalty();
        }
        return sum;
    }

    /** Adds every hard violation of one employee's row to {@code out}. */
    static void employeeViolations(CqInstance in, CqEmployee emp, int[] row, List<CqViolation> out) {
        int h = in.horizon();
        {
            String id = emp.id();
            int[] count = new int[in.shiftTypes().size()];
            int minutes = 0;
            for (int d = 0; d < h; d++) {
                int s = row[d];
                if (s == CqRoster.OFF) {
                    continue;
                }
                CqShiftType type = in.shiftTypes().get(s);
                count[s]++;
                minutes += type.minutes();
                if (emp.isDayOff(d)) {
                    out.add(new CqViolation(CqConstraintProvider.DAY_OFF, id, d, CqPenalties.DAY,
                            id + " works " + type.id() + " on fixed day off " + d));
                }
                if (d + 1 < h && row[d + 1] != CqRoster.OFF) {
                    CqShiftType next = in.shiftTypes().get(row[d + 1]);
                    if (type.forbidsNext(next)) {
                        out.add(new CqViolation(CqConstraintProvider.FORBIDDEN_SUCCESSION, id, d, CqPenalties.DAY,
                                id + " works " + next.id() + " on day " + (d + 1) + " after " + type.id()));
                    }
                }
            }
            for (CqShiftType t : in.shiftTypes()) {
                if (count[t.index()] > emp.maxShifts(t)) {
                    out.add(new CqViolation(CqConstraintProvider.MAX_SHIFTS_PER_TYPE, id, -1,
                            CqPenalties.DAY * (count[t.index()] - emp.maxShifts(t)), id + " works " + count[t.index()] + " " + t.id()
                                    + " shifts, at most " + emp.maxShifts(t) + " allowed"));
                }
            }
            if (minutes > emp.maxTotalMinutes()) {
                out.add(new CqViolation(CqConstraintProvider.MAX_TOTAL_MINUTES, id, -1,
                        CqPenalties.minutes(minutes - emp.maxTotalMinutes()),
                        id + " works " + minutes + " minutes, at most " + emp.maxTotalMinutes()));
            }
            if (minutes < emp.minTotalMinutes()) {
                out.add(new CqViolation(CqConstraintProvider.MIN_TOTAL_MINUTES, id, -1,
                        CqPenalties.minutes(emp.minTotalMinutes() - minutes),
                        id + " works " + minutes + " minutes, at least " + emp.minTotalMinutes()));
            }
            runs(h, d -> row[d] != CqRoster.OFF, (start, length) -> {
                if (length > emp.maxConsecutiveShifts()) {
                    out.add(new CqViolation(CqConstraintProvider.MAX_CONSECUTIVE_SHIFTS, id, start,
                            CqPenalties.DAY * (length - emp.maxConsecutiveShifts()), id + " works " + length + " days in a row from day "
                                    + start + ", at most " + emp.maxConsecutiveShifts()));
                }
                if (start > 0 && start + length < h && length < emp.minConsecutiveShifts()) {
                    out.add(new CqViolation(CqConstraintProvider.MIN_CONSECUTIVE_SHIFTS, id, start,
                            CqPenalties.DAY * (emp.minConsecutiveShifts() - length), id + " works only " + length
                                    + " days in a row from day " + start + ", at least " + emp.minConsecutiveShifts()));
                }
            });
            runs(h, d -> row[d] == CqRoster.OFF, (start, length) -> {
                if (start > 0 && start + length < h && length < emp.minConsecutiveDaysOff()) {
                    out.add(new CqViolation(CqConstraintProvider.MIN_CONSECUTIVE_DAYS_OFF, id, start,
                            CqPenalties.DAY * (emp.minConsecutiveDaysOff() - length), id + " has only " + length
                                    + " days off in a row from day " + start + ", at least "
                                    + emp.minConsecutiveDaysOff()));
                }
            });
            int weekends = 0;
            for (int k = 0; 7 * k + 5 < h; k++) {
                int sat = 7 * k + 5;
                int sun = sat + 1;
                if (row[sat] != CqRoster.OFF || (sun < h && row[sun] != CqRoster.OFF)) {
                    weekends++;
                }
            }
            if (weekends > emp.maxWeekends()) {
                out.add(new CqViolation(CqConstraintProvider.MAX_WEEKENDS, id, -1, CqPenalties.DAY * (weekends - emp.maxWeekends()),
                        id + " works " + weekends + " weekends, at most " + emp.maxWeekends()));
            }
        }
    }

    private interface RunConsumer {
        void accept(int start, int length);
    }

    /** Calls {@code consumer} for each maximal run of days {@code 0..h-1} where {@code in} holds. */
    private static void runs(int h, IntPredicate in, RunConsumer consumer) {
        int d = 0;
        while (d < h) {
            if (!in.test(d)) {
                d++;
                continue;
            }
            int start = d;
            while (d < h && in.test(d)) {
                d++;
            }
            consumer.accept(start, d - start);
        }
    }
}
