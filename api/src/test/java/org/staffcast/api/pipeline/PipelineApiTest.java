package org.staffcast.api.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.staffcast.api.security.Roles;
import org.staffcast.api.support.ApiTestSupport;
import org.staffcast.api.support.TestDatabases;

/**
 * History import → forecast run → manager adjustments → staffing requirements, over HTTP, on H2 and MariaDB.
 * The history is four weeks of a pure weekly pattern in Europe/Berlin (with the March 2026 DST change), so the
 * seasonal naive forecast is known exactly, and the Erlang C requirement of one interval is computed by hand.
 */
class PipelineApiTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Calls offered in the hour starting at {@code hour} on {@code day}: (hour − 7) × 2 + ISO weekday number. */
    static int calls(DayOfWeek day, int hour) {
        return (hour - 7) * 2 + day.getValue();
    }

    /** 28 days from Monday 2 March 2026 (DST starts Sunday 29 March), open 08:00–18:00, two queues. */
    static String historyCsv() {
        StringBuilder sb = new StringBuilder("queue,interval_start,offered,handled,abandoned,aht_seconds\n");
        for (int d = 0; d < 28; d++) {
            LocalDate date = LocalDate.of(2026, 3, 2).plusDays(d);
            for (int h = 8; h < 18; h++) {
                String start = ZonedDateTime.of(date.atTime(h, 0), BERLIN).toOffsetDateTime().toString();
                sb.append("Calls,").append(start).append(',').append(calls(date.getDayOfWeek(), h)).append(",,,200\n");
                sb.append("Mail,").append(start).append(",5,5,0,300\n");
            }
        }
        return sb.toString();
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class Checks extends ApiTestSupport {

        long site;
        long calls;
        long mail;
        long forecast;

        String base() {
            return "/api/v1/sites/" + site;
        }

        @Test
        @Order(1)
        void importIsAllOrNothingAndReportsGaps() {
            site = create("/api/v1/sites", "{\"name\":\"Pipeline\",\"timeZone\":\"Europe/Berlin\",\"intervalMinutes\":60}");
            calls = create(base() + "/queues", """
                    {"name":"Calls","channel":"VOICE","target":{"serviceLevel":0.8,"seconds":20},"shrinkage":0.3}""");
            mail = create(base() + "/queues", """
                    {"name":"Mail","channel":"EMAIL","target":{"respondWithinHours":4}}""");

            String csv = historyCsv();
            // a bad line near the end: nothing of the lines before it may be stored
            String bad = csv + "Calls,2026-03-30T08:00+02:00,-3,,,200\n";
            Reply refused = send("POST", base() + "/history", Roles.PLANNER, "text/csv", bad);
            Map<String, Object> p = refused.problem(400);
            assertTrue(((String) p.get("detail")).contains(":562:"), refused.body());
            assertEquals(0, count("contact_history"));
            Reply unknownQueue = send("POST", base() + "/history", Roles.PLANNER, "text/csv",
                    csv + "Chat,2026-03-30T08:00+02:00,3,,,200\n");
            assertEquals(List.of("queue"), unknownQueue.fields());
            assertEquals(0, count("contact_history"));
            send("POST", base() + "/history", Roles.MANAGER, "text/csv", csv).problem(403);
            send("POST", base() + "/history", Roles.PLANNER, "application/json", "{}").problem(415);

            Reply ok = send("POST", base() + "/history", Roles.PLANNER, "text/csv", csv);
            assertEquals(200, ok.status(), ok.body());
            Map<String, Object> r = ok.json();
            assertEquals(560, ((Number) r.get("rowsImported")).intValue());
            // one night between each pair of consecutive days, per queue
            assertEquals(54, ((Number) r.get("gapsFound")).intValue());
            assertEquals(560, ((Number) get(base() + "/history", Roles.HR_READ).json().get("rows")).intValue());
            assertEquals(560, count("contact_history"));
            // importing the same intervals again replaces them
            assertEquals(200, send("POST", base() + "/history", Roles.ADMIN, "text/csv", csv).status());
            assertEquals(560, count("contact_history"));
            Map<String, Object> summary = get(base() + "/history", Roles.HR_READ).json();
            assertEquals(560, ((Number) summary.get("rows")).intValue());

            // read back one queue's first day, and its whole history in the import format
            Reply day = get(base() + "/history/" + calls + "?from=2026-03-02T00:00:00%2B01:00&to=2026-03-03T00:00:00%2B01:00",
                    Roles.HR_READ);
            assertEquals(200, day.status(), day.body());
            assertEquals(10, jsonList(day.body()).size());
            assertEquals("2026-03-02T08:00:00+01:00", jsonList(day.body()).get(0).get("intervalStart"));
            assertEquals((double) calls(DayOfWeek.MONDAY, 8), ((Number) jsonList(day.body()).get(0).get("offered")).doubleValue());
            Reply export = get(base() + "/history/" + calls, Roles.HR_READ, "Accept", "text/csv");
            List<String> lines = export.body().lines().toList();
            assertEquals(281, lines.size());
            assertEquals("Calls,2026-03-29T17:00:00+02:00," + calls(DayOfWeek.SUNDAY, 17) + ",,,200", lines.get(280));
            assertEquals(280, ((Number) send("POST", base() + "/history", Roles.PLANNER, "text/csv", export.body()).json()
                    .get("rowsImported")).intValue());
            assertEquals(560, count("contact_history"));
            get(base() + "/history/" + calls + "?from=yesterday", Roles.HR_READ).problem(400);
            get(base() + "/history/987654", Roles.HR_READ).problem(404);
        }

        @Test
        @Order(2)
        void forecastRunIsAcceptedAndComputedFromStoredHistory() throws InterruptedException {
            post(base() + "/forecasts", Roles.MANAGER, "{}").problem(403);
            assertEquals(List.of("model"), post(base() + "/forecasts", Roles.PLANNER, "{\"model\":\"crystal-ball\"}").fields());
            Reply started = post(base() + "/forecasts", Roles.PLANNER, "{\"horizonDays\":7,\"model\":\"seasonal-naive\"}");
            assertEquals(202, started.status(), started.body());
            forecast = started.id();
            assertEquals(base() + "/forecasts/" + forecast, started.header("Location"));
            assertEquals(1, ((Number) started.json().get("version")).intValue());
            Map<String, Object> run = awaitRun(forecast);
            assertEquals("SUCCEEDED", run.get("status"), run.toString());
            assertEquals("2026-03-29T18:00:00+02:00", run.get("forecastFrom"));
            assertEquals("2026-04-05T18:00:00+02:00", run.get("forecastTo"));

            Map<String, Object> view = get(base() + "/forecasts/" + forecast, Roles.HR_READ).json();
            Map<String, Object> monday10 = value(view, "Calls", "2026-03-30T10:00:00+02:00");
            assertEquals(calls(DayOfWeek.MONDAY, 10), ((Number) monday10.get("baseVolume")).doubleValue(), 1e-9);
            assertEquals(200.0, ((Number) monday10.get("ahtSeconds")).doubleValue(), 1e-9);
            assertEquals(5.0, ((Number) value(view, "Mail", "2026-04-02T15:00:00+02:00").get("volume")).doubleValue(), 1e-9);
        }

        @Test
        @Order(3)
        void managersAdjustAndTheAuditTrailStays() {
            String adj = base() + "/forecasts/" + forecast + "/adjustments";
            String campaign = """
                    {"queueId":%d,"start":"2026-03-30T10:00:00+02:00","end":"2026-03-30T12:00:00+02:00","kind":"PERCENT",
                     "amount":50,"reason":"mailing campaign"}""".formatted(calls);
            post(adj, Roles.PLANNER, campaign).problem(403);
            post(adj, Roles.HR_READ, campaign).problem(403);
            assertEquals(List.of("start"), post(adj, Roles.MANAGER, campaign.replace("10:00:00+02:00", "10:07:00+02:00")).fields());
            assertEquals(List.of("end"), post(adj, Roles.MANAGER, campaign.replace("12:00:00+02:00", "09:00:00+02:00")).fields());
            Reply created = post(adj, Roles.MANAGER, campaign);
            assertEquals(201, created.status(), created.body());
            assertEquals("test MANAGER", created.json().get("author"));
            Reply outage = post(adj, Roles.MANAGER, """
                    {"queueId":%d,"start":"2026-03-30T10:00:00+02:00","end":"2026-03-30T11:00:00+02:00","kind":"ABSOLUTE",
                     "amount":-100,"reason":"mail server down"}""".formatted(mail));
            assertEquals(201, outage.status(), outage.body());

            Map<String, Object> view = get(base() + "/forecasts/" + forecast, Roles.HR_READ).json();
            Map<String, Object> at10 = value(view, "Calls", "2026-03-30T10:00:00+02:00");
            assertEquals(7 * 1.5, ((Number) at10.get("volume")).doubleValue(), 1e-9);
            assertEquals(3.5, ((Number) at10.get("adjustment")).doubleValue(), 1e-9);
            assertEquals(9 * 1.5, ((Number) value(view, "Calls", "2026-03-30T11:00:00+02:00").get("volume")).doubleValue(), 1e-9);
            assertEquals(11.0, ((Number) value(view, "Calls", "2026-03-30T12:00:00+02:00").get("volume")).doubleValue(), 1e-9);
            assertEquals(0.0, ((Number) value(view, "Mail", "2026-03-30T10:00:00+02:00").get("volume")).doubleValue(), 1e-9);

            Reply csv = get(base() + "/forecasts/" + forecast, Roles.HR_READ, "Accept", "text/csv");
            assertEquals(200, csv.status());
            assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
            List<String> lines = csv.body().lines().toList();
            assertEquals("queue,interval_start,volume,volume_lo80,volume_hi80,aht_seconds,model,base_volume,adjustment",
                    lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Calls,2026-03-30T10:00:00+02:00,10.5,")
                    && l.endsWith(",7,3.5")), csv.body().substring(0, 400));
            get(base() + "/forecasts/" + forecast, Roles.HR_READ, "Accept", "application/xml").problem(406);

            // withdraw the mail outage: the value comes back, the adjustment stays listed with who withdrew it
            long outageId = outage.id();
            delete(adj + "/" + outageId, Roles.PLANNER).problem(403);
            delete(adj + "/" + outageId, Roles.MANAGER, "If-Match", "\"7\"").problem(409);
            assertEquals(204, delete(adj + "/" + outageId, Roles.MANAGER, "If-Match", outage.header("ETag")).status());
            delete(adj + "/" + outageId, Roles.MANAGER).problem(409);
            List<Map<String, Object>> all = jsonList(get(adj, Roles.HR_READ).body());
            assertEquals(2, all.size());
            Map<String, Object> withdrawn = all.stream().filter(a -> ((Number) a.get("id")).longValue() == outageId)
                    .findFirst().orElseThrow();
            assertEquals(false, withdrawn.get("active"));
            assertEquals("test MANAGER", withdrawn.get("deletedBy"));
            assertEquals("mail server down", withdrawn.get("reason"));
            assertEquals(2, count("forecast_adjustment"));
            Map<String, Object> after = get(base() + "/forecasts/" + forecast, Roles.HR_READ).json();
            assertEquals(5.0, ((Number) value(after, "Mail", "2026-03-30T10:00:00+02:00").get("volume")).doubleValue(), 1e-9);
        }

        @Test
        @Order(4)
        void requirementsComeFromTheAdjustedForecastAndTheQueueTarget() {
            post(base() + "/requirements", Roles.MANAGER, "{}").problem(403);
            assertEquals(List.of("forecastId"), post(base() + "/requirements", Roles.PLANNER, "{\"forecastId\":987654}").fields());
            Reply r = post(base() + "/requirements", Roles.PLANNER, "{}");
            assertEquals(201, r.status(), r.body());
            long id = r.id();
            assertEquals(base() + "/requirements/" + id, r.header("Location"));
            Reply got = get(base() + "/requirements/" + id, Roles.HR_READ);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) got.json().get("requirements");
            Map<String, Object> at10 = rows.stream()
                    .filter(m -> m.get("queue").equals("Calls") && m.get("intervalStart").equals("2026-03-30T10:00:00+02:00"))
                    .findFirst().orElseThrow();
            // Hand calculation, Erlang C: A = 10.5 × 200 / 3600 = 0.5833 Erl. N = 1: P(wait) = A, SL = 1 − A·e^(−(1−A)·20/200)
            // = 0.44 < 0.8. N = 2: B = (A²/2)/(1 + A + A²/2) = 0.09703, C = B / (1 − (A/2)(1 − B)) = 0.13172,
            // SL = 1 − C·e^(−(2 − A)·0.1) = 0.8857 ≥ 0.8, so 2 raw agents; shrinkage 30%: ceil(2 / 0.7) = 3.
            assertEquals(10.5, ((Number) at10.get("volume")).doubleValue(), 1e-9);
            assertEquals(2, ((Number) at10.get("agentsRaw")).intValue());
            assertEquals(3, ((Number) at10.get("agentsRequired")).intValue());
            assertEquals(0.8857, ((Number) at10.get("serviceLevel")).doubleValue(), 5e-4);
            assertTrue(rows.stream().anyMatch(m -> m.get("queue").equals("Mail")));

            Reply csv = get(base() + "/requirements/" + id, Roles.HR_READ, "Accept", "text/csv");
            assertEquals(200, csv.status());
            List<String> lines = csv.body().lines().toList();
            assertEquals("queue,interval_start,volume,aht_seconds,agents_raw,agents_required,service_level,asa_seconds,"
                    + "occupancy,abandon_rate", lines.get(0));
            assertEquals(rows.size() + 1, lines.size());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Calls,2026-03-30T10:00:00+02:00,10.5,200,2,3,")), csv.body());
            Map<String, Object> list = get(base() + "/requirements", Roles.HR_READ).json();
            assertEquals(1, ((Number) list.get("total")).intValue());
            @SuppressWarnings("unchecked")
            Map<String, Object> summaryOfRun = ((List<Map<String, Object>>) list.get("items")).get(0);
            assertEquals(got.json().get("queues"), summaryOfRun.get("queues"), "peaks and hours: SQL and rows agree");
            int peak = rows.stream().filter(m -> m.get("queue").equals("Calls"))
                    .mapToInt(m -> ((Number) m.get("agentsRequired")).intValue()).max().orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> callsSummary = ((List<Map<String, Object>>) summaryOfRun.get("queues")).stream()
                    .filter(m -> m.get("queue").equals("Calls")).findFirst().orElseThrow();
            assertEquals(peak, ((Number) callsSummary.get("peakAgentsRequired")).intValue());
            assertFalse(list.toString().contains("agentsRaw"), "the list carries summaries, not rows");
        }

        @Test
        @Order(5)
        void forecastRunsStartedTogetherGetDistinctVersions() throws Exception {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<Reply>> started = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                started.add(pool.submit(() -> post(base() + "/forecasts", Roles.PLANNER,
                        "{\"model\":\"seasonal-naive\",\"horizonDays\":1}")));
            }
            java.util.Set<Integer> versions = new java.util.TreeSet<>();
            for (var f : started) {
                Reply r = f.get();
                assertEquals(202, r.status(), r.body());
                versions.add(((Number) r.json().get("version")).intValue());
                assertEquals("SUCCEEDED", awaitRun(r.id()).get("status"));
            }
            pool.shutdown();
            assertEquals(java.util.Set.of(2, 3, 4, 5), versions);
            assertEquals(5, ((Number) get(base() + "/forecasts", Roles.HR_READ).json().get("total")).intValue());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Map<String, Object>> jsonList(String body) {
            try {
                return (List) json.readValue(body, io.micronaut.core.type.Argument.listOf(Map.class));
            } catch (java.io.IOException e) {
                throw new AssertionError(body, e);
            }
        }

        Map<String, Object> awaitRun(long id) throws InterruptedException {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (true) {
                Map<String, Object> view = get(base() + "/forecasts/" + id, Roles.HR_READ).json();
                @SuppressWarnings("unchecked")
                Map<String, Object> run = (Map<String, Object>) view.get("run");
                String status = (String) run.get("status");
                if (status.equals("SUCCEEDED") || status.equals("FAILED") || System.nanoTime() > deadline) {
                    return run;
                }
                Thread.sleep(100);
            }
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> value(Map<String, Object> view, String queue, String start) {
            return ((List<Map<String, Object>>) view.get("values")).stream()
                    .filter(v -> v.get("queue").equals(queue) && v.get("intervalStart").equals(start))
                    .findFirst().orElseThrow(() -> new AssertionError("no value for " + queue + " at " + start));
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
