package org.staffcast.solver.cq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CqParserTest {

    @Test
    void readsInstance1AsPublished() {
        CqInstance in = CqTestData.instance1();
        assertEquals("Instance1", in.name());
        assertEquals(14, in.horizon());
        assertEquals(1, in.shiftTypes().size());
        assertEquals("D", in.shiftTypes().get(0).id());
        assertEquals(480, in.shiftTypes().get(0).minutes());
        assertEquals(8, in.employees().size());
        CqEmployee a = in.employees().get(0);
        assertEquals("A", a.id());
        assertEquals(14, a.maxShifts(0));
        assertEquals(4320, a.maxTotalMinutes());
        assertEquals(3360, a.minTotalMinutes());
        assertEquals(5, a.maxConsecutiveShifts());
        assertEquals(2, a.minConsecutiveShifts());
        assertEquals(2, a.minConsecutiveDaysOff());
        assertEquals(1, a.maxWeekends());
        assertEquals(Set.of(0), a.daysOff());
        assertEquals(Set.of(7), in.employees().get(7).daysOff());
        assertEquals(21, in.onRequests().size());
        assertEquals(new CqRequest(0, 2, 0, 2), in.onRequests().get(0));
        assertEquals(5, in.offRequests().size());
        assertEquals(new CqRequest(7, 3, 0, 3), in.offRequests().get(4));
        assertEquals(14, in.covers().size());
        assertEquals(new CqCover(1, 0, 7, 100, 1), in.covers().get(1));
    }

    @Test
    void readsForbiddenSuccessionsAndMissingMaxShiftsAsZero() {
        CqInstance in = CqTestData.small();
        CqShiftType e = in.shiftTypes().get(0);
        CqShiftType l = in.shiftTypes().get(1);
        assertTrue(l.forbidsNext(e));
        assertFalse(e.forbidsNext(l));
        assertFalse(l.forbidsNext(l));
        assertEquals(0, in.employees().get(1).maxShifts(l));
        assertTrue(in.cover(1, 1).isPresent());
        assertFalse(in.coverTable()[2][0] != null);
    }

    @Test
    void acceptsWindowsLineEndings() {
        CqInstance in = CqParser.parse("crlf.txt", "crlf", CqTestData.SMALL.replace("\n", "\r\n"));
        assertEquals(2, in.employees().size());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "7;seven;small.txt:3: horizon length in days is not an integer: 'seven'",
        "L,600,E;L,600,X;small.txt:7: shift L forbids unknown shift 'X' next",
        "A,E=7|L=1,3000,0,7,1,1,1;A,E=7|L=1,3000,0,7,1,1;small.txt:10: expected 8 comma-separated fields",
        "A,E=7|L=1,3000;A,E=7|Q=1,3000;small.txt:10: unknown shift 'Q' in MaxShifts of A",
        "B,3;B,9;small.txt:14: day 9 outside the horizon 0..6",
        "B,3;Z,3;small.txt:14: unknown employee 'Z' in SECTION_DAYS_OFF",
        "A,0,E,3;A,0,E,-3;small.txt:17: Weight must not be negative, got -3",
        "A,1,L,2;A,1,N,2;small.txt:20: unknown shift 'N' in SECTION_SHIFT_OFF_REQUESTS",
        "1,L,0,100,7;0,L,0,100,7;small.txt:26: second cover line for day 0 shift L (first on line 24)",
        "SECTION_COVER;SECTION_COVERS;small.txt:22: unknown section SECTION_COVERS",
        "4800,960;4800,96O;small.txt:11: MinTotalMinutes of B is not an integer: '96O'",
    })
    void reportsFileLineAndWhat(String original, String broken, String expected) {
        String text = CqTestData.SMALL.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(broken));
        assertFalse(text.equals(CqTestData.SMALL), "test setup: replacement must change the text");
        CqFormatException e = assertThrows(CqFormatException.class, () -> CqParser.parse("small.txt", "s", text));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void reportsMissingSectionAndStrayData() {
        String noCover = CqTestData.SMALL.substring(0, CqTestData.SMALL.indexOf("SECTION_COVER"));
        assertEquals("small.txt: missing SECTION_COVER", assertThrows(CqFormatException.class,
                () -> CqParser.parse("small.txt", "s", noCover)).getMessage());
        String stray = CqTestData.SMALL.replace("\n\nSECTION_STAFF", "\n\noops\nSECTION_STAFF");
        assertTrue(assertThrows(CqFormatException.class, () -> CqParser.parse("small.txt", "s", stray)).getMessage()
                .startsWith("small.txt:9: data outside a section: 'oops'"));
    }

    @Test
    void coverTableIndexesByDayAndShift() {
        CqInstance in = CqTestData.small();
        CqCover[][] table = in.coverTable();
        assertEquals(List.of(new CqCover(0, 0, 1, 100, 1), new CqCover(0, 1, 1, 100, 1)), List.of(table[0]));
    }
}
