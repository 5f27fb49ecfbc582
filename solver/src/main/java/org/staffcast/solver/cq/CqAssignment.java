package org.staffcast.solver.cq;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * One employee on one day: the planning variable is the shift type worked that day, {@code null} for a day off.
 * This is the {@code AgentDay} shape of the general roster model (DESIGN.md): one entity per agent per day, so "at
 * most one shift a day" holds by construction. The value range is per employee (only shift types the contract
 * allows at least once), and a fixed day off is pinned to {@code null}, so neither rule has to be searched for.
 *
 * <p>Everything a constraint needs about the day (cover lines, requests, first/last day, weekend) is precomputed on
 * the entity so that the constraints stay single-entity streams where possible.
 */
@PlanningEntity
public class CqAssignment {

    @PlanningId
    private int id;
    private CqEmployee employee;
    private int day;
    private boolean firstDay;
    private boolean lastDay;
    private int weekend;
    @PlanningPin
    private boolean fixedDayOff;
    private List<CqShiftType> allowedShifts;
    private CqCover[] coverByShiftType;
    private List<CqRequest> onRequests;
    private List<CqRequest> offRequests;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "allowedShifts")
    private CqShiftType shift;

    /** For Timefold's cloner. */
    public CqAssignment() {
    }

    public CqAssignment(int id, CqEmployee employee, int day, int horizon, List<CqShiftType> allowedShifts,
            CqCover[] coverByShiftType, List<CqRequest> onRequests, List<CqRequest> offRequests, CqShiftType shift) {
        this.id = id;
        this.employee = employee;
        this.day = day;
        this.firstDay = day == 0;
        this.lastDay = day == horizon - 1;
        this.weekend = CqInstance.isWeekend(day) ? CqInstance.weekendIndex(day) : -1;
        this.fixedDayOff = employee.isDayOff(day);
        this.allowedShifts = List.copyOf(allowedShifts);
        this.coverByShiftType = coverByShiftType.clone();
        this.onRequests = List.copyOf(onRequests);
        this.offRequests = List.copyOf(offRequests);
        this.shift = shift;
    }

    /** A copy sharing every problem fact (for {@link CqScheduleCloner}): only the shift is planning state. */
    CqAssignment copy() {
        CqAssignment c = new CqAssignment();
        c.id = id;
        c.employee = employee;
        c.day = day;
        c.firstDay = firstDay;
        c.lastDay = lastDay;
        c.weekend = weekend;
        c.fixedDayOff = fixedDayOff;
        c.allowedShifts = allowedShifts;
        c.coverByShiftType = coverByShiftType;
        c.onRequests = onRequests;
        c.offRequests = offRequests;
        c.shift = shift;
        return c;
    }

    @ValueRangeProvider(id = "allowedShifts")
    public List<CqShiftType> getAllowedShifts() {
        return allowedShifts;
    }

    public int getId() {
        return id;
    }

    public CqEmployee getEmployee() {
        return employee;
    }

    public int getEmployeeIndex() {
        return employee.index();
    }

    public int getDay() {
        return day;
    }

    public boolean isFirstDay() {
        return firstDay;
    }

    public boolean isLastDay() {
        return lastDay;
    }

    /** Weekend index {@code k} when this day is Saturday or Sunday of weekend k, else -1. */
    public int getWeekend() {
        return weekend;
    }

    public boolean isFixedDayOff() {
        return fixedDayOff;
    }

    public CqShiftType getShift() {
        return shift;
    }

    public void setShift(CqShiftType shift) {
        this.shift = shift;
    }

    public boolean isWorking() {
        return shift != null;
    }

    /** Minutes worked this day (0 on a day off). */
    public int getMinutes() {
        return shift == null ? 0 : shift.minutes();
    }

    /** The cover line this day's shift counts towards, or {@code null} when off or the file has none. */
    public CqCover getCover() {
        return shift == null ? null : coverByShiftType[shift.index()];
    }

    /** Σ weight of this day's on-requests not met by exactly the requested shift. */
    public int unmetOnRequestWeight() {
        int w = 0;
        for (CqRequest r : onRequests) {
            if (shift == null || shift.index() != r.shiftType()) {
                w += r.weight();
            }
        }
        return w;
    }

    /** Σ weight of this day's off-requests for the shift that is worked. */
    public int brokenOffRequestWeight() {
        int w = 0;
        if (shift != null) {
            for (CqRequest r : offRequests) {
                if (shift.index() == r.shiftType()) {
                    w += r.weight();
                }
            }
        }
        return w;
    }

    @Override
    public String toString() {
        return employee.id() + "@" + day + "=" + (shift == null ? "-" : shift.id());
    }
}
