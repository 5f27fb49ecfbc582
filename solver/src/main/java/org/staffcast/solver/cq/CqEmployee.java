package org.staffcast.solver.cq;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * An employee of a Curtois &amp; Qu instance ({@code SECTION_STAFF} plus their {@code SECTION_DAYS_OFF} line): the
 * contract limits and fixed days off. {@code maxShiftsByType[t]} is the maximum number of shifts of type index
 * {@code t} (0 when the type is not listed). Equality is by {@link #index()}, the position in the file.
 */
public final class CqEmployee {

    private final int index;
    private final String id;
    private final int[] maxShiftsByType;
    private final int maxTotalMinutes;
    private final int minTotalMinutes;
    private final int maxConsecutiveShifts;
    private final int minConsecutiveShifts;
    private final int minConsecutiveDaysOff;
    private final int maxWeekends;
    private final Set<Integer> daysOff;
    private final boolean[] dayOff;

    public CqEmployee(int index, String id, int[] maxShiftsByType, int maxTotalMinutes, int minTotalMinutes,
            int maxConsecutiveShifts, int minConsecutiveShifts, int minConsecutiveDaysOff, int maxWeekends,
            Set<Integer> daysOff) {
        this.index = index;
        this.id = id;
        this.maxShiftsByType = maxShiftsByType.clone();
        this.maxTotalMinutes = maxTotalMinutes;
        this.minTotalMinutes = minTotalMinutes;
        this.maxConsecutiveShifts = maxConsecutiveShifts;
        this.minConsecutiveShifts = minConsecutiveShifts;
        this.minConsecutiveDaysOff = minConsecutiveDaysOff;
        this.maxWeekends = maxWeekends;
        this.daysOff = Set.copyOf(new TreeSet<>(daysOff));
        this.dayOff = new boolean[daysOff.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        daysOff.forEach(d -> dayOff[d] = true);
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public int maxShifts(CqShiftType type) {
        return maxShiftsByType[type.index()];
    }

    public int maxShifts(int typeIndex) {
        return maxShiftsByType[typeIndex];
    }

    public int maxTotalMinutes() {
        return maxTotalMinutes;
    }

    public int minTotalMinutes() {
        return minTotalMinutes;
    }

    public int maxConsecutiveShifts() {
        return maxConsecutiveShifts;
    }

    public int minConsecutiveShifts() {
        return minConsecutiveShifts;
    }

    public int minConsecutiveDaysOff() {
        return minConsecutiveDaysOff;
    }

    public int maxWeekends() {
        return maxWeekends;
    }

    public Set<Integer> daysOff() {
        return daysOff;
    }

    public boolean isDayOff(int day) {
        return day >= 0 && day < dayOff.length && dayOff[day];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CqEmployee other && other.index == index && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return id + Arrays.toString(maxShiftsByType);
    }
}
