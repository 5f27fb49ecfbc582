package org.staffcast.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.staffcast.api.security.ApiTokens;
import org.staffcast.api.security.Roles;

/**
 * Base of the HTTP tests: one application context per test class (a fresh database), one API token per role, and a
 * plain {@link java.net.http.HttpClient} so that every status, header and body is seen exactly as a client sees it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestSupport implements TestPropertyProvider {

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected ApiTokens apiTokens;
    @Inject
    protected JsonMapper json;
    @Inject
    protected DataSource dataSource;

    protected final Map<String, String> tokens = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The database of this test class: {@link TestDatabases#freshH2()} or {@link TestDatabases#freshMariaDb()}. */
    protected abstract Map<String, Object> database();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        database().forEach((k, v) -> out.put(k, String.valueOf(v)));
        out.put("micronaut.server.port", "-1");
        return out;
    }

    @BeforeAll
    void createTokens() {
        for (String role : Roles.ALL) {
            tokens.put(role, apiTokens.create("test " + role, role).token());
        }
    }

    /** One HTTP exchange as the client saw it. */
    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers,
                        JsonMapper mapper) {
        public Map<String, Object> json() {
            try {
                return mapper.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public long id() {
            return ((Number) json().get("id")).longValue();
        }

        /** Asserts an RFC 9457 problem with this status and returns it. */
        public Map<String, Object> problem(int expectedStatus) {
            assertEquals(expectedStatus, status, () -> "status of " + body);
            assertTrue(contentType != null && contentType.startsWith("application/problem+json"),
                    () -> "content type " + contentType + " of " + body);
            Map<String, Object> p = json();
            assertEquals(expectedStatus, ((Number) p.get("status")).intValue(), body);
            assertTrue(p.get("type") instanceof String t && !t.isBlank(), body);
            assertTrue(p.get("title") instanceof String t && !t.isBlank(), body);
            assertTrue(p.get("detail") instanceof String d && !d.isBlank(), body);
            return p;
        }

        /** The {@code field} names of a validation problem. */
        @SuppressWarnings("unchecked")
        public List<String> fields() {
            Object errors = problem(400).get("errors");
            assertTrue(errors instanceof List<?>, () -> "no errors list in " + body);
            return ((List<Map<String, Object>>) errors).stream().map(e -> (String) e.get("field")).toList();
        }
    }

    public Reply send(String method, String path, String role, String contentType, String body, String... headers) {
        return send(method, path, role, contentType,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body), headers);
    }

    public Reply send(String method, String path, String role, String contentType, BodyPublisher body,
                      String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .timeout(Duration.ofSeconds(120))
                .method(method, body);
        if (role != null) {
            b.header("Authorization", "Bearer " + tokens.getOrDefault(role, role));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r.headers(),
                    json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, String role, String... headers) {
        return send("GET", path, role, null, (String) null, headers);
    }

    public Reply post(String path, String role, String jsonBody, String... headers) {
        return send("POST", path, role, "application/json", jsonBody, headers);
    }

    public Reply put(String path, String role, String jsonBody, String... headers) {
        return send("PUT", path, role, "application/json", jsonBody, headers);
    }

    public Reply delete(String path, String role, String... headers) {
        return send("DELETE", path, role, null, (String) null, headers);
    }

    /** Creates a resource as ADMIN, asserting 201, and returns its id. */
    public long create(String path, String jsonBody) {
        Reply r = post(path, Roles.ADMIN, jsonBody);
        assertEquals(201, r.status(), () -> "POST " + path + " " + jsonBody + " -> " + r.body());
        return r.id();
    }

    /** Rows in {@code table} as committed now (autocommit, so no old snapshot of a pooled connection is read). */
    public long count(String table) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of every table the API writes, to assert that a refused request changed nothing. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> m = new HashMap<>();
        for (String t : List.of("site", "skill", "contact_queue", "team", "contract", "contract_shift_template",
                "shift_template", "agent", "agent_skill", "agent_availability", "agent_time_off", "agent_preference",
                "contact_history", "forecast_run", "forecast_value", "forecast_adjustment", "requirement_run",
                "staffing_requirement")) {
            m.put(t, count(t));
        }
        return m;
    }

    /** Sum of all version columns: a refused update must not bump any. */
    public long versionSum() {
        long sum = 0;
        for (String t : List.of("site", "skill", "contact_queue", "team", "contract", "shift_template", "agent",
                "forecast_run", "forecast_adjustment")) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(version), 0) FROM " + t)) {
                    rs.next();
                    sum += rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return sum;
    }
}
