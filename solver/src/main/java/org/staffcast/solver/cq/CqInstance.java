package org.staffcast.solver.cq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Curtois &amp; Qu shift-scheduling instance (Curtois &amp; Qu, "Computational results on new staff scheduling
 * benchmark instances", 2014; schedulingbenchmarks.org). Day 0 is a Monday; weekend {@code k} is days
 * {@code 7k+5} and {@code 7k+6}. Employees and shift types keep the order of the file.
 */
public record CqInstance(String name, int horizon, List<CqShiftType> shiftTypes, List<CqEmployee> employees,
        List<CqRequest> onRequests, List<CqRequest> offRequests, List<CqCover> covers) {

    public CqInstance {
        shiftTypes = List.copyOf(shiftTypes);
        employees = List.copyOf(employees);
        onRequests = List.copyOf(onRequests);
        offRequests = List.copyOf(offRequests);
        covers = List.copyOf(covers);
        for (CqShiftType t : shiftTypes) {
            t.resolve(shiftTypes);
        }
    }

    /** The cover line of {@code shiftType} on {@code day}, if the file has one. */
    public Optional<CqCover> cover(int day, int shiftType) {
        return covers.stream().filter(c -> c.day() == day && c.shiftType() == shiftType).findFirst();
    }

    /** Cover lines as a {@code [day][shiftType]} table, {@code null} where the file has none. */
    public CqCover[][] coverTable() {
        CqCover[][] table = new CqCover[horizon][shiftTypes.size()];
        for (CqCover c : covers) {
            table[c.day()][c.shiftType()] = c;
        }
        return table;
    }

    public Optional<CqShiftType> shiftType(String id) {
        return shiftTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Map<String, Integer> shiftTypeIndexById() {
        Map<String, Integer> byId = new HashMap<>();
        shiftTypes.forEach(t -> byId.put(t.id(), t.index()));
        return byId;
    }

    /** True for Saturday and Sunday (day 0 is a Monday). */
    public static boolean isWeekend(int day) {
        return day % 7 >= 5;
    }

    /** Index {@code k} of the weekend containing a Saturday or Sunday {@code day} ({@code day / 7}). */
    public static int weekendIndex(int day) {
        return day / 7;
    }
}
