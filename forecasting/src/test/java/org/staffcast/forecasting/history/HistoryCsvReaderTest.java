package org.staffcast.forecasting.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryCsvReaderTest {

    static ContactHistory read(String csv, ZoneId zone, Integer minutes) throws IOException {
        return new HistoryCsvReader("h.csv", zone, minutes).read(new StringReader(csv));
    }

    static final String HEADER = "queue,interval_start,offered,handled,abandoned,aht_seconds\n";

    @Test
    void readsRowsWithOptionalColumnsAndInfersGrid() throws IOException {
        ContactHistory h = read(HEADER
                + "q1,2025-03-03T09:00+01:00,10,9,1,200\n"
                + "q1,2025-03-03T09:30+01:00,12,,,\n"
                + "q2,2025-03-03T10:00+01:00,3,3,0,180.5,extra\n", null, null);
        assertEquals(ZoneOffset.ofHours(1), h.grid().zone());
        assertEquals(30, h.grid().minutes());
        assertEquals(List.of("q1", "q2"), h.queues());
        ContactRecord r = h.records("q1").getFirst();
        assertEquals(Instant.parse("2025-03-03T08:00:00Z"), r.intervalStart());
        assertEquals(9, r.handled());
        assertTrue(Double.isNaN(h.records("q1").get(1).ahtSeconds()));
        assertEquals(180.5, h.records("q2").getFirst().ahtSeconds());
    }

    @Test
    void missingIntervalsAreReportedAsGapsNotZeros() throws IOException {
        ContactHistory h = read(HEADER
                + "q,2025-03-03T09:00Z,10,,,\n"
                + "q,2025-03-03T09:15Z,11,,,\n"
                + "q,2025-03-03T10:00Z,12,,,\n", null, null);
        assertEquals(15, h.grid().minutes());
        assertEquals(ZoneOffset.UTC, h.grid().zone());
        List<HistoryGap> gaps = h.gaps();
        assertEquals(1, gaps.size());
        assertEquals(2, gaps.getFirst().intervals(), "09:30 and 09:45");
        assertEquals(Instant.parse("2025-03-03T09:30:00Z"), gaps.getFirst().from());
        int i = h.timeline().indexOf(Instant.parse("2025-03-03T09:30:00Z"));
        assertTrue(Double.isNaN(h.offered("q")[i]));
    }

    @Test
    void infersDstZoneFromTwoOffsets() throws IOException {
        ContactHistory h = read(HEADER
                + "q,2003-04-04T07:00-05:00,10,,,\n"
                + "q,2003-04-07T07:00-04:00,11,,,\n"
                + "q,2003-04-07T07:15-04:00,11,,,\n", null, null);
        assertEquals(ZoneId.of("America/New_York"), h.grid().zone());
        assertEquals(15, h.grid().minutes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate|q,2025-03-03T09:00Z,1,,,;q,2025-03-03T09:00Z,2,,,|3|duplicate row for queue q",
        "negative|q,2025-03-03T09:00Z,1,,,;q,2025-03-03T09:15Z,-2,,,|3|negative offered -2",
        "negative aht|q,2025-03-03T09:00Z,1,1,0,-5|2|negative aht_seconds",
        "off grid|q,2025-03-03T09:00Z,1,,,;q,2025-03-03T09:15Z,1,,,;q,2025-03-03T09:20Z,1,,,|4|not on the 15-minute grid",
        "unparseable time|q,2025-03-03T09:00Z,1,,,;q,yesterday,1,,,|3|unparseable interval_start 'yesterday'",
        "unparseable number|q,2025-03-03T09:00Z,many,,,|2|unparseable offered 'many'",
        "no offset|q,2025-03-03T09:00,1,,,|2|unparseable interval_start",
        "missing offered|q,2025-03-03T09:00Z,,,,|2|missing offered",
        "empty queue|,2025-03-03T09:00Z,1,,,|2|empty queue name",
    })
    void badRowsNameTheLine(String name, String rows, int line, String what) {
        HistoryFormatException e = assertThrows(HistoryFormatException.class,
                () -> read(HEADER + rows.replace(';', '\n') + "\n", null, 15));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("h.csv:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void wrongZoneNamesTheLine() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class, () -> read(HEADER
                + "q,2025-03-03T09:00+01:00,1,,,\n"
                + "q,2025-03-03T09:15-05:00,1,,,\n", ZoneId.of("Europe/Berlin"), null));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("does not match time zone Europe/Berlin"), e.getMessage());
    }

    @Test
    void utcRowsFitAnyGivenZone() throws IOException {
        ContactHistory h = read(HEADER + "q,2025-03-03T08:00Z,1,,,\n", ZoneId.of("Europe/Berlin"), 15);
        assertEquals(36, h.grid().slotOf(h.records("q").getFirst().intervalStart()));
    }

    @Test
    void emptyFileAndHeaderOnlyAreErrors() {
        HistoryFormatException empty = assertThrows(HistoryFormatException.class, () -> read("", null, null));
        assertEquals(1, empty.line());
        assertTrue(empty.getMessage().startsWith("h.csv:1: empty file"), empty.getMessage());
        HistoryFormatException headerOnly = assertThrows(HistoryFormatException.class, () -> read(HEADER, null, null));
        assertTrue(headerOnly.getMessage().contains("no data rows"), headerOnly.getMessage());
        HistoryFormatException badHeader = assertThrows(HistoryFormatException.class,
                () -> read("a,b,c\n1,2,3\n", null, null));
        assertEquals(1, badHeader.line());
    }

    @Test
    void rawContactRecordsAreCountedIntoIntervals() throws IOException {
        ContactHistory h = read("queue,arrived_at,handle_seconds\n"
                + "q,2025-03-03T09:01:10Z,100\n"
                + "q,2025-03-03T09:14:59Z,200\n"
                + "q,2025-03-03T09:46:00Z,\n"
                + "r,2025-03-03T09:00:00Z,50\n", null, null);
        assertEquals(15, h.grid().minutes());
        List<ContactRecord> q = h.records("q");
        assertEquals(4, q.size(), "09:00, 09:15 (zero), 09:30 (zero), 09:45");
        assertEquals(2, q.get(0).offered());
        assertEquals(150, q.get(0).ahtSeconds(), 1e-9);
        assertEquals(0, q.get(1).offered());
        assertEquals(1, q.get(3).offered());
        assertTrue(Double.isNaN(q.get(3).ahtSeconds()));
        assertEquals(1, h.records("r").size());
    }
}
