package org.staffcast.api.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.staffcast.api.security.Roles;
import org.staffcast.api.support.ApiTestSupport;
import org.staffcast.api.support.TestDatabases;

/**
 * Known leniency of Micronaut Serialization 2.16 (not configurable there): a one-element array stands for its element,
 * {@code true}/{@code false} read as 1/0 for numbers, numeric strings (in any script's digits) read as numbers
 * and numbers read as strings; such bodies are coerced, then
 * validated like any other, so they are not listed as invalid values here.
 *
 * <p>Every write endpoint against random and malformed bodies (property test over a seeded {@link SplittableRandom}):
 * the answer is always a 4xx {@code application/problem+json}, never a 5xx, and no row or version changes. Also the
 * role boundaries of every endpoint: 401 without or with a bad token, 403 for a role that may not, and a role that
 * may gets past security (here to a 400 or 404, so nothing changes).
 */
class WriteEndpointsTest {

    /** Bodies per write endpoint and database. */
    static final int BODIES = 40;

    /** A write endpoint: a valid body, the JSON literals that make each field invalid, and its roles. */
    record Endpoint(String method, String path, String valid, Map<String, List<String>> invalid,
                    Set<String> roles, boolean emptyBodyAllowed, String contentType) {
    }

    static final List<String> BAD_STRING = List.of("null", "\"\"", "\"   \"", "\"" + "x".repeat(1001) + "\"", "{}",
            "[]", "{\"$gt\":\"\"}");
    static final List<String> BAD_NUMBER = List.of("\"abc\"", "1e400", "-1e400", "99999999999999999999999999",
            "-99999999999999999999999999", "{}", "[]", "\"\"", "-1", "1e9");
    static final List<String> BAD_ID = List.of("\"abc\"", "1e400", "99999999999999999999999999", "{}", "[]",
            "-1", "0", "987654321");
    static final List<String> BAD_ENUM = List.of("null", "\"NOPE\"", "\"\"", "3", "{}", "[\"VOICE\"]", "\"voice \"");
    static final List<String> BAD_TIME = List.of("null", "\"2026-13-45T00:00Z\"", "\"yesterday\"", "20260101",
            "\"2026-03-30T10:00\"", "{}", "\"+999999999-12-31T23:59:59Z\"");

    abstract static class Checks extends ApiTestSupport {

        long site;
        long skill;
        long queue;
        long team;
        long template;
        long contract;
        long agent;
        long forecast;
        long adjustment;
        List<Endpoint> endpoints;

        @BeforeAll
        void fixture() throws InterruptedException {
            site = create("/api/v1/sites", "{\"name\":\"Fixture\",\"timeZone\":\"UTC\",\"intervalMinutes\":60}");
            String b = "/api/v1/sites/" + site;
            skill = create(b + "/skills", "{\"name\":\"voice\"}");
            queue = create(b + "/queues", "{\"name\":\"Q\",\"channel\":\"VOICE\",\"skillId\":" + skill
                    + ",\"target\":{\"asaSeconds\":30}}");
            team = create(b + "/teams", "{\"name\":\"T\"}");
            template = create(b + "/shift-templates", "{\"name\":\"Day\",\"earliestStartMinute\":480,"
                    + "\"latestStartMinute\":600,\"lengthsMinutes\":[480]}");
            contract = create(b + "/contracts", contractBody("C"));
            agent = create(b + "/agents", "{\"name\":\"A\",\"skills\":[{\"skillId\":" + skill + ",\"proficiency\":3}]}");
            StringBuilder csv = new StringBuilder("queue,interval_start,offered,aht_seconds\n");
            for (int h = 0; h < 24 * 21; h++) {
                csv.append("Q,").append(java.time.Instant.parse("2026-01-05T00:00:00Z").plusSeconds(3600L * h))
                        .append(',').append(h % 24).append(",180\n");
            }
            assertEquals(200, send("POST", b + "/history", Roles.ADMIN, "text/csv", csv.toString()).status());
            forecast = post(b + "/forecasts", Roles.ADMIN, "{\"model\":\"seasonal-naive\",\"horizonDays\":2}").id();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!get(b + "/forecasts/" + forecast, Roles.ADMIN).body().contains("\"SUCCEEDED\"")) {
                assertTrue(System.nanoTime() < deadline, "forecast did not finish");
                Thread.sleep(100);
            }
            adjustment = create(b + "/forecasts/" + forecast + "/adjustments", adjustmentBody());
            endpoints = endpoints();
        }

        String contractBody(String name) {
            return "{\"name\":\"" + name + "\",\"minMinutesPerWeek\":0,\"maxMinutesPerWeek\":2400,\"maxDaysPerWeek\":5,"
                    + "\"maxConsecutiveWorkingDays\":6,\"minConsecutiveDaysOff\":2,\"minRestHours\":11,"
                    + "\"maxWeekends\":4,\"allowedShiftTemplateIds\":[" + template + "]}";
        }

        String adjustmentBody() {
            return "{\"queueId\":" + queue + ",\"start\":\"2026-01-26T08:00:00Z\",\"end\":\"2026-01-26T10:00:00Z\","
                    + "\"kind\":\"PERCENT\",\"amount\":10,\"reason\":\"test\"}";
        }

        List<Endpoint> endpoints() {
            String b = "/api/v1/sites/" + site;
            Set<String> planners = Set.of(Roles.ADMIN, Roles.PLANNER);
            Set<String> managers = Set.of(Roles.ADMIN, Roles.MANAGER);
            Map<String, List<String>> site = Map.of("name", BAD_STRING, "timeZone", List.of("null", "\"Mars/Base\"",
                    "\"\"", "42"), "intervalMinutes", BAD_NUMBER, "firstDayOfWeek", BAD_ENUM.subList(1, BAD_ENUM.size()));
            String siteBody = "{\"name\":\"S2\",\"timeZone\":\"Europe/Berlin\",\"intervalMinutes\":15,\"firstDayOfWeek\":\"MONDAY\"}";
            Map<String, List<String>> named = Map.of("name", BAD_STRING);
            Map<String, List<String>> queue = new LinkedHashMap<>();
            queue.put("name", BAD_STRING);
            queue.put("channel", BAD_ENUM);
            queue.put("skillId", BAD_ID);
            queue.put("target", List.of("null", "{}", "{\"serviceLevel\":0.8}", "{\"asaSeconds\":30,\"respondWithinHours\":1}",
                    "{\"serviceLevel\":1e400,\"seconds\":20}", "{\"asaSeconds\":\"x\"}", "[]", "{\"respondWithinHours\":4}"));
            queue.put("shrinkage", BAD_NUMBER);
            queue.put("concurrency", BAD_NUMBER);
            String queueBody = "{\"name\":\"Q2\",\"channel\":\"VOICE\",\"skillId\":" + skill
                    + ",\"target\":{\"serviceLevel\":0.8,\"seconds\":20},\"shrinkage\":0.3,\"concurrency\":1}";
            Map<String, List<String>> tpl = new LinkedHashMap<>();
            tpl.put("name", BAD_STRING);
            tpl.put("earliestStartMinute", BAD_NUMBER);
            tpl.put("latestStartMinute", List.of("\"abc\"", "1e400", "-5", "0", "1440"));
            tpl.put("lengthsMinutes", List.of("null", "[]", "[0]", "[null]", "\"480\"", "[1e400]", "{}",
                    "[" + "480,".repeat(30) + "480]"));
            String tplBody = "{\"name\":\"Late\",\"earliestStartMinute\":600,\"latestStartMinute\":720,\"lengthsMinutes\":[480,540]}";
            Map<String, List<String>> contract = new LinkedHashMap<>();
            contract.put("name", BAD_STRING);
            contract.put("maxMinutesPerWeek", List.of("\"abc\"", "1e400", "-1", "-99999999999999999999", "99999"));
            contract.put("maxDaysPerWeek", BAD_NUMBER);
            contract.put("allowedShiftTemplateIds", List.of("[987654]", "[\"x\"]", "{}", "[null]", "[1e400]"));
            Map<String, List<String>> agent = new LinkedHashMap<>();
            agent.put("name", BAD_STRING);
            agent.put("teamId", BAD_ID);
            agent.put("skills", List.of("[{\"skillId\":" + skill + ",\"proficiency\":0}]", "[{}]", "[null]",
                    "[{\"skillId\":\"x\",\"proficiency\":3}]", "{}", "[{\"skillId\":" + skill + ",\"proficiency\":3},"
                            + "{\"skillId\":" + skill + ",\"proficiency\":4}]"));
            agent.put("availability", List.of("[{\"dayOfWeek\":\"FUNDAY\",\"startMinute\":0,\"endMinute\":60}]",
                    "[{\"dayOfWeek\":\"MONDAY\",\"startMinute\":600,\"endMinute\":60}]", "[{}]"));
            agent.put("timeOff", List.of("[{\"firstDay\":\"2026-02-30\",\"lastDay\":\"2026-03-01\"}]",
                    "[{\"firstDay\":\"2026-03-05\",\"lastDay\":\"2026-03-01\"}]", "[{\"firstDay\":\"+999999999-01-01\","
                            + "\"lastDay\":\"+999999999-01-02\"}]"));
            agent.put("preferences", List.of("[{\"kind\":\"DAY_OFF\"}]", "[{\"kind\":\"PREFER_START\"}]",
                    "[{\"kind\":\"SLEEP_IN\",\"startMinute\":1}]"));
            String agentBody = "{\"name\":\"B\",\"teamId\":" + team + ",\"skills\":[{\"skillId\":" + skill
                    + ",\"proficiency\":2}],\"availability\":[{\"dayOfWeek\":\"MONDAY\",\"startMinute\":0,\"endMinute\":600}],"
                    + "\"timeOff\":[{\"firstDay\":\"2026-03-01\",\"lastDay\":\"2026-03-02\"}],"
                    + "\"preferences\":[{\"kind\":\"DAY_OFF\",\"dayOfWeek\":\"FRIDAY\"}]}";
            Map<String, List<String>> fc = Map.of("horizonDays", BAD_NUMBER, "model", List.of("\"crystal-ball\"", "\"\"",
                    "42", "{}", "[]"));
            Map<String, List<String>> adj = new LinkedHashMap<>();
            adj.put("queueId", BAD_ID);
            adj.put("start", BAD_TIME);
            adj.put("end", List.of("null", "\"2026-01-26T07:00:00Z\"", "\"2026-01-26T09:30:00Z\"", "\"yesterday\""));
            adj.put("kind", BAD_ENUM);
            adj.put("amount", List.of("null", "\"abc\"", "1e400", "-1e400", "-101", "100001", "{}"));
            adj.put("reason", BAD_STRING);
            Map<String, List<String>> req = Map.of("forecastId", BAD_ID);

            List<Endpoint> list = new ArrayList<>();
            list.add(new Endpoint("POST", "/api/v1/sites", siteBody, site, planners, false, null));
            list.add(new Endpoint("PUT", "/api/v1/sites/" + this.site, siteBody, site, planners, false, null));
            for (String r : List.of("skills", "teams")) {
                long id = r.equals("skills") ? skill : team;
                list.add(new Endpoint("POST", b + "/" + r, "{\"name\":\"N2\"}", named, planners, false, null));
                list.add(new Endpoint("PUT", b + "/" + r + "/" + id, "{\"name\":\"N2\"}", named, planners, false, null));
            }
            list.add(new Endpoint("POST", b + "/queues", queueBody, queue, planners, false, null));
            list.add(new Endpoint("PUT", b + "/queues/" + this.queue, queueBody, queue, planners, false, null));
            list.add(new Endpoint("POST", b + "/shift-templates", tplBody, tpl, planners, false, null));
            list.add(new Endpoint("PUT", b + "/shift-templates/" + template, tplBody, tpl, planners, false, null));
            list.add(new Endpoint("POST", b + "/contracts", contractBody("C2"), contract, planners, false, null));
            list.add(new Endpoint("PUT", b + "/contracts/" + this.contract, contractBody("C2"), contract, planners, false, null));
            list.add(new Endpoint("POST", b + "/agents", agentBody, agent, planners, false, null));
            list.add(new Endpoint("PUT", b + "/agents/" + this.agent, agentBody, agent, planners, false, null));
            list.add(new Endpoint("POST", b + "/forecasts", "{\"horizonDays\":7,\"model\":\"auto\"}", fc, planners, true, null));
            list.add(new Endpoint("POST", b + "/forecasts/" + forecast + "/adjustments", adjustmentBody(), adj, managers,
                    false, null));
            list.add(new Endpoint("POST", b + "/requirements", "{\"forecastId\":" + forecast + "}", req, planners, true, null));
            list.add(new Endpoint("POST", b + "/history", "queue,interval_start,offered\nQ,2026-01-26T00:00:00Z,3\n",
                    Map.of(), planners, false, "text/csv"));
            return list;
        }

        @Test
        void randomAndMalformedBodiesAreRefusedWithProblemsAndChangeNothing() {
            Map<String, Long> rows = rowCounts();
            long versions = versionSum();
            SplittableRandom random = new SplittableRandom(20261126L);
            for (Endpoint e : endpoints) {
                for (int i = 0; i < BODIES; i++) {
                    String body = e.contentType() != null ? randomCsv(random, e) : randomJson(random, e);
                    Reply r = send(e.method(), e.path(), Roles.ADMIN, e.contentType() != null ? e.contentType()
                            : "application/json", body);
                    String what = e.method() + " " + e.path() + " with " + abbreviate(body) + " -> " + r.status() + " "
                            + abbreviate(r.body());
                    assertTrue(r.status() >= 400 && r.status() < 500, what);
                    assertTrue(r.contentType() != null && r.contentType().startsWith("application/problem+json"), what);
                    Map<String, Object> p = r.json();
                    assertEquals(r.status(), ((Number) p.get("status")).intValue(), what);
                    assertTrue(p.get("detail") instanceof String, what);
                    if (r.status() == 400 && p.containsKey("errors")) {
                        for (Object err : (List<?>) p.get("errors")) {
                            assertTrue(((Map<?, ?>) err).get("field") instanceof String f && !f.isBlank(), what);
                        }
                    }
                }
                assertEquals(rows, rowCounts(), () -> "rows changed by " + e.method() + " " + e.path());
                assertEquals(versions, versionSum(), () -> "a version changed by " + e.method() + " " + e.path());
            }
        }

        /** One of: garbage text, truncated valid JSON, a non-object, unknown keys, one field invalid, one field missing. */
        static String randomJson(SplittableRandom r, Endpoint e) {
            String valid = e.valid();
            int kind = r.nextInt(6);
            if (kind == 4 && e.invalid().isEmpty()) {
                kind = 0;
            }
            switch (kind) {
                case 0:
                    return garbage(r);
                case 1: {
                    int min = e.emptyBodyAllowed() ? 1 : 0;
                    return valid.substring(0, min + r.nextInt(valid.length() - 1 - min));
                }
                case 2: {
                    List<String> values = new ArrayList<>(List.of("42", "-1e400", "99999999999999999999999999999", "\"x\"",
                            "[]", "[{}]", "true", "\"\u0000\"", "[" + "[".repeat(3000) + "]".repeat(3000) + "]"));
                    if (!e.emptyBodyAllowed()) {
                        values.add("null");
                        values.add("");
                        values.add("   ");
                        values.add("{}");
                    }
                    return values.get(r.nextInt(values.size()));
                }
                case 3: {
                    StringBuilder sb = new StringBuilder("{");
                    int n = 1 + r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        sb.append('"').append(randomWord(r)).append("\":").append(randomValue(r, 0));
                    }
                    return sb.append('}').toString();
                }
                case 4: {
                    List<String> fields = new ArrayList<>(e.invalid().keySet());
                    String field = fields.get(r.nextInt(fields.size()));
                    List<String> bad = e.invalid().get(field);
                    return replaceField(valid, field, bad.get(r.nextInt(bad.size())));
                }
                default: {
                    List<String> fields = new ArrayList<>(e.invalid().keySet());
                    if (fields.isEmpty()) {
                        return garbage(r);
                    }
                    String field = fields.get(r.nextInt(fields.size()));
                    // a duplicated key with a bad value, or the unknown property next to a valid body
                    return r.nextBoolean() ? valid.substring(0, valid.length() - 1) + ",\"" + field + "\":"
                            + e.invalid().get(field).get(0) + "}"
                            : valid.substring(0, valid.length() - 1) + ",\"unexpected\":1}";
                }
            }
        }

        static String randomCsv(SplittableRandom r, Endpoint e) {
            List<String> bodies = List.of("", "queue,interval_start,offered\n",
                    "queue,interval_start,offered\nQ,2026-01-26T00:07:00Z,3\n",
                    "queue,interval_start,offered\nQ,2026-01-26T00:00:00Z,-3\n",
                    "queue,interval_start,offered\nQ,2026-01-26T00:00:00Z,1e400\n",
                    "queue,interval_start,offered\nNOPE,2026-01-26T00:00:00Z,3\n",
                    "queue,interval_start,offered\nQ,2026-01-26T00:00:00Z,3\nQ,2026-01-26T00:00:00Z,4\n",
                    "queue,interval_start,offered\nQ,not-a-time,3\n",
                    "queue,interval_start,offered\n\"Q,2026-01-26T00:00:00Z,3\n",
                    "\u00ff\u00fe\u0000garbage",
                    garbage(r));
            return bodies.get(r.nextInt(bodies.size()));
        }

        static String replaceField(String json, String field, String value) {
            String key = "\"" + field + "\":";
            int at = json.indexOf(key);
            if (at < 0) {
                return json.substring(0, json.length() - 1) + "," + key + value + "}";
            }
            int start = at + key.length();
            int depth = 0;
            boolean inString = false;
            int end = start;
            for (; end < json.length(); end++) {
                char c = json.charAt(end);
                if (inString) {
                    if (c == '\\') {
                        end++;
                    } else if (c == '"') {
                        inString = false;
                    }
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
            }
            return json.substring(0, start) + value + json.substring(end);
        }

        static String garbage(SplittableRandom r) {
            String alphabet = "{}[]\":,\\ntrufalsenul0123456789.eE+-\u00e9\u2603\ud83d\ude00\u0000\t ";
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        }

        static String randomWord(SplittableRandom r) {
            String[] words = {"nam", "Name", "zeitZone", "\u540d\u524d", "\ud83d\ude00", "", "__proto__", "constructor", "id",
                    "version", "siteId"};
            return words[r.nextInt(words.length)];
        }

        static String randomValue(SplittableRandom r, int depth) {
            return switch (depth > 2 ? r.nextInt(5) : r.nextInt(7)) {
                case 0 -> "null";
                case 1 -> "\"" + randomWord(r) + "\"";
                case 2 -> String.valueOf(r.nextLong());
                case 3 -> "1e" + r.nextInt(500);
                case 4 -> r.nextBoolean() ? "true" : "false";
                case 5 -> "[" + randomValue(r, depth + 1) + "]";
                default -> "{\"k\":" + randomValue(r, depth + 1) + "}";
            };
        }

        static String abbreviate(String s) {
            return s == null ? "null" : s.length() > 160 ? s.substring(0, 160) + "..." : s;
        }

        @Test
        void everyEndpointDeclaresItsRoles() {
            Map<String, Long> rows = rowCounts();
            long versions = versionSum();
            for (Endpoint e : endpoints) {
                String invalid = e.contentType() != null ? "no,header\n" : "{\"unexpected\":true}";
                String type = e.contentType() != null ? e.contentType() : "application/json";
                Reply anonymous = send(e.method(), e.path(), null, type, invalid);
                anonymous.problem(401);
                assertEquals("Bearer realm=\"staffcast\"", anonymous.header("WWW-Authenticate"));
                send(e.method(), e.path(), "sc_not-a-real-token", type, invalid).problem(401);
                for (String role : Roles.ALL) {
                    Reply r = send(e.method(), e.path(), role, type, invalid);
                    String what = role + " " + e.method() + " " + e.path() + " -> " + r.status() + " " + r.body();
                    if (e.roles().contains(role)) {
                        assertEquals(400, r.status(), what);
                    } else {
                        assertEquals(403, r.problem(403).get("status"), what);
                    }
                }
            }
            String b = "/api/v1/sites/" + site;
            List<String> deletes = List.of(b + "/skills/987654", b + "/teams/987654", b + "/queues/987654",
                    b + "/shift-templates/987654", b + "/contracts/987654", b + "/agents/987654", "/api/v1/sites/987654");
            for (String path : deletes) {
                delete(path, null).problem(401);
                for (String role : Roles.ALL) {
                    Reply r = delete(path, role);
                    r.problem(role.equals(Roles.ADMIN) || role.equals(Roles.PLANNER) ? 404 : 403);
                }
            }
            String adj = b + "/forecasts/" + forecast + "/adjustments/987654";
            for (String role : Roles.ALL) {
                delete(adj, role).problem(role.equals(Roles.ADMIN) || role.equals(Roles.MANAGER) ? 404 : 403);
            }
            List<String> reads = List.of("/api/v1/sites", "/api/v1/sites/" + site, b + "/skills", b + "/skills/" + skill,
                    b + "/queues", b + "/queues/" + queue, b + "/teams", b + "/teams/" + team, b + "/shift-templates",
                    b + "/shift-templates/" + template, b + "/contracts", b + "/contracts/" + contract, b + "/agents",
                    b + "/agents/" + agent, b + "/history", b + "/history/" + queue, b + "/forecasts", b + "/forecasts/" + forecast,
                    b + "/forecasts/" + forecast + "/adjustments", b + "/forecasts/" + forecast + "/adjustments/" + adjustment,
                    b + "/requirements");
            for (String path : reads) {
                get(path, null).problem(401);
                for (String role : Roles.ALL) {
                    assertEquals(200, get(path, role).status(), role + " GET " + path);
                }
            }
            assertEquals(200, get("/health", null).status());
            assertEquals(rows, rowCounts());
            assertEquals(versions, versionSum());
        }
    }

    @Nested
    @MicronautTest
    class OnH2 extends Checks {
        @Override
        protected Map<String, Object> database() {
            return TestDatabases.freshH2();
        }
    }

    @Nested
    @MicronautTest
    class OnMariaDb extends Checks {
        @Override
        protected Map<String, Object> database() {
            return TestDatabases.freshMariaDb();
        }
    }
}
