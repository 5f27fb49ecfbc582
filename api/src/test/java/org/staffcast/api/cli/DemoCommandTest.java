package org.staffcast.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo runs the whole pipeline on a small site and publishes a schedule version into the database. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void smallDemoRunsEveryStageAndPublishes() throws Exception {
        String url = "jdbc:h2:mem:demo" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        System.setProperty("datasources.default.url", url);
        // the configured default credentials (sa, empty password) must open the database
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            CommandLineTest.Run r = CommandLineTest.run("demo", "--agents", "30", "--queues", "2", "--weeks", "4",
                    "--seconds", "3", "--seed", "7", "--out-dir", dir.toString());
            assertEquals(0, r.code(), r.err());
            String out = r.out();
            for (String stage : new String[] {"site ", "history ", "forecast ", "staffing ", "roster ", "service ", "published "}) {
                assertTrue(out.contains("\n" + stage) || out.startsWith(stage), () -> stage + " missing:\n" + out);
            }
            Matcher hard = Pattern.compile("hard=(-?\\d+)").matcher(out);
            assertTrue(hard.find(), out);
            assertEquals("0", hard.group(1), "a 30-agent demo roster is feasible:\n" + out);
            Matcher sl = Pattern.compile("projected\\s+([0-9.]+)%").matcher(out);
            while (sl.find()) {
                double v = Double.parseDouble(sl.group(1));
                assertTrue(v >= 0 && v <= 100, out);
            }
            for (String f : new String[] {"history.csv", "forecast.csv", "problem.json", "roster.json", "roster.csv"}) {
                assertTrue(Files.size(dir.resolve(f)) > 0, f);
            }
            try (Statement s = keepAlive.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(version), MIN(status) FROM schedule");
                rs.next();
                assertEquals(1, rs.getInt(1));
                assertEquals(1, rs.getInt(2));
                assertEquals("PUBLISHED", rs.getString(3));
                rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN end_utc <= start_utc THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN kind = 'SHIFT' THEN 1 ELSE 0 END) FROM schedule_activity");
                rs.next();
                assertTrue(rs.getInt(1) > rs.getInt(3), "shifts and their activities stored");
                assertEquals(0, rs.getInt(2), "no empty activity");
                assertTrue(rs.getInt(3) > 0);
                rs = s.executeQuery("SELECT COUNT(*) FROM contact_history");
                rs.next();
                assertTrue(rs.getInt(1) > 2 * 4 * 7 * 40, "history imported");
            }
        } finally {
            System.clearProperty("datasources.default.url");
        }
    }

    @Test
    void badArgumentsAreExit2() {
        CommandLineTest.Run r = CommandLineTest.run("demo", "--agents", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --agents"), r.err());
        CommandLineTest.Run s = CommandLineTest.run("demo", "--seconds", "0");
        assertEquals(2, s.code());
    }
}
