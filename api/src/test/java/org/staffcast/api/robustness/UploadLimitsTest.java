package org.staffcast.api.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.staffcast.api.security.Roles;
import org.staffcast.api.support.ApiTestSupport;
import org.staffcast.api.support.TestDatabases;

/** 413 for uploads over the row limit or the request size limit (both lowered here so the test stays small). */
@MicronautTest
class UploadLimitsTest extends ApiTestSupport {

    @Override
    protected Map<String, Object> database() {
        return TestDatabases.freshH2();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("micronaut.server.max-request-size", "65536");
        p.put("staffcast.history.max-rows", "100");
        return p;
    }

    static String history(int rows) {
        StringBuilder sb = new StringBuilder("queue,interval_start,offered\n");
        for (int i = 0; i < rows; i++) {
            sb.append("Q,").append(java.time.Instant.parse("2026-01-05T00:00:00Z").plusSeconds(900L * i)).append(",5\n");
        }
        return sb.toString();
    }

    java.net.http.HttpResponse<String> expectContinue(String path, String body) {
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.getURL() + path))
                    .timeout(java.time.Duration.ofSeconds(30)).expectContinue(true)
                    .header("Authorization", "Bearer " + tokens.get(Roles.ADMIN))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tooManyRowsOrTooManyBytesIs413AndStoresNothing() {
        long site = create("/api/v1/sites", "{\"name\":\"Limits\",\"timeZone\":\"UTC\"}");
        create("/api/v1/sites/" + site + "/queues", "{\"name\":\"Q\",\"channel\":\"VOICE\",\"target\":{\"asaSeconds\":20}}");
        String path = "/api/v1/sites/" + site + "/history";

        assertEquals(200, send("POST", path, Roles.PLANNER, "text/csv", history(100)).status());
        assertEquals(100, count("contact_history"));

        Map<String, Object> rows = send("POST", path, Roles.PLANNER, "text/csv", history(101)).problem(413);
        assertTrue(((String) rows.get("detail")).contains("more than 100 rows"), rows.toString());
        String big = history(4000);
        assertTrue(big.length() > 65536);
        send("POST", path, Roles.PLANNER, "text/csv", big).problem(413);
        assertEquals(100, count("contact_history"));

        // an oversized JSON body is refused before it is read (the client waits for 100-continue, as curl does)
        String hugeJson = "{\"name\":\"" + "x".repeat(70_000) + "\",\"timeZone\":\"UTC\"}";
        java.net.http.HttpResponse<String> r = expectContinue("/api/v1/sites", hugeJson);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        assertEquals(1, count("site"));
    }
}
