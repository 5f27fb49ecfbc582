package org.staffcast.solver.model;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The planning entity: one agent on one day of the horizon. Its {@link #getShift() shift} is the shift worked that
 * day, chosen from {@link #getShiftRange()} (generated from the agent's templates and availability, so unavailable
 * shifts never exist), or {@code null} for a day off. Its {@link #getBreakPlan() break plan} places the breaks.
 */
@PlanningEntity
public class AgentDay {

    @PlanningId
    private String id;
    private Agent agent;
    private int day;
    private LocalDate date;
    private int lastDay;
    private int intervalCount;
    private List<Shift> shiftRange;
    private boolean pinned;
    private boolean hasPublished;
    private Shift publishedShift;
    private transient java.util.Set<Shift> rangeSet;

    @PlanningVariable(valueRangeProviderRefs = "shiftRange", allowsUnassigned = true)
    private Shift shift;

    @PlanningVariable(valueRangeProviderRefs = "breakPlans")
    private BreakPlan breakPlan;

    public AgentDay() {
    }

    public AgentDay(Agent agent, int day, LocalDate date, int lastDay, int intervalCount, List<Shift> shiftRange) {
        this.id = agent.id() + "@" + date;
        this.agent = agent;
        this.day = day;
        this.date = date;
        this.lastDay = lastDay;
        this.intervalCount = intervalCount;
        this.shiftRange = shiftRange;
    }

    @ValueRangeProvider(id = "shiftRange")
    public List<Shift> getShiftRange() {
        return shiftRange;
    }

    /** True when {@code candidate} is a day off or one of this day's shifts. */
    public boolean allows(Shift candidate) {
        if (candidate == null) {
            return true;
        }
        java.util.Set<Shift> set = rangeSet;
        if (set == null) {
            set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            set.addAll(shiftRange);
            rangeSet = set;
        }
        return set.contains(candidate);
    }

    public String getId() { return id; }
    public Agent getAgent() { return agent; }
    public int getDay() { return day; }
    public LocalDate getDate() { return date; }
    public Shift getShift() { return shift; }
    public void setShift(Shift shift) { this.shift = shift; }
    public BreakPlan getBreakPlan() { return breakPlan; }
    public void setBreakPlan(BreakPlan breakPlan) { this.breakPlan = breakPlan; }

    @PlanningPin
    public boolean isPinned() { return pinned; }

    /**
     * Fixes this day to {@code pinnedShift} (or a day off). A pinned shift that is not one of the agent's usual
     * shifts joins this day's value range, so the planner's decision is kept even where it breaks a rule (the
     * rule then shows in the score).
     */
    public void pin(Shift pinnedShift) {
        if (pinnedShift != null && !allows(pinnedShift)) {
            List<Shift> wider = new ArrayList<>(shiftRange);
            wider.add(pinnedShift);
            this.shiftRange = List.copyOf(wider);
            this.rangeSet = null;
        }
        this.shift = pinnedShift;
        this.pinned = true;
    }

    /** Records the published schedule's shift for this day ({@code null} = published day off). */
    public void setPublished(Shift published) {
        this.hasPublished = true;
        this.publishedShift = published;
    }

    public boolean hasPublished() { return hasPublished; }
    public Shift getPublishedShift() { return publishedShift; }

    public boolean isWorking() {
        return shift != null;
    }

    /** True for a working Saturday or Sunday. */
    public boolean isWeekendDay() {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** The weekend this day belongs to, as the epoch day of its Saturday; -1 on a weekday. */
    public int weekend() {
        if (!isWeekendDay()) {
            return -1;
        }
        return (int) (date.getDayOfWeek() == DayOfWeek.SATURDAY ? date.toEpochDay() : date.toEpochDay() - 1);
    }

    public int getLastDay() { return lastDay; }

    /** True when the agent asked for this day off. */
    public boolean isDayOffRequested() {
        return agent.dayOffRequests().contains(day);
    }

    /** Differs from the published schedule (only when one is given). */
    public boolean changedFromPublished() {
        if (!hasPublished) {
            return false;
        }
        return publishedShift == null ? shift != null : !publishedShift.sameTimeAs(shift);
    }

    public int paidMinutes() {
        return shift == null ? 0 : shift.paidMinutes();
    }

    /** The intervals worked, each tagged with the queues the agent can serve (empty on a day off). */
    public List<WorkSlot> workSlots() {
        if (shift == null) {
            return List.of();
        }
        int[] worked = shift.workedIntervals(breakPlan, intervalCount);
        List<WorkSlot> out = new ArrayList<>(worked.length);
        for (int t : worked) {
            out.add(new WorkSlot(t, agent.queueMask()));
        }
        return out;
    }

    /** Key joining this day to the same agent's next day. */
    public long nextDayKey() {
        return ((long) agent.index() << 20) | (day + 1);
    }

    public long dayKey() {
        return ((long) agent.index() << 20) | day;
    }

    @Override
    public String toString() {
        return id + "=" + shift;
    }
}
