package org.staffcast.forecasting.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.HistoryCsvReader;
import org.staffcast.forecasting.io.HistoryCsv;

class HistoryGeneratorTest {

    static String csv(HistorySpec spec) throws IOException {
        StringWriter w = new StringWriter();
        HistoryCsv.write(HistoryGenerator.generate(spec), w);
        return w.toString();
    }

    @Test
    void sameSeedSameHistoryOtherSeedOtherHistory() throws IOException {
        HistorySpec a = new HistorySpec(3, 4, 15, ZoneId.of("Europe/Berlin"), 1, LocalDate.of(2025, 4, 7));
        String first = csv(a);
        assertEquals(first, csv(a));
        assertNotEquals(first, csv(new HistorySpec(3, 4, 15, ZoneId.of("Europe/Berlin"), 2, LocalDate.of(2025, 4, 7))));
    }

    @Test
    void writtenHistoryReadsBackOnTheSameGridWithDst() throws IOException {
        HistorySpec spec = new HistorySpec(3, 4, 15, ZoneId.of("Europe/Berlin"), 7, LocalDate.of(2025, 4, 7));
        ContactHistory h = HistoryGenerator.generate(spec);
        ContactHistory back = new HistoryCsvReader("g.csv", ZoneId.of("Europe/Berlin"), null)
                .read(new StringReader(csv(spec)));
        assertEquals(15, back.grid().minutes());
        assertEquals(h.size(), back.size());
        // email is open around the clock: one row per interval, 92 on the spring-forward Sunday
        long sunday = back.records("email-1").stream()
                .filter(r -> back.grid().intervalContaining(r.intervalStart()).date().equals(LocalDate.of(2025, 3, 30)))
                .count();
        assertEquals(92, sunday);
        // voice is closed on Sundays: no rows at all
        assertTrue(back.records("voice-1").stream().noneMatch(r ->
                back.grid().intervalContaining(r.intervalStart()).dayOfWeek().getValue() == 7));
    }

    @Test
    void easterFollowsThePublishedDates() {
        assertEquals(LocalDate.of(2024, 3, 31), HistoryGenerator.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), HistoryGenerator.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), HistoryGenerator.easterSunday(2026));
    }
}
