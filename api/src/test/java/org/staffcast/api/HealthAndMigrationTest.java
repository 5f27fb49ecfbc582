package org.staffcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.staffcast.api.support.TestDatabases;

/** The server starts, applies every Flyway migration and answers {@code GET /health}, on H2 and on MariaDB. */
class HealthAndMigrationTest {

    abstract static class ServerChecks {
        @Inject
        @Client("/")
        HttpClient client;

        @Inject
        DataSource dataSource;

        abstract String expectedProduct();

        @Test
        void healthIsUp() {
            Map<String, Object> body = client.toBlocking().retrieve(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));
            assertEquals("UP", body.get("status"));
        }

        @Test
        void migrationsAreAppliedOnTheExpectedDatabase() throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                assertTrue(c.getMetaData().getDatabaseProductName().toLowerCase().contains(expectedProduct()),
                        c.getMetaData().getDatabaseProductName());
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(success) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                    rs.next();
                    assertTrue(rs.getInt(1) >= 1, "at least one versioned migration");
                    assertTrue(rs.getBoolean(2), "every migration succeeded");
                }
                s.executeUpdate("INSERT INTO site (name, time_zone) VALUES ('Zürich – Süd ☎', 'Europe/Zurich')");
                try (ResultSet rs = s.executeQuery("SELECT name, interval_minutes FROM site WHERE time_zone = 'Europe/Zurich'")) {
                    rs.next();
                    assertEquals("Zürich – Süd ☎", rs.getString(1), "unicode survives the round trip");
                    assertEquals(15, rs.getInt(2));
                }
            }
        }
    }

    @Nested
    @MicronautTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends ServerChecks implements TestPropertyProvider {
        @Override
        public Map<String, String> getProperties() {
            return stringMap(TestDatabases.freshH2());
        }

        @Override
        String expectedProduct() {
            return "h2";
        }
    }

    @Nested
    @MicronautTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends ServerChecks implements TestPropertyProvider {
        @Override
        public Map<String, String> getProperties() {
            return stringMap(TestDatabases.freshMariaDb());
        }

        @Override
        String expectedProduct() {
            return "mariadb";
        }
    }

    static Map<String, String> stringMap(Map<String, Object> m) {
        java.util.HashMap<String, String> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(k, String.valueOf(v)));
        out.put("micronaut.server.port", "-1");
        return out;
    }
}
