package org.staffcast.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSolveCommandTest {

    @TempDir
    Path dir;

    @Test
    void generateThenSolveWritesRosterCoverageAndTheSummaryLine() throws Exception {
        Path problem = dir.resolve("p.json");
        var gen = CommandLineTest.run("generate", "--agents", "12", "--queues", "2", "--days", "7", "--seed", "3",
                "--start", "2026-03-23", "--out", problem.toString());
        assertEquals(0, gen.code(), gen.err());
        assertTrue(gen.out().startsWith("generated "), gen.out());
        Path out = dir.resolve("r.json");
        Path csv = dir.resolve("r.csv");
        var solve = CommandLineTest.run("solve", "--problem", problem.toString(), "--seconds", "3", "--seed", "1",
                "--out", out.toString(), "--csv", csv.toString());
        assertEquals(0, solve.code(), solve.err());
        String[] lines = solve.out().strip().split("\n");
        Matcher m = Pattern.compile("hard=(-?\\d+) soft=(-?\\d+) shortfall_agent_hours=([0-9.]+) "
                + "lower_bound_agent_hours=([0-9.]+) seconds=([0-9.]+)").matcher(lines[lines.length - 1]);
        assertTrue(m.matches(), lines[lines.length - 1]);
        double shortfall = Double.parseDouble(m.group(3));
        double bound = Double.parseDouble(m.group(4));
        assertTrue(bound <= shortfall + 1e-9, "bound " + bound + " above shortfall " + shortfall);

        JsonNode roster = new ObjectMapper().readTree(out.toFile());
        assertEquals(Long.parseLong(m.group(1)), roster.get("hard").asLong());
        assertEquals(12, roster.get("agents").size());
        // coverage rows: short = required - scheduled, and their sum is the reported shortfall (15-minute grid)
        double shortIntervals = 0;
        for (JsonNode c : roster.get("coverage")) {
            assertEquals(c.get("required").asInt() - c.get("scheduled").asInt(), c.get("short").asInt());
            shortIntervals += c.get("short").asInt();
        }
        assertEquals(shortfall, shortIntervals / 4, 1e-9);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("agent,date,template,activity,start,end", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.contains(",LUNCH,")), "lunches in the CSV");
    }

    @Test
    void badProblemFilesAreExit2WithThePlace() throws Exception {
        Path problem = dir.resolve("bad.json");
        Files.writeString(problem, "{\"site\": {\"name\": \"x\", \"timeZone\": \"Europe/Berlin\", \"intervalMinutes\": 15,"
                + " \"horizonStart\": \"2026-03-23\", \"days\": 7, \"colour\": \"red\"}}");
        var r = CommandLineTest.run("solve", "--problem", problem.toString(), "--seconds", "1", "--out",
                dir.resolve("r.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + problem + ":1:"), r.err());
        assertTrue(r.err().contains("unknown field 'colour'"), r.err());

        var missing = CommandLineTest.run("solve", "--problem", dir.resolve("nope.json").toString(), "--out", "x.json");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());

        var badSeconds = CommandLineTest.run("generate", "--agents", "0", "--out", dir.resolve("g.json").toString());
        assertEquals(2, badSeconds.code());
        assertTrue(badSeconds.err().startsWith("error: --agents must be"), badSeconds.err());
    }
}
