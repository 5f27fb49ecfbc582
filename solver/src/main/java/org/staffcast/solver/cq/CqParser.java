package org.staffcast.solver.cq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the text format of the Curtois &amp; Qu instances: {@code #} starts a comment line, {@code SECTION_X} starts
 * a section, a blank line ends it. Every error is a {@link CqFormatException} with message {@code file:line: what}.
 */
public final class CqParser {

    private static final List<String> SECTIONS = List.of("SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF",
            "SECTION_DAYS_OFF", "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER");
    private static final int STAFF_FIELDS = 8;

    private final String file;
    private final Map<String, List<Line>> sections = new LinkedHashMap<>();
    private final Map<String, Integer> sectionLine = new HashMap<>();

    private record Line(int number, String text) {
    }

    private CqParser(String file) {
        this.file = file;
    }

    /**
     * Parses the instance file at {@code path} (errors name the path as given); the instance name is the file name
     * without {@code .txt}.
     */
    public static CqInstance parse(Path path) throws IOException {
        String fileName = path.getFileName().toString();
        String name = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return parse(path.toString(), name, Files.readString(path, StandardCharsets.UTF_8));
    }

    /** Parses {@code text}; {@code file} names it in error messages. */
    public static CqInstance parse(String file, String name, String text) {
        CqParser p = new CqParser(file);
        p.split(text);
        return p.build(name);
    }

    private void split(String text) {
        String[] lines = text.split("\n", -1);
        String current = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                current = null;
                continue;
            }
            if (line.startsWith("SECTION_")) {
                if (!SECTIONS.contains(line)) {
                    throw error(number, "unknown section " + line + " (expected one of " + SECTIONS + ")");
                }
                if (sections.containsKey(line)) {
                    throw error(number, line + " appears twice (first on line " + sectionLine.get(line) + ")");
                }
                current = line;
                sections.put(line, new ArrayList<>());
                sectionLine.put(line, number);
                continue;
            }
            if (current == null) {
                throw error(number, "data outside a section: '" + line + "' (a blank line ends a section)");
            }
            sections.get(current).add(new Line(number, line));
        }
    }

    private CqInstance build(String name) {
        int horizon = horizon();
        List<CqShiftType> shifts = shifts();
        Map<String, Integer> shiftIndex = new HashMap<>();
        shifts.forEach(s -> shiftIndex.put(s.id(), s.index()));
        for (CqShiftType s : shifts) {
            for (String next : s.forbiddenNextIds()) {
                if (!shiftIndex.containsKey(next)) {
                    throw error(findLine("SECTION_SHIFTS", s.id()), "shift " + s.id() + " forbids unknown shift '"
                            + next + "' next");
                }
            }
        }
        Map<String, Integer> staffIndex = new LinkedHashMap<>();
        List<Line> staffLines = required("SECTION_STAFF");
        Map<String, Set<Integer>> daysOff = daysOff(horizon, staffLines);
        List<CqEmployee> staff = staff(staffLines, shiftIndex, staffIndex, daysOff);
        List<CqRequest> on = requests("SECTION_SHIFT_ON_REQUESTS", horizon, staffIndex, shiftIndex);
        List<CqRequest> off = requests("SECTION_SHIFT_OFF_REQUESTS", horizon, staffIndex, shiftIndex);
        List<CqCover> cover = cover(horizon, shiftIndex);
        return new CqInstance(name, horizon, shifts, staff, on, off, cover);
    }

    private int horizon() {
        List<Line> lines = required("SECTION_HORIZON");
        if (lines.size() != 1) {
            throw error(lines.isEmpty() ? sectionLine.get("SECTION_HORIZON") : lines.get(1).number(),
                    "SECTION_HORIZON must hold exactly one number of days");
        }
        int days = integer(lines.get(0), lines.get(0).text(), "horizon length in days");
        if (days < 1) {
            throw error(lines.get(0).number(), "horizon must be at least 1 day, got " + days);
        }
        return days;
    }

    private List<CqShiftType> shifts() {
        List<CqShiftType> shifts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Line line : required("SECTION_SHIFTS")) {
            String[] f = fields(line, 2, 3, "ShiftID,LengthMins,ForbiddenNext1|ForbiddenNext2");
            String id = id(line, f[0], "shift ID");
            if (!ids.add(id)) {
                throw error(line.number(), "duplicate shift ID " + id);
            }
            int minutes = integer(line, f[1], "LengthMins of shift " + id);
            if (minutes <= 0) {
                throw error(line.number(), "LengthMins of shift " + id + " must be positive, got " + minutes);
            }
            List<String> next = f.length < 3 || f[2].isBlank() ? List.of()
                    : Arrays.stream(f[2].split("\\|", -1)).map(String::strip).toList();
            for (String n : next) {
                if (n.isEmpty()) {
                    throw error(line.number(), "empty shift ID in forbidden-next list '" + f[2] + "'");
                }
            }
            shifts.add(new CqShiftType(shifts.size(), id, minutes, next));
        }
        if (shifts.isEmpty()) {
            throw error(sectionLine.get("SECTION_SHIFTS"), "SECTION_SHIFTS lists no shift");
        }
        return shifts;
    }

    private Map<String, Set<Integer>> daysOff(int horizon, List<Line> staffLines) {
        Set<String> staffIds = new HashSet<>();
        for (Line l : staffLines) {
            staffIds.add(l.text().split(",", -1)[0].strip());
        }
        Map<String, Set<Integer>> daysOff = new HashMap<>();
        for (Line line : sections.getOrDefault("SECTION_DAYS_OFF", List.of())) {
            String[] f = line.text().split(",", -1);
            String id = f[0].strip();
            if (!staffIds.contains(id)) {
                throw error(line.number(), "unknown employee '" + id + "' in SECTION_DAYS_OFF");
            }
            Set<Integer> days = daysOff.computeIfAbsent(id, k -> new TreeSet<>());
            for (int i = 1; i < f.length; i++) {
                if (f[i].isBlank()) {
                    continue;
                }
                days.add(day(line, f[i], horizon));
            }
        }
        return daysOff;
    }

    private List<CqEmployee> staff(List<Line> lines, Map<String, Integer> shiftIndex, Map<String, Integer> staffIndex,
            Map<String, Set<Integer>> daysOff) {
        List<CqEmployee> staff = new ArrayList<>();
        for (Line line : lines) {
            String[] f = fields(line, STAFF_FIELDS, STAFF_FIELDS, "ID,MaxShifts,MaxTotalMinutes,MinTotalMinutes,"
                    + "MaxConsecutiveShifts,MinConsecutiveShifts,MinConsecutiveDaysOff,MaxWeekends");
            String id = id(line, f[0], "employee ID");
            if (staffIndex.containsKey(id)) {
                throw error(line.number(), "duplicate employee ID " + id);
            }
            int[] maxShifts = new int[shiftIndex.size()];
            if (!f[1].isBlank()) {
                for (String part : f[1].split("\\|", -1)) {
                    String[] kv = part.split("=", -1);
                    if (kv.length != 2) {
                        throw error(line.number(), "MaxShifts entry '" + part + "' of " + id
                                + " is not ShiftID=count");
                    }
                    Integer s = shiftIndex.get(kv[0].strip());
                    if (s == null) {
                        throw error(line.number(), "unknown shift '" + kv[0].strip() + "' in MaxShifts of " + id);
                    }
                    maxShifts[s] = nonNegative(line, kv[1], "MaxShifts of " + kv[0].strip() + " for " + id);
                }
            }
            int maxTotal = nonNegative(line, f[2], "MaxTotalMinutes of " + id);
            int minTotal = nonNegative(line, f[3], "MinTotalMinutes of " + id);
            if (minTotal > maxTotal) {
                throw error(line.number(), "MinTotalMinutes " + minTotal + " exceeds MaxTotalMinutes " + maxTotal
                        + " for " + id);
            }
            int maxConsecutive = nonNegative(line, f[4], "MaxConsecutiveShifts of " + id);
            int minConsecutive = nonNegative(line, f[5], "MinConsecutiveShifts of " + id);
            int minDaysOff = nonNegative(line, f[6], "MinConsecutiveDaysOff of " + id);
            int maxWeekends = nonNegative(line, f[7], "MaxWeekends of " + id);
            staffIndex.put(id, staff.size());
            staff.add(new CqEmployee(staff.size(), id, maxShifts, maxTotal, minTotal, maxConsecutive, minConsecutive,
                    minDaysOff, maxWeekends, daysOff.getOrDefault(id, Set.of())));
        }
        if (staff.isEmpty()) {
            throw error(sectionLine.get("SECTION_STAFF"), "SECTION_STAFF lists no employee");
        }
        return staff;
    }

    private List<CqRequest> requests(String section, int horizon, Map<String, Integer> staffIndex,
            Map<String, Integer> shiftIndex) {
        List<CqRequest> requests = new ArrayList<>();
        for (Line line : sections.getOrDefault(section, List.of())) {
            String[] f = fields(line, 4, 4, "EmployeeID,Day,ShiftID,Weight");
            Integer e = staffIndex.get(f[0].strip());
            if (e == null) {
                throw error(line.number(), "unknown employee '" + f[0].strip() + "' in " + section);
            }
            int day = day(line, f[1], horizon);
            Integer s = shiftIndex.get(f[2].strip());
            if (s == null) {
                throw error(line.number(), "unknown shift '" + f[2].strip() + "' in " + section);
            }
            requests.add(new CqRequest(e, day, s, nonNegative(line, f[3], "Weight")));
        }
        return requests;
    }

    private List<CqCover> cover(int horizon, Map<String, Integer> shiftIndex) {
        List<CqCover> covers = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (Line line : required("SECTION_COVER")) {
            String[] f = fields(line, 5, 5, "Day,ShiftID,Requirement,WeightUnder,WeightOver");
            int day = day(line, f[0], horizon);
            Integer s = shiftIndex.get(f[1].strip());
            if (s == null) {
                throw error(line.number(), "unknown shift '" + f[1].strip() + "' in SECTION_COVER");
            }
            Integer before = seen.put((long) day * shiftIndex.size() + s, line.number());
            if (before != null) {
                throw error(line.number(), "second cover line for day " + day + " shift " + f[1].strip()
                        + " (first on line " + before + ")");
            }
            covers.add(new CqCover(day, s, nonNegative(line, f[2], "Requirement"),
                    nonNegative(line, f[3], "WeightUnder"), nonNegative(line, f[4], "WeightOver")));
        }
        return covers;
    }

    private List<Line> required(String section) {
        List<Line> lines = sections.get(section);
        if (lines == null) {
            throw new CqFormatException(file + ": missing " + section);
        }
        return lines;
    }

    private int findLine(String section, String id) {
        return sections.get(section).stream().filter(l -> l.text().startsWith(id + ",")).mapToInt(Line::number)
                .findFirst().orElse(sectionLine.get(section));
    }

    private String[] fields(Line line, int min, int max, String format) {
        String[] f = line.text().split(",", -1);
        if (f.length < min || f.length > max) {
            throw error(line.number(), "expected " + (min == max ? String.valueOf(min) : min + "–" + max)
                    + " comma-separated fields (" + format + "), found " + f.length + ": '" + line.text() + "'");
        }
        return f;
    }

    private String id(Line line, String raw, String what) {
        String id = raw.strip();
        if (id.isEmpty()) {
            throw error(line.number(), "empty " + what);
        }
        return id;
    }

    private int day(Line line, String raw, int horizon) {
        int day = integer(line, raw, "day");
        if (day < 0 || day >= horizon) {
            throw error(line.number(), "day " + day + " outside the horizon 0.." + (horizon - 1));
        }
        return day;
    }

    private int nonNegative(Line line, String raw, String what) {
        int v = integer(line, raw, what);
        if (v < 0) {
            throw error(line.number(), what + " must not be negative, got " + v);
        }
        return v;
    }

    private int integer(Line line, String raw, String what) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw error(line.number(), what + " is not an integer: '" + raw.strip() + "'");
        }
    }

    private CqFormatException error(int line, String what) {
        return new CqFormatException(file + ":" + line + ": " + what);
    }
}
