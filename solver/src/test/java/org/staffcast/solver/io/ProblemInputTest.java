package org.staffcast.solver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.staffcast.solver.generate.SiteGenerator;
import org.staffcast.solver.model.AgentDay;
import org.staffcast.solver.model.Problem;
import org.staffcast.solver.model.Roster;
import org.staffcast.solver.model.Shift;

class ProblemInputTest {

    private static String docExample() throws Exception {
        String md = Files.readString(Path.of("..", "docs", "problem-format.md"));
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(md);
        assertTrue(m.find(), "docs/problem-format.md has a JSON example");
        return m.group(1);
    }

    @Test
    void documentedExampleBuilds() throws Exception {
        Roster r = RosterFactory.build(ProblemJson.parse(docExample(), "example"));
        assertEquals(7, r.getAgentDays().size());
        // time off on Wednesday: no shift can be chosen that day
        AgentDay wednesday = r.getAgentDays().get(2);
        assertEquals(LocalDate.of(2026, 3, 25), wednesday.getDate());
        assertTrue(wednesday.getShiftRange().isEmpty());
        // 08:00..10:00 every 30 minutes, one length: 5 shifts on the other days
        assertEquals(5, r.getAgentDays().get(0).getShiftRange().size());
        // 2250 minimum lowered by one paid day off: 2250 - 2250/5 = 1800
        assertEquals(1800, r.getAgents().get(0).contract().minMinutes());
    }

    @Test
    void unknownFieldNamesLineAndPath() throws Exception {
        String bad = docExample().replace("\"maxWeekends\": 1,", "\"maxWeekends\": 1, \"maxWeekend\": 2,");
        var e = assertThrows(ProblemException.class, () -> ProblemJson.parse(bad, "p.json"));
        assertTrue(e.getMessage().startsWith("p.json:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field 'maxWeekend' in contracts[0]"), e.getMessage());
    }

    @Test
    void brokenReferencesAreNamed() throws Exception {
        String ex = docExample();
        assertMessage(ex.replace("\"contract\": \"full-time\"", "\"contract\": \"fulltime\""),
                "agents[0].contract: unknown contract 'fulltime'");
        assertMessage(ex.replace("\"shiftTemplates\": [\"day\"]", "\"shiftTemplates\": [\"night\"]"),
                "contracts[0].shiftTemplates[0]: unknown template 'night'");
        assertMessage(ex.replace("{\"queue\": \"voice-en\"", "{\"queue\": \"voice-fr\""),
                "requirements[0].queue: unknown queue 'voice-fr'");
        assertMessage(ex.replace("2026-03-23T09:00", "2026-03-23T09:10"),
                "requirements[0].intervalStart: 2026-03-23T09:10 is not on the 15-minute grid");
        assertMessage(ex.replace("\"Under-staffing\": 150", "\"Understaffing\": 150"),
                "weights: unknown rule 'Understaffing'");
        assertMessage(ex.replace("\"skill\": \"voice-en\", \"priority\"", "\"skill\": \"chat\", \"priority\""),
                "queues[0].skill: unknown skill 'chat'");
    }

    private static void assertMessage(String json, String expectedStart) {
        var e = assertThrows(IllegalArgumentException.class, () -> RosterFactory.build(ProblemJson.parse(json, "p")));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void generatedProblemSurvivesJsonRoundTrip() {
        Problem p = SiteGenerator.generate(new SiteGenerator.Spec(15, 3, 7, 9, LocalDate.of(2026, 10, 19), "Europe/Berlin"));
        Problem back = ProblemJson.parse(ProblemJson.toJson(p), "round-trip");
        assertEquals(p, back);
    }

    @Test
    void shiftsAcrossTheSpringForwardNightLastTheirElapsedLength() {
        // Sunday 29 March 2026, Europe/Berlin: 02:00 -> 03:00. Day 6 of a week from Monday 23 March.
        Problem p = SiteGenerator.generate(new SiteGenerator.Spec(5, 1, 7, 1, LocalDate.of(2026, 3, 23), "Europe/Berlin"));
        Roster r = RosterFactory.build(p);
        assertEquals(7 * 96 - 4, r.intervalCount(), "the spring-forward day has 92 quarter hours");
        for (AgentDay d : r.getAgentDays()) {
            for (Shift s : d.getShiftRange()) {
                var start = r.instantOf(s.startMinute()).atZone(r.getZone());
                assertEquals(s.localStartMinute(), start.getHour() * 60 + start.getMinute(), s.id());
                assertEquals(d.getDate(), start.toLocalDate());
            }
        }
    }
}
