package org.staffcast.solver.cq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small instances and rosters for the CQ tests. */
final class CqTestData {

    private CqTestData() {
    }

    /**
     * A 7-day instance with two shift types (L may not be followed by E) and two employees. A: at most 1 L,
     * 3000 minutes max, 0 min, up to 7 days in a row, runs of at least 1, 1 weekend; B: never L, min 960 minutes,
     * max 5 in a row, runs of at least 2 shifts and 2 days off, no weekend, fixed day off 3.
     */
    static final String SMALL = """
            # test instance
            SECTION_HORIZON
            7

            SECTION_SHIFTS
            E,480,
            L,600,E

            SECTION_STAFF
            A,E=7|L=1,3000,0,7,1,1,1
            B,E=7|L=0,4800,960,5,2,2,0

            SECTION_DAYS_OFF
            B,3

            SECTION_SHIFT_ON_REQUESTS
            A,0,E,3

            SECTION_SHIFT_OFF_REQUESTS
            A,1,L,2

            SECTION_COVER
            0,E,1,100,1
            0,L,1,100,1
            1,E,2,50,5
            1,L,0,100,7
            """;

    /**
     * An instance of {@code days} days and one 480-minute shift type {@code E} without forbidden successors:
     * {@code staff} is the staff section's lines, followed by any further sections, and {@code cover} the cover's.
     */
    static CqInstance oneShiftType(int days, String staff, String cover) {
        return CqParser.parse("one-type.txt", "one-type", """
                SECTION_HORIZON
                %d

                SECTION_SHIFTS
                E,480,

                SECTION_STAFF
                %s
                SECTION_COVER
                %s""".formatted(days, staff, cover));
    }

    static CqInstance small() {
        return CqParser.parse("small.txt", "small", SMALL);
    }

    static CqInstance instance1() {
        return resourceInstance("Instance1");
    }

    static CqInstance resourceInstance(String name) {
        return CqParser.parse(name + ".txt", name, resource(name + ".txt"));
    }

    static CqRoster instance1Optimal() {
        return CqRoster.fromCsv(instance1(), "Instance1-optimal.csv", resource("Instance1-optimal.csv"));
    }

    static String resource(String name) {
        try (InputStream in = CqTestData.class.getResourceAsStream("/cq/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /cq/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A roster from one string per employee, one character per day: {@code .} for off, else a one-letter shift ID.
     */
    static CqRoster roster(CqInstance in, String... rows) {
        int[][] table = new int[rows.length][];
        var ids = in.shiftTypeIndexById();
        for (int e = 0; e < rows.length; e++) {
            table[e] = new int[rows[e].length()];
            for (int d = 0; d < rows[e].length(); d++) {
                char c = rows[e].charAt(d);
                table[e][d] = c == '.' ? CqRoster.OFF : ids.get(String.valueOf(c));
            }
        }
        return new CqRoster(table);
    }

    /** {@code base} with employee {@code employee}'s row replaced. */
    static CqRoster withRow(CqInstance in, CqRoster base, int employee, String row) {
        int[][] table = base.toArray();
        table[employee] = roster(in, row).toArray()[0];
        return new CqRoster(table);
    }

    static List<String> constraints(CqEvaluation evaluation) {
        return evaluation.violations().stream().map(CqViolation::constraint).toList();
    }
}
