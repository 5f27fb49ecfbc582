package org.staffcast.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.staffcast.api.support.TestDatabases;

/** {@code staffcast token create} against an embedded database: the token is printed once and stored only as a hash. */
class TokenCommandTest {

    private final Map<String, Object> db = TestDatabases.freshH2();

    @AfterEach
    void clear() {
        db.keySet().forEach(System::clearProperty);
    }

    @Test
    void createPrintsTheTokenOnceAndStoresOnlyItsSha256() throws Exception {
        db.forEach((k, v) -> System.setProperty(k, String.valueOf(v)));
        CommandLineTest.Run r = CommandLineTest.run("token", "create", "--role", "hr_read", "--name", "payroll sync");
        assertEquals(0, r.code(), r.err());
        String token = r.out().strip();
        assertTrue(token.matches("sc_[A-Za-z0-9_-]{43}"), token);
        assertTrue(r.err().contains("role HR_READ"), r.err());
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = DriverManager.getConnection((String) db.get("datasources.default.url"), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, role, token_hash FROM api_token")) {
            assertTrue(rs.next());
            assertEquals("payroll sync", rs.getString(1));
            assertEquals("HR_READ", rs.getString(2));
            assertEquals(hash, rs.getString(3));
            assertFalse(rs.getString(3).contains(token.substring(3)));
            assertFalse(rs.next());
        }
        CommandLineTest.Run second = CommandLineTest.run("token", "create", "--role", "PLANNER", "--name", "planner");
        assertEquals(0, second.code(), second.err());
        assertFalse(second.out().strip().equals(token), "every token is new");
    }

    @Test
    void unknownRoleIsExit2WithoutStartingTheDatabase() {
        CommandLineTest.Run r = CommandLineTest.run("token", "create", "--role", "ROOT", "--name", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --role: 'ROOT' is not one of ADMIN, PLANNER, MANAGER, HR_READ"), r.err());
        CommandLineTest.Run missing = CommandLineTest.run("token", "create", "--name", "x");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: Missing required option: '--role"), missing.err());
    }
}
