package org.staffcast.forecasting.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.staffcast.forecasting.history.HistoryFormatException;
import org.staffcast.forecasting.model.Forecast;
import org.staffcast.forecasting.model.ForecastRow;
import org.staffcast.forecasting.time.IntervalGrid;

class ForecastCsvTest {

    @Test
    void writesOffsetsOfTheZoneAndReadsBackTheSameRows() throws IOException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        IntervalGrid grid = IntervalGrid.quarterHours(berlin);
        // 2025-03-30 is spring-forward in Berlin: 01:45+01:00 is followed by 03:00+02:00
        Instant a = Instant.parse("2025-03-30T00:45:00Z");
        Instant b = Instant.parse("2025-03-30T01:00:00Z");
        Forecast f = new Forecast(grid, List.of(
                new ForecastRow("q,1", a, 12.5, 8, 17.25, 300.04, "seasonal-naive"),
                new ForecastRow("q,1", b, 0, 0, 0, Double.NaN, "seasonal-naive")));
        StringWriter out = new StringWriter();
        ForecastCsv.write(f, out);
        assertEquals(ForecastCsv.HEADER + "\n"
                + "\"q,1\",2025-03-30T01:45+01:00,12.5,8,17.25,300,seasonal-naive\n"
                + "\"q,1\",2025-03-30T03:00+02:00,0,0,0,,seasonal-naive\n", out.toString());
        Forecast back = ForecastCsv.read(new StringReader(out.toString()), "f.csv", berlin);
        assertEquals(15, back.grid().minutes());
        assertEquals(2, back.rows().size());
        assertEquals(a, back.rows().getFirst().intervalStart());
        assertEquals(17.25, back.rows().getFirst().volumeHi80());
        assertEquals(300.0, back.rows().getFirst().ahtSeconds());
        assertTrue(Double.isNaN(back.rows().get(1).ahtSeconds()));
    }

    @Test
    void badRowNamesTheLine() {
        String csv = ForecastCsv.HEADER + "\nq,2025-03-03T09:00Z,1,0,2,300,m\nq,2025-03-03T09:15Z,x,0,2,300,m\n";
        HistoryFormatException e = assertThrows(HistoryFormatException.class,
                () -> ForecastCsv.read(new StringReader(csv), "f.csv", null));
        assertEquals("f.csv:3: unparseable volume 'x'", e.getMessage());
    }
}
