package org.staffcast.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffcast.api.cli.CommandLineTest.Run;

class StaffingCommandsTest {

    @TempDir
    Path dir;

    /** The Call Centre Helper worked example: 100 calls / 30 min, AHT 180 s, 80/20, 30% shrinkage -> 14 and 20. */
    @Test
    void erlangPrintsTheNameValueLines() {
        Run r = CommandLineTest.run("erlang", "--volume", "100", "--interval-minutes", "30", "--aht", "180",
                "--sl", "80/20", "--shrinkage", "0.3");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                agents_raw=14
                agents_required=20
                service_level=0.8884
                asa_seconds=7.84
                occupancy=0.7143
                """, r.out().replace("\r\n", "\n"));
    }

    @Test
    void erlangWithPatienceUsesErlangAAndPrintsAbandonRate() {
        Run r = CommandLineTest.run("erlang", "--volume", "100", "--interval-minutes", "30", "--aht", "180",
                "--sl", "80/20", "--patience", "120", "--max-occupancy", "0.9");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("agents_raw", "agents_required", "service_level", "asa_seconds", "occupancy",
                "abandon_rate"), lines.stream().map(l -> l.substring(0, l.indexOf('='))).toList());
        int raw = Integer.parseInt(lines.get(0).substring("agents_raw=".length()));
        assertTrue(raw <= 14 && raw >= 12, r.out());
        double abandon = Double.parseDouble(lines.get(5).substring("abandon_rate=".length()));
        assertTrue(abandon > 0 && abandon < 0.1, r.out());
        assertTrue(Double.parseDouble(lines.get(2).substring("service_level=".length())) >= 0.8, r.out());
    }

    @Test
    void erlangBadInputIsExit2WithOneErrorLine() {
        String[][] bad = {
            {"erlang", "--volume", "100", "--aht", "180", "--sl", "80-20"},
            {"erlang", "--volume", "100", "--aht", "180", "--sl", "180/20"},
            {"erlang", "--volume", "-5", "--aht", "180"},
            {"erlang", "--volume", "100", "--aht", "0"},
            {"erlang", "--volume", "100", "--aht", "180", "--shrinkage", "1"},
            {"erlang", "--volume", "100", "--aht", "180", "--max-occupancy", "0"},
            {"erlang", "--volume", "100", "--aht", "180", "--patience", "-3"},
            {"erlang", "--volume", "100", "--aht", "180", "--sl", "80/20", "--asa", "30"},
            {"erlang", "--volume", "ten", "--aht", "180"},
            {"erlang", "--aht", "180"},
        };
        for (String[] args : bad) {
            Run r = CommandLineTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + " -> " + r.out() + r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertEquals("", r.out(), String.join(" ", args));
        }
        Run r = CommandLineTest.run("erlang", "--volume", "100", "--aht", "180", "--shrinkage", "1");
        assertTrue(r.err().startsWith("error: --shrinkage 1.0 is not in [0, 1)"), r.err());
    }

    private Path forecast() throws IOException {
        StringBuilder sb = new StringBuilder("queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model\n");
        String[] times = {"08:00", "08:30", "09:00", "09:30"};
        double[] voice = {100, 200, 0, 50};
        double[] mail = {30, 0, 0, 60};
        for (int i = 0; i < times.length; i++) {
            sb.append("sales,2026-03-02T").append(times[i]).append("+01:00,").append(voice[i]).append(',')
                    .append(voice[i] * 0.8).append(',').append(voice[i] * 1.2).append(",180,seasonal_naive\n");
        }
        for (int i = 0; i < times.length; i++) {
            sb.append("mail,2026-03-02T").append(times[i]).append("+01:00,").append(mail[i]).append(',')
                    .append(mail[i] * 0.8).append(',').append(mail[i] * 1.2).append(",300,seasonal_naive\n");
        }
        Path f = dir.resolve("forecast.csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    private Path queues(String json) throws IOException {
        Path q = dir.resolve("queues.json");
        Files.writeString(q, json);
        return q;
    }

    private static final String QUEUES = """
            [
              {"name": "sales", "channel": "VOICE", "target": {"serviceLevel": 0.8, "seconds": 20},
               "shrinkage": 0.3, "maxOccupancy": 0.9, "priority": 5, "skill": "sales"},
              {"name": "mail", "channel": "EMAIL", "target": {"respondWithinHours": 1}}
            ]
            """;

    @Test
    void staffWritesTheRequirementsCsv() throws IOException {
        Path out = dir.resolve("req.csv");
        Run r = CommandLineTest.run("staff", "--forecast", forecast().toString(), "--queues", queues(QUEUES).toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("queue,interval_start,volume,aht_seconds,agents_raw,agents_required,service_level,asa_seconds,"
                + "occupancy", lines.get(0));
        assertEquals(9, lines.size());
        // forecast rows are sorted by queue: mail first. mail: 30 x 300 s in 30 min = 5 agent-intervals, answered
        // within 1 h (2 intervals): the densest window is 60 x 300 s / 1800 s = 10 in the last interval alone
        // (horizon end), so the peak is 10; the first interval keeps pace with 5.
        assertEquals("mail,2026-03-02T08:00+01:00,30,300,5,5,1.0000,0.0,1.0000", lines.get(1));
        assertEquals("mail,2026-03-02T09:30+01:00,60,300,10,10,1.0000,0.0,1.0000", lines.get(4));
        // sales 08:00 is the worked example: 14 raw, ceil(14 / 0.7) = 20
        assertEquals("sales,2026-03-02T08:00+01:00,100,180,14,20,0.8884,7.8,0.7143", lines.get(5));
        assertTrue(lines.get(7).startsWith("sales,2026-03-02T09:00+01:00,0,180,0,0,1.0000,0.0,"), lines.get(7));
        assertTrue(r.out().contains("sales (VOICE, 80/20): peak"), r.out());
        assertTrue(r.out().contains("wrote 8 rows for 2 queues"), r.out());
    }

    @Test
    void staffHi80StaffsForTheUpperBound() throws IOException {
        Path base = dir.resolve("base.csv");
        Path hi = dir.resolve("hi.csv");
        assertEquals(0, CommandLineTest.run("staff", "--forecast", forecast().toString(), "--queues",
                queues(QUEUES).toString(), "--out", base.toString()).code());
        assertEquals(0, CommandLineTest.run("staff", "--forecast", forecast().toString(), "--queues",
                queues(QUEUES).toString(), "--out", hi.toString(), "--volume-column", "hi80").code());
        List<String> b = Files.readAllLines(base);
        List<String> h = Files.readAllLines(hi);
        int agentsBase = Integer.parseInt(b.get(6).split(",")[5]);
        int agentsHi = Integer.parseInt(h.get(6).split(",")[5]);
        assertTrue(agentsHi > agentsBase, b.get(6) + " vs " + h.get(6));
    }

    /** Spring-forward night in Berlin: 01:45+01:00 is followed by 03:00+02:00, contiguous in UTC. */
    @Test
    void staffAcrossTheDstChangeKeepsLocalOffsets() throws IOException {
        Path f = dir.resolve("dst.csv");
        Files.writeString(f, "queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model\n"
                + "mail,2026-03-29T01:30+01:00,12,10,14,300,m\n"
                + "mail,2026-03-29T01:45+01:00,0,0,0,300,m\n"
                + "mail,2026-03-29T03:00+02:00,0,0,0,300,m\n"
                + "mail,2026-03-29T03:15+02:00,0,0,0,300,m\n");
        Path out = dir.resolve("dst-req.csv");
        Run r = CommandLineTest.run("staff", "--forecast", f.toString(), "--queues",
                queues("[{\"name\": \"mail\", \"channel\": \"EMAIL\", \"target\": {\"respondWithinHours\": 0.5}}]")
                        .toString(), "--out", out.toString(), "--zone", "Europe/Berlin");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        // 12 x 300 s = 1 agent-hour = 4 agent-intervals arriving in 01:30-01:45, each item answered within 30 min
        // (2 intervals): density 4 / (1 + 2) -> peak 2 agents; 01:30 works 2, carries 2 into 01:45. Unit x (0..4)
        // arrives at x/4 and is done at x/2 intervals: mean response 0.5 x 15 min = 450 s
        assertEquals("mail,2026-03-29T01:30+01:00,12,300,2,2,1.0000,450.0,1.0000", lines.get(1));
        assertEquals("mail,2026-03-29T01:45+01:00,0,300,2,2,1.0000,0.0,1.0000", lines.get(2));
        assertEquals("mail,2026-03-29T03:00+02:00,0,300,0,0,1.0000,0.0,0.0000", lines.get(3));
    }

    @Test
    void badQueueJsonIsExit2NamingQueueAndField() throws IOException {
        String[][] cases = {
            {"[{\"name\":\"sales\",\"channel\":\"VOICE\",\"target\":{\"serviceLevel\":0.8,\"seconds\":20},"
                    + "\"colour\":\"red\"}]", "queue sales: unknown field 'colour'"},
            {"[{\"name\":\"sales\",\"channel\":\"VOICE\",\"target\":{\"serviceLevel\":0.8,\"seconds\":20},"
                    + "\"shrinkage\":-0.1}]", "queue sales: shrinkage -0.1 is not in [0, 1)"},
            {"[{\"name\":\"sales\",\"channel\":\"VOICE\",\"target\":{\"serviceLevel\":0.8,\"seconds\":20},"
                    + "\"shrinkage\":\"30%\"}]", "queue sales: shrinkage: expected a number, found a string"},
            {"[{\"name\":\"sales\",\"channel\":\"PHONE\",\"target\":{\"asaSeconds\":30}}]",
                "queue sales: channel: 'PHONE' is not one of VOICE, CHAT, EMAIL, BACKOFFICE"},
            {"[{\"name\":\"sales\",\"channel\":\"VOICE\",\"target\":{\"serviceLevel\":80,\"seconds\":20}}]",
                "queue sales: target: serviceLevel 80 must be a fraction, e.g. 0.8 for 80%"},
            {"[{\"name\":\"sales\",\"channel\":\"VOICE\",\"target\":{\"asaSeconds\":30,\"seconds\":20}}]",
                "queue sales: target: expected exactly"},
            {"[{\"name\":\"mail\",\"channel\":\"EMAIL\",\"target\":{\"asaSeconds\":30}}]",
                "queue mail: target: EMAIL needs {\"respondWithinHours\":H}"},
            {"[{\"name\":\"sales\",\"channel\":\"VOICE\",\"target\":{\"asaSeconds\":30},\"concurrency\":1.5}]",
                "queue sales: concurrency: expected a whole number, found a number"},
            {"[{\"channel\":\"VOICE\",\"target\":{\"asaSeconds\":30}}]", "queue #1: missing field 'name'"},
            {"[{\"name\":\"a\",\"channel\":\"VOICE\",\"target\":{\"asaSeconds\":30}},"
                    + "{\"name\":\"a\",\"channel\":\"VOICE\",\"target\":{\"asaSeconds\":30}}]", "queue a is defined twice"},
            {"{\"name\":\"a\"}", "expected an array of queues"},
            {"[{\"name\":\"a\",", "malformed JSON"},
        };
        for (String[] c : cases) {
            Path out = dir.resolve("never.csv");
            Run r = CommandLineTest.run("staff", "--forecast", forecast().toString(), "--queues",
                    queues(c[0]).toString(), "--out", out.toString());
            assertEquals(2, r.code(), c[0] + " -> " + r.err());
            assertTrue(r.err().startsWith("error: " + dir.resolve("queues.json") + ":"), r.err());
            assertTrue(r.err().contains(c[1]), "expected '" + c[1] + "' in " + r.err());
            assertFalse(Files.exists(out), "no output on bad input");
        }
        // the line and column point at the field
        Run r = CommandLineTest.run("staff", "--forecast", forecast().toString(), "--queues", queues("""
                [
                  {"name": "sales", "channel": "VOICE", "target": {"asaSeconds": 30},
                   "maxOccupancy": 1.5}
                ]
                """).toString(), "--out", dir.resolve("x.csv").toString());
        assertTrue(r.err().startsWith("error: " + dir.resolve("queues.json") + ":3:4: queue sales: maxOccupancy 1.5"),
                r.err());
    }

    @Test
    void staffBadForecastOrMissingQueueIsExit2() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model\n"
                + "sales,2026-03-02T08:00+01:00,abc,1,2,180,m\n");
        Run r = CommandLineTest.run("staff", "--forecast", f.toString(), "--queues", queues(QUEUES).toString(),
                "--out", dir.resolve("o.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + f + ":2: "), r.err());

        Files.writeString(f, "queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model\n"
                + "support,2026-03-02T08:00+01:00,5,4,6,180,m\n");
        r = CommandLineTest.run("staff", "--forecast", f.toString(), "--queues", queues(QUEUES).toString(),
                "--out", dir.resolve("o.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("queue support has no configuration"), r.err());

        r = CommandLineTest.run("staff", "--forecast", dir.resolve("nope.csv").toString(), "--queues",
                queues(QUEUES).toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }
}
