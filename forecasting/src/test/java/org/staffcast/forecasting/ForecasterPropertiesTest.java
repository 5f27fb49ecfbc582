package org.staffcast.forecasting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.staffcast.forecasting.history.ContactHistory;
import org.staffcast.forecasting.history.ContactRecord;
import org.staffcast.forecasting.history.SpecialDays;
import org.staffcast.forecasting.model.Forecast;
import org.staffcast.forecasting.model.ForecastRow;
import org.staffcast.forecasting.time.Horizon;
import org.staffcast.forecasting.time.IntervalGrid;
import org.staffcast.forecasting.time.Timeline;

/**
 * Invariants of {@link Forecaster} on random histories (seeded) in zones with DST changes of one hour, half an
 * hour (Lord Howe) and none, on 15/30/60-minute grids: one row per queue per interval of the horizon, every
 * row on the grid, {@code lo80 <= volume <= hi80}, intervals never open in the history forecast zero, and the
 * same input gives the same forecast.
 */
class ForecasterPropertiesTest {

    @ParameterizedTest(name = "{0} {1} min seed {2}")
    @CsvSource({
        "Europe/Berlin, 15, 1",
        "America/New_York, 30, 2",
        "Australia/Sydney, 60, 3",
        "Australia/Lord_Howe, 60, 4",
        "Australia/Lord_Howe, 15, 5",
        "UTC, 15, 6",
        "Asia/Kolkata, 30, 7",
    })
    void forecastRowsCoverTheHorizonAndKeepTheirBounds(String zoneId, int minutes, long seed) {
        ZoneId zone = ZoneId.of(zoneId);
        IntervalGrid grid = new IntervalGrid(zone, minutes);
        SplittableRandom rnd = new SplittableRandom(seed);
        // 10 weeks ending at a random point in the year, so DST changes fall into history or horizon
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(300));
        Timeline tl = new Timeline(grid, new Horizon(start, 70));
        int openFrom = 7 + rnd.nextInt(3);
        int openTo = 17 + rnd.nextInt(5);
        List<ContactRecord> rs = new ArrayList<>();
        for (String q : List.of("a", "b")) {
            for (int i = 0; i < tl.size(); i++) {
                double hour = tl.slot(i) * minutes / 60.0;
                boolean open = tl.dayOfWeek(i) < 6 && hour >= openFrom && hour < openTo;
                if (!open || rnd.nextInt(50) == 0) {
                    continue; // closed, or a random missing row
                }
                double mean = (q.equals("a") ? 40 : 4) * (1 + Math.sin(hour / 3));
                rs.add(new ContactRecord(q, tl.start(i), Math.floor(mean + rnd.nextDouble() * Math.sqrt(mean + 1) * 2),
                        Double.NaN, Double.NaN, 200 + rnd.nextInt(100)));
            }
        }
        ContactHistory h = new ContactHistory(grid, rs);
        int days = 1 + rnd.nextInt(14);
        Forecast f = Forecaster.forecast(h, days, "auto", SpecialDays.NONE);
        Instant from = h.end();
        Instant to = from.atZone(zone).plusDays(days).toInstant();
        // every interval start of the grid in [from, to)
        List<Instant> expected = new ArrayList<>();
        for (Instant s = from; s.isBefore(to); s = grid.intervalContaining(s).end()) {
            expected.add(s);
        }
        for (String q : List.of("a", "b")) {
            List<ForecastRow> rows = f.rows(q);
            assertEquals(expected, rows.stream().map(ForecastRow::intervalStart).toList(), q);
            for (ForecastRow r : rows) {
                assertTrue(r.volumeLo80() <= r.volume() && r.volume() <= r.volumeHi80(), r.toString());
                var iv = grid.intervalContaining(r.intervalStart());
                double hour = iv.slotOfDay() * minutes / 60.0;
                boolean everOpen = iv.dayOfWeek().getValue() < 7 && hour >= openFrom && hour < openTo;
                if (!everOpen) {
                    assertEquals(0, r.volume(), r.toString());
                }
            }
        }
        assertEquals(f, Forecaster.forecast(h, days, "auto", SpecialDays.NONE), "deterministic");
    }
}
