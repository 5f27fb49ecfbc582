package org.staffcast.forecasting.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Days that behave differently from their weekday (public holidays, campaign days), by local date with a name.
 * Models leave them out of the normal weekly pattern and forecast them with a special-day effect learnt from
 * past special days.
 */
public record SpecialDays(Map<LocalDate, String> days) {

    public static final SpecialDays NONE = new SpecialDays(Map.of());

    public SpecialDays {
        days = Collections.unmodifiableMap(new TreeMap<>(days));
    }

    public boolean contains(LocalDate date) {
        return days.containsKey(date);
    }

    /**
     * Reads {@code date,name} lines (ISO dates; a header line starting with {@code date} and blank lines are
     * skipped; the name may be empty). Errors name the line: {@code file:line: what}.
     */
    public static SpecialDays read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<LocalDate, String> out = new TreeMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#") || (n == 0 && line.toLowerCase().startsWith("date"))) {
                continue;
            }
            int comma = line.indexOf(',');
            String date = (comma < 0 ? line : line.substring(0, comma)).strip();
            String name = comma < 0 ? "" : line.substring(comma + 1).strip();
            try {
                LocalDate d = LocalDate.parse(date);
                if (out.putIfAbsent(d, name) != null) {
                    throw new HistoryFormatException(file.toString(), n + 1, "duplicate date " + d);
                }
            } catch (DateTimeParseException e) {
                throw new HistoryFormatException(file.toString(), n + 1,
                        "unparseable date '" + date + "' (expected YYYY-MM-DD)");
            }
        }
        return new SpecialDays(out);
    }
}
