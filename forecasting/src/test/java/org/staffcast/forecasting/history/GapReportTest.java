package org.staffcast.forecasting.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Timeline;

class GapReportTest {

    @Test
    void separatesClosedHoursFromMissingOpenHours() {
        // hourly grid, open 09:00-17:00 every day for two weeks; the Wednesday of week 2 has no rows at all,
        // and the 12:00 row of the first Friday is missing
        IntervalGrid grid = new IntervalGrid(ZoneOffset.UTC, 60);
        Timeline tl = new Timeline(grid, new Horizon(LocalDate.of(2025, 6, 2), 14));
        LocalDate holiday = LocalDate.of(2025, 6, 11);
        LocalDate friday = LocalDate.of(2025, 6, 6);
        List<ContactRecord> rs = new ArrayList<>();
        for (int i = 0; i < tl.size(); i++) {
            int s = tl.slot(i);
            if (s < 9 || s >= 17 || tl.date(i).equals(holiday) || (tl.date(i).equals(friday) && s == 12)) {
                continue;
            }
            rs.add(ContactRecord.offeredOnly("q", tl.start(i), 5));
        }
        GapReport r = GapReport.of(new ContactHistory(grid, rs));
        // between the first (day 0 09:00) and last (day 13 16:00) record: 13 nights of 16 hours, the holiday's
        // 8 open hours merge into the nights around it, and one hour on Friday
        assertEquals(13 * 16 + 8 + 1, r.missing());
        assertEquals(13 - 1 + 1, r.gaps());
        assertEquals(9, r.missingInOpenHours());
        assertEquals(Map.of("q", Map.of(friday, 1, holiday, 8)), r.openHoursMissingByDate());
    }
}
