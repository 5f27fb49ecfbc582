package org.staffcast.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffcast.api.cli.CommandLineTest.Run;
import org.staffcast.forecasting.io.ForecastCsv;
import org.staffcast.forecasting.model.Forecast;

class ForecastCommandsTest {

    @TempDir
    Path dir;

    private Path generate(String name, long seed) {
        Path h = dir.resolve(name);
        Run r = CommandLineTest.run("generate-history", "--queues", "3", "--weeks", "8", "--interval-minutes", "15",
                "--tz", "Europe/Berlin", "--seed", Long.toString(seed), "--end", "2025-03-24", "--out", h.toString(),
                "--holidays-out", dir.resolve("holidays.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + h), r.out());
        return h;
    }

    @Test
    void generateIsReproducibleBySeed() throws IOException {
        Path a = generate("a.csv", 5);
        Path b = generate("b.csv", 5);
        Path c = generate("c.csv", 6);
        assertEquals(Files.readString(a), Files.readString(b));
        assertTrue(!Files.readString(a).equals(Files.readString(c)));
    }

    @Test
    void forecastWritesOneRowPerQueuePerIntervalOfADstWeek() throws IOException {
        Path h = generate("h.csv", 1);
        Path out = dir.resolve("f.csv");
        Run r = CommandLineTest.run("forecast", "--history", h.toString(), "--horizon-days", "7", "--tz",
                "Europe/Berlin", "--holidays", dir.resolve("holidays.csv").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(ForecastCsv.HEADER, lines.getFirst());
        // 2025-03-24 .. 03-30 in Berlin: six 96-interval days and the 92-interval spring-forward Sunday
        assertEquals(3 * (6 * 96 + 92), lines.size() - 1);
        assertTrue(lines.get(1).startsWith("chat-1,2025-03-24T00:00+01:00,"), lines.get(1));
        Forecast f = ForecastCsv.read(out, ZoneId.of("Europe/Berlin"));
        assertEquals(List.of("chat-1", "email-1", "voice-1"), f.queues());
        for (String q : f.queues()) {
            assertTrue(r.out().contains(q), r.out());
        }
        assertTrue(r.out().contains("backtest WAPE"), r.out());
        // voice is closed on Sundays: forecast zero there
        assertTrue(f.rows("voice-1").stream()
                .filter(x -> x.intervalStart().atZone(ZoneId.of("Europe/Berlin")).getDayOfWeek().getValue() == 7)
                .allMatch(x -> x.volume() == 0));
    }

    @Test
    void namedModelIsUsedForEveryRow() throws IOException {
        Path h = generate("h.csv", 2);
        Path out = dir.resolve("f.csv");
        Run r = CommandLineTest.run("forecast", "--history", h.toString(), "--horizon-days", "1", "--model",
                "seasonal-naive", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Forecast f = ForecastCsv.read(out, ZoneId.of("Europe/Berlin"));
        assertTrue(f.rows().stream().allMatch(x -> x.model().equals("seasonal-naive")));
    }

    @Test
    void backtestPrintsTableAndJson() {
        Path h = generate("h.csv", 3);
        Run r = CommandLineTest.run("backtest", "--history", h.toString(), "--horizon-days", "7", "--folds", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("interval level"), r.out());
        assertTrue(r.out().contains("daily level"), r.out());
        assertTrue(r.out().contains("seasonal-naive"), r.out());
        assertTrue(r.out().contains("*"), r.out());
        Run j = CommandLineTest.run("backtest", "--history", h.toString(), "--horizon-days", "7", "--folds", "2",
                "--json");
        assertEquals(0, j.code(), j.err());
        assertTrue(j.out().startsWith("{"), j.out());
        assertTrue(j.out().contains("\"queue\": \"voice-1\""), j.out());
        assertTrue(j.out().contains("\"chosen\": "), j.out());
    }

    @Test
    void badHistoryLineIsExit2WithFileAndLine() throws IOException {
        Path h = dir.resolve("bad.csv");
        Files.writeString(h, "queue,interval_start,offered,handled,abandoned,aht_seconds\n"
                + "q,2025-03-03T09:00Z,10,,,\n"
                + "q,2025-03-03T09:15Z,-3,,,\n");
        Run r = CommandLineTest.run("forecast", "--history", h.toString(), "--horizon-days", "7", "--out",
                dir.resolve("f.csv").toString());
        assertEquals(2, r.code());
        assertEquals("error: " + h + ":3: negative offered -3", r.err().strip());
        Run bt = CommandLineTest.run("backtest", "--history", h.toString(), "--horizon-days", "7");
        assertEquals(2, bt.code());
        assertTrue(bt.err().startsWith("error: " + h + ":3: "), bt.err());
    }

    @Test
    void unknownModelMissingFileAndTooShortHistoryAreExit2() throws IOException {
        Path h = generate("h.csv", 4);
        Run m = CommandLineTest.run("forecast", "--history", h.toString(), "--horizon-days", "7", "--model", "magic",
                "--out", dir.resolve("f.csv").toString());
        assertEquals(2, m.code());
        assertTrue(m.err().startsWith("error: unknown model 'magic'"), m.err());
        Run missing = CommandLineTest.run("backtest", "--history", dir.resolve("nope.csv").toString(),
                "--horizon-days", "7");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: " + dir.resolve("nope.csv") + ": no such file"), missing.err());
        Path shortH = dir.resolve("short.csv");
        Files.writeString(shortH, "queue,interval_start,offered\nq,2025-03-03T09:00Z,10\nq,2025-03-03T09:15Z,11\n");
        Run tooShort = CommandLineTest.run("backtest", "--history", shortH.toString(), "--horizon-days", "7");
        assertEquals(2, tooShort.code());
        assertTrue(tooShort.err().contains("too short"), tooShort.err());
        Run tz = CommandLineTest.run("generate-history", "--tz", "Mars/Olympus", "--out", dir.resolve("x").toString());
        assertEquals(2, tz.code());
        assertTrue(tz.err().startsWith("error: unknown time zone 'Mars/Olympus'"), tz.err());
    }
}
