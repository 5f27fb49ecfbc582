package org.staffcast.forecasting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.staffcast.forecasting.Forecaster;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.ContactRecord;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Timeline;

class SeasonalNaiveTest {

    /** A pure weekly pattern: value depends only on (weekday, slot); zero at night = closed. */
    static double pattern(int dow, int slot) {
        if (slot < 32 || slot >= 80) {
            return 0;
        }
        return 5 + dow * 3 + (slot % 17) * 2;
    }

    static ContactHistory weeklyPattern(IntervalGrid grid, LocalDate start, int weeks) {
        Timeline tl = new Timeline(grid, new Horizon(start, weeks * 7));
        List<ContactRecord> rs = new ArrayList<>();
        for (int i = 0; i < tl.size(); i++) {
            rs.add(new ContactRecord("q", tl.start(i), pattern(tl.dayOfWeek(i), tl.slot(i)), Double.NaN, Double.NaN,
                    100 + tl.slot(i)));
        }
        return new ContactHistory(grid, rs);
    }

    @Test
    void pureWeeklyPatternIsForecastExactlyAcrossDst() {
        IntervalGrid grid = IntervalGrid.quarterHours(ZoneId.of("Europe/Berlin"));
        // history up to Monday 2025-03-24; the forecast week contains the spring-forward Sunday 2025-03-30
        ContactHistory h = weeklyPattern(grid, LocalDate.of(2025, 2, 24), 4);
        Forecast f = Forecaster.forecast(h, 7, SeasonalNaive.NAME, SpecialDays.NONE);
        assertEquals(6 * 96 + 92, f.rows().size());
        for (ForecastRow r : f.rows()) {
            var iv = grid.intervalContaining(r.intervalStart());
            assertEquals(pattern(iv.dayOfWeek().getValue() - 1, iv.slotOfDay()), r.volume(), 1e-12, r.toString());
            assertEquals(100 + iv.slotOfDay(), r.ahtSeconds(), 1e-12);
            assertEquals(SeasonalNaive.NAME, r.model());
        }
    }

    @Test
    void fallBackWeekHas100IntervalSunday() {
        IntervalGrid grid = IntervalGrid.quarterHours(ZoneId.of("Europe/Berlin"));
        ContactHistory h = weeklyPattern(grid, LocalDate.of(2025, 9, 22), 4);
        Forecast f = Forecaster.forecast(h, 7, "auto", SpecialDays.NONE);
        assertEquals(6 * 96 + 100, f.rows().size());
        assertEquals(LocalDate.of(2025, 10, 20), grid.intervalContaining(f.start()).date());
    }

    @Test
    void missingWeekFallsBackToTheWeekBefore() {
        IntervalGrid grid = IntervalGrid.quarterHours(ZoneId.of("UTC"));
        ContactHistory full = weeklyPattern(grid, LocalDate.of(2025, 1, 6), 3);
        SplittableRandom rnd = new SplittableRandom(3);
        List<ContactRecord> kept = new ArrayList<>();
        LocalDate lastWeek = LocalDate.of(2025, 1, 20);
        for (ContactRecord r : full.records("q")) {
            LocalDate d = grid.intervalContaining(r.intervalStart()).date();
            // drop a random half of the last week's rows: they are missing, not zero
            if (!d.isBefore(lastWeek) && rnd.nextBoolean()) {
                continue;
            }
            kept.add(r);
        }
        Forecast f = Forecaster.forecast(new ContactHistory(grid, kept), 7, SeasonalNaive.NAME, SpecialDays.NONE);
        for (ForecastRow r : f.rows()) {
            var iv = grid.intervalContaining(r.intervalStart());
            assertEquals(pattern(iv.dayOfWeek().getValue() - 1, iv.slotOfDay()), r.volume(), 1e-12);
        }
    }
}
