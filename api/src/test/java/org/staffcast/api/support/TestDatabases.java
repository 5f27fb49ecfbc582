package org.staffcast.api.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Databases for tests. MariaDB comes from the server that {@code ./test.sh} starts and describes in
 * {@code STAFFCAST_TEST_DB_URL}, {@code STAFFCAST_TEST_DB_USER} and {@code STAFFCAST_TEST_DB_PASSWORD}; every call
 * makes a new empty database on it so tests never see each other's rows.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** True when the test command said the MariaDB tests must run ({@code -Dstaffcast.requireMariaDb=true}). */
    public static boolean mariaDbRequired() {
        return Boolean.getBoolean("staffcast.requireMariaDb") || System.getenv("CI") != null;
    }

    /** Datasource properties of a fresh, empty MariaDB database; aborts the test when none is configured locally. */
    public static Map<String, Object> freshMariaDb() {
        String url = System.getenv("STAFFCAST_TEST_DB_URL");
        if (!mariaDbRequired()) {
            assumeTrue(url != null, "STAFFCAST_TEST_DB_URL is not set: run ./test.sh to test against MariaDB");
        }
        if (url == null) {
            throw new IllegalStateException("STAFFCAST_TEST_DB_URL is not set but MariaDB tests are required; run ./test.sh");
        }
        String user = System.getenv().getOrDefault("STAFFCAST_TEST_DB_USER", "staffcast");
        String password = System.getenv().getOrDefault("STAFFCAST_TEST_DB_PASSWORD", "staffcast");
        String db = "staffcast_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + url + ": " + e.getMessage(), e);
        }
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String dbUrl = base.substring(0, base.lastIndexOf('/') + 1) + db;
        return Map.of(
                "datasources.default.url", dbUrl,
                "datasources.default.username", user,
                "datasources.default.password", password,
                "datasources.default.driver-class-name", "org.mariadb.jdbc.Driver");
    }

    /** Datasource properties of a fresh in-memory H2 database in MariaDB mode. */
    public static Map<String, Object> freshH2() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + name + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.h2.Driver");
    }
}
