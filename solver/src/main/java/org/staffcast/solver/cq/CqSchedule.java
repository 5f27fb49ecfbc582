package org.staffcast.solver.cq;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The Timefold planning solution of a Curtois &amp; Qu instance: one {@link CqAssignment} per employee per day.
 *
 * <p>Why a dedicated thin model for now: the general contact-center roster model (issue 6) is being built in
 * parallel with per-interval coverage, breaks and multi-skill allocation; the benchmark needs none of that and
 * must be measured now. This model has the same shape (one entity per agent per day, variable = shift or none,
 * demand as one "interval" per shift type per day, consecutive rules via {@code toConsecutiveSequences}) so the
 * two can be unified once the general model lands: a CQ shift type becomes a shift template, a cover line an
 * interval demand.
 */
@PlanningSolution(solutionCloner = CqScheduleCloner.class)
public class CqSchedule {

    private CqInstance instance;
    @ProblemFactCollectionProperty
    private List<CqEmployee> employees;
    @ProblemFactCollectionProperty
    private List<CqCover> covers;
    @PlanningEntityCollectionProperty
    private List<CqAssignment> assignments;
    @PlanningScore
    private HardSoftScore score;

    /** For Timefold's cloner. */
    public CqSchedule() {
    }

    public CqSchedule(CqInstance instance, List<CqAssignment> assignments) {
        this.instance = instance;
        this.employees = instance.employees();
        this.covers = instance.covers();
        this.assignments = assignments;
    }

    /** The planning problem for {@code instance}, with the shifts of {@code start}. */
    public static CqSchedule of(CqInstance instance, CqRoster start) {
        int h = instance.horizon();
        CqCover[][] covers = instance.coverTable();
        List<List<List<CqRequest>>> on = byEmployeeDay(instance, instance.onRequests());
        List<List<List<CqRequest>>> off = byEmployeeDay(instance, instance.offRequests());
        List<CqAssignment> assignments = new ArrayList<>();
        for (CqEmployee e : instance.employees()) {
            List<CqShiftType> allowed = instance.shiftTypes().stream().filter(t -> e.maxShifts(t) > 0).toList();
            for (int d = 0; d < h; d++) {
                int s = start.shift(e.index(), d);
                // a loaded roster may hold a type the contract forbids: keep it in range so it is scored, not lost
                List<CqShiftType> range = s == CqRoster.OFF || e.maxShifts(s) > 0 ? allowed
                        : instance.shiftTypes().stream().filter(t -> e.maxShifts(t) > 0 || t.index() == s).toList();
                assignments.add(new CqAssignment(assignments.size(), e, d, h, range, covers[d],
                        on.get(e.index()).get(d), off.get(e.index()).get(d),
                        s == CqRoster.OFF ? null : instance.shiftTypes().get(s)));
            }
        }
        return new CqSchedule(instance, assignments);
    }

    public static CqSchedule of(CqInstance instance) {
        return of(instance, CqRoster.allOff(instance));
    }

    private static List<List<List<CqRequest>>> byEmployeeDay(CqInstance instance, List<CqRequest> requests) {
        List<List<List<CqRequest>>> table = new ArrayList<>();
        for (int e = 0; e < instance.employees().size(); e++) {
            List<List<CqRequest>> days = new ArrayList<>();
            for (int d = 0; d < instance.horizon(); d++) {
                days.add(new ArrayList<>());
            }
            table.add(days);
        }
        for (CqRequest r : requests) {
            table.get(r.employee()).get(r.day()).add(r);
        }
        return table;
    }

    /** The roster this schedule describes. */
    public CqRoster toRoster() {
        int[][] table = CqRoster.allOff(instance).toArray();
        for (CqAssignment a : assignments) {
            if (a.getShift() != null) {
                table[a.getEmployeeIndex()][a.getDay()] = a.getShift().index();
            }
        }
        return new CqRoster(table);
    }

    public CqInstance getInstance() {
        return instance;
    }

    public List<CqEmployee> getEmployees() {
        return employees;
    }

    public List<CqCover> getCovers() {
        return covers;
    }

    public List<CqAssignment> getAssignments() {
        return assignments;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
