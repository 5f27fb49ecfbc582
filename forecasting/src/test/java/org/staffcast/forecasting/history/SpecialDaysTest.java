package org.staffcast.forecasting.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecialDaysTest {

    @TempDir
    Path dir;

    @Test
    void readsDatesWithNamesSkippingHeaderBlankAndComments() throws IOException {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "date,name\n2025-12-25,Christmas Day\n\n# office party\n2025-12-19\n");
        SpecialDays d = SpecialDays.read(f);
        assertEquals(2, d.days().size());
        assertEquals("Christmas Day", d.days().get(LocalDate.of(2025, 12, 25)));
        assertTrue(d.contains(LocalDate.of(2025, 12, 19)));
    }

    @Test
    void badDateAndDuplicateNameTheLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,name\n2025-12-25,Christmas\n25.12.2025,Christmas\n");
        HistoryFormatException e = assertThrows(HistoryFormatException.class, () -> SpecialDays.read(bad));
        assertEquals(bad + ":3: unparseable date '25.12.2025' (expected YYYY-MM-DD)", e.getMessage());
        Path dup = dir.resolve("dup.csv");
        Files.writeString(dup, "2025-12-25,Christmas\n2025-12-25,again\n");
        HistoryFormatException d = assertThrows(HistoryFormatException.class, () -> SpecialDays.read(dup));
        assertEquals(dup + ":2: duplicate date 2025-12-25", d.getMessage());
    }
}
