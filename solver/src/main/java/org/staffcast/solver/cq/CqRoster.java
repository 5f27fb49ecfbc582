package org.staffcast.solver.cq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A roster for a Curtois &amp; Qu instance: for each employee (file order) and day, the shift type index worked or
 * {@link #OFF}. One shift a day per employee holds by construction. Immutable.
 */
public final class CqRoster {

    public static final int OFF = -1;

    private final int[][] shifts;

    public CqRoster(int[][] shifts) {
        this.shifts = new int[shifts.length][];
        for (int e = 0; e < shifts.length; e++) {
            this.shifts[e] = shifts[e].clone();
        }
    }

    /** The roster with every employee off every day. */
    public static CqRoster allOff(CqInstance instance) {
        int[][] s = new int[instance.employees().size()][instance.horizon()];
        for (int[] row : s) {
            Arrays.fill(row, OFF);
        }
        return new CqRoster(s);
    }

    /** Whether {@code row} works the weekend of {@code saturday}: that day, or the Sunday when before {@code end}. */
    static boolean worksWeekend(int[] row, int saturday, int end) {
        return row[saturday] != OFF || saturday + 1 < end && row[saturday + 1] != OFF;
    }

    public int employees() {
        return shifts.length;
    }

    public int days() {
        return shifts.length == 0 ? 0 : shifts[0].length;
    }

    /** Shift type index of {@code employee} on {@code day}, or {@link #OFF}. */
    public int shift(int employee, int day) {
        return shifts[employee][day];
    }

    /** A copy of the whole table {@code [employee][day]}. */
    public int[][] toArray() {
        return new CqRoster(shifts).shifts;
    }

    /** The roster as CSV: header {@code employee,0,1,...,h-1}, one row per employee, shift ID or empty cell. */
    public String toCsv(CqInstance instance) {
        StringBuilder sb = new StringBuilder("employee");
        for (int d = 0; d < instance.horizon(); d++) {
            sb.append(',').append(d);
        }
        sb.append('\n');
        for (CqEmployee e : instance.employees()) {
            sb.append(e.id());
            for (int d = 0; d < instance.horizon(); d++) {
                sb.append(',');
                int s = shifts[e.index()][d];
                if (s != OFF) {
                    sb.append(instance.shiftTypes().get(s).id());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Reads the CSV written by {@link #toCsv}; {@code file} names it in {@code file:line: what} errors. */
    public static CqRoster fromCsv(CqInstance instance, String file, String csv) {
        List<String> lines = new ArrayList<>(csv.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        int h = instance.horizon();
        if (lines.isEmpty() || lines.get(0).split(",", -1).length != h + 1) {
            throw new IllegalArgumentException(file + ":1: header must be employee,0,...," + (h - 1));
        }
        Map<String, Integer> shiftIds = instance.shiftTypeIndexById();
        int[][] table = allOff(instance).shifts;
        if (lines.size() - 1 != instance.employees().size()) {
            throw new IllegalArgumentException(file + ": expected " + instance.employees().size()
                    + " employee rows, found " + (lines.size() - 1));
        }
        for (int e = 0; e < instance.employees().size(); e++) {
            String[] f = lines.get(e + 1).split(",", -1);
            int lineNo = e + 2;
            if (f.length != h + 1 || !f[0].equals(instance.employees().get(e).id())) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected employee "
                        + instance.employees().get(e).id() + " and " + h + " day cells");
            }
            for (int d = 0; d < h; d++) {
                if (!f[d + 1].isEmpty()) {
                    Integer s = shiftIds.get(f[d + 1]);
                    if (s == null) {
                        throw new IllegalArgumentException(file + ":" + lineNo + ": unknown shift '" + f[d + 1] + "'");
                    }
                    table[e][d] = s;
                }
            }
        }
        return new CqRoster(table);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CqRoster other && Arrays.deepEquals(shifts, other.shifts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(shifts);
    }
}
