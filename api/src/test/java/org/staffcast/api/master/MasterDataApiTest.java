package org.staffcast.api.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.staffcast.api.security.Roles;
import org.staffcast.api.support.ApiTestSupport;
import org.staffcast.api.support.TestDatabases;

/** CRUD, pagination, validation, ETag/If-Match, 404/409/415/406 of the master data endpoints, on H2 and MariaDB. */
class MasterDataApiTest {

    abstract static class Checks extends ApiTestSupport {

        static final String ADMIN = Roles.ADMIN;

        long site(String name) {
            return create("/api/v1/sites", """
                    {"name":"%s","timeZone":"Europe/Berlin"}""".formatted(name));
        }

        @Test
        void siteLifecycleWithEtagsAndOptimisticLocking() {
            Reply created = post("/api/v1/sites", Roles.PLANNER,
                    "{\"name\":\"Berlin Süd ☎\",\"timeZone\":\"Europe/Berlin\",\"intervalMinutes\":30}");
            assertEquals(201, created.status(), created.body());
            long id = created.id();
            assertEquals("/api/v1/sites/" + id, created.header("Location"));
            assertEquals("\"0\"", created.header("ETag"));
            assertEquals("Berlin Süd ☎", created.json().get("name"));
            assertEquals("MONDAY", created.json().get("firstDayOfWeek"));

            Reply got = get("/api/v1/sites/" + id, Roles.HR_READ);
            assertEquals(200, got.status());
            assertEquals(30, ((Number) got.json().get("intervalMinutes")).intValue());

            Reply updated = put("/api/v1/sites/" + id, Roles.PLANNER,
                    "{\"name\":\"Berlin Nord\",\"timeZone\":\"Europe/Berlin\",\"firstDayOfWeek\":\"SUNDAY\"}",
                    "If-Match", "\"0\"");
            assertEquals(200, updated.status(), updated.body());
            assertEquals("\"1\"", updated.header("ETag"));
            assertEquals("SUNDAY", updated.json().get("firstDayOfWeek"));

            // a second writer who still holds version 0 loses
            Reply stale = put("/api/v1/sites/" + id, Roles.PLANNER,
                    "{\"name\":\"Berlin West\",\"timeZone\":\"Europe/Berlin\"}", "If-Match", "\"0\"");
            stale.problem(409);
            assertEquals("Berlin Nord", get("/api/v1/sites/" + id, ADMIN).json().get("name"));
            delete("/api/v1/sites/" + id, ADMIN, "If-Match", "\"0\"").problem(409);

            assertEquals(204, delete("/api/v1/sites/" + id, ADMIN, "If-Match", "\"1\"").status());
            get("/api/v1/sites/" + id, ADMIN).problem(404);
        }

        @Test
        void listsArePaginatedInIdOrder() {
            long siteId = site("Paging");
            for (int i = 0; i < 7; i++) {
                create("/api/v1/sites/" + siteId + "/skills", "{\"name\":\"skill " + i + "\"}");
            }
            Reply p1 = get("/api/v1/sites/" + siteId + "/skills?page=1&size=3", Roles.HR_READ);
            assertEquals(200, p1.status(), p1.body());
            Map<String, Object> page = p1.json();
            assertEquals(7, ((Number) page.get("total")).intValue());
            assertEquals(1, ((Number) page.get("page")).intValue());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            assertEquals(List.of("skill 3", "skill 4", "skill 5"), items.stream().map(m -> m.get("name")).toList());
            assertEquals(List.of("size"), get("/api/v1/sites/" + siteId + "/skills?size=0", ADMIN).fields());
            assertEquals(List.of("size"), get("/api/v1/sites/" + siteId + "/skills?size=100000", ADMIN).fields());
            get("/api/v1/sites/" + siteId + "/skills?page=abc", ADMIN).problem(400);
            get("/api/v1/sites/999999/skills", ADMIN).problem(404);
        }

        @Test
        void validationNamesEveryBadField() {
            Reply r = post("/api/v1/sites", ADMIN, "{\"name\":\"\",\"timeZone\":\"Mars/Olympus\",\"intervalMinutes\":20}");
            // bean validation runs first (name), then the service checks (time zone, interval) on a valid body
            assertEquals(List.of("name"), r.fields());
            Reply zone = post("/api/v1/sites", ADMIN, "{\"name\":\"x\",\"timeZone\":\"Mars/Olympus\",\"intervalMinutes\":20}");
            assertEquals(List.of("timeZone", "intervalMinutes"), zone.fields());

            long siteId = site("Validation");
            Reply q = post("/api/v1/sites/" + siteId + "/queues", ADMIN, """
                    {"name":"q","channel":"VOICE","target":{"serviceLevel":1.5,"seconds":0},"shrinkage":1.0}""");
            assertEquals(List.of("shrinkage", "target.seconds", "target.serviceLevel"), q.fields());
            Reply agent = post("/api/v1/sites/" + siteId + "/agents", ADMIN, """
                    {"name":"A","skills":[{"skillId":1,"proficiency":9}],"availability":[{"dayOfWeek":"MONDAY","startMinute":600,"endMinute":500}]}""");
            assertEquals(List.of("skills[0].proficiency"), agent.fields());
            Reply agent2 = post("/api/v1/sites/" + siteId + "/agents", ADMIN, """
                    {"name":"A","teamId":424242,"skills":[{"skillId":424242,"proficiency":3}],"availability":[{"dayOfWeek":"MONDAY","startMinute":600,"endMinute":500}]}""");
            assertEquals(List.of("teamId", "skills[0].skillId", "availability[0].endMinute"), agent2.fields());
        }

        @Test
        void queuesTeamsContractsTemplatesAndAgentsRoundTrip() {
            long siteId = site("Round trip");
            String base = "/api/v1/sites/" + siteId;
            long voice = create(base + "/skills", "{\"name\":\"voice-de\"}");
            long email = create(base + "/skills", "{\"name\":\"email\"}");
            long queue = create(base + "/queues", """
                    {"name":"Hotline","channel":"VOICE","skillId":%d,"target":{"serviceLevel":0.8,"seconds":20},
                     "shrinkage":0.3,"maxOccupancy":0.9,"patienceSeconds":120,"priority":5}""".formatted(voice));
            Map<String, Object> q = get(base + "/queues/" + queue, Roles.MANAGER).json();
            assertEquals(Map.of("serviceLevel", 0.8, "seconds", 20), q.get("target"));
            assertEquals(0.3, q.get("shrinkage"));
            post(base + "/queues", ADMIN, """
                    {"name":"Mail","channel":"EMAIL","target":{"serviceLevel":0.8,"seconds":20}}""").problem(400);
            create(base + "/queues", """
                    {"name":"Mail","channel":"EMAIL","skillId":%d,"target":{"respondWithinHours":4}}""".formatted(email));

            long team = create(base + "/teams", "{\"name\":\"Team A\"}");
            long early = create(base + "/shift-templates", """
                    {"name":"Early","earliestStartMinute":360,"latestStartMinute":480,"lengthsMinutes":[540,480],
                     "breakMinutes":15,"lunchMinMinutes":30,"lunchMaxMinutes":60}""");
            Map<String, Object> t = get(base + "/shift-templates/" + early, ADMIN).json();
            assertEquals(List.of(480, 540), t.get("lengthsMinutes"));
            long contract = create(base + "/contracts", """
                    {"name":"Full time","minMinutesPerWeek":2100,"maxMinutesPerWeek":2400,"maxDaysPerWeek":5,
                     "maxConsecutiveWorkingDays":6,"minConsecutiveDaysOff":2,"minRestHours":11,"maxWeekends":2,
                     "allowedShiftTemplateIds":[%d]}""".formatted(early));
            assertEquals(List.of((int) early), get(base + "/contracts/" + contract, ADMIN).json().get("allowedShiftTemplateIds"));

            Reply a = post(base + "/agents", Roles.PLANNER, """
                    {"name":"Zoë Ünal","externalId":"E-1","teamId":%d,"contractId":%d,
                     "skills":[{"skillId":%d,"proficiency":5},{"skillId":%d,"proficiency":2}],
                     "availability":[{"dayOfWeek":"MONDAY","startMinute":420,"endMinute":1080}],
                     "timeOff":[{"firstDay":"2026-12-24","lastDay":"2026-12-31","reason":"holiday"}],
                     "preferences":[{"kind":"DAY_OFF","dayOfWeek":"FRIDAY"},{"kind":"PREFER_START","dayOfWeek":"MONDAY","startMinute":420,"weight":3}]}"""
                    .formatted(team, contract, voice, email));
            assertEquals(201, a.status(), a.body());
            long agent = a.id();
            Map<String, Object> got = get(base + "/agents/" + agent, Roles.HR_READ).json();
            assertEquals("Zoë Ünal", got.get("name"));
            assertEquals(2, ((List<?>) got.get("skills")).size());
            assertEquals(List.of(Map.of("firstDay", "2026-12-24", "lastDay", "2026-12-31", "reason", "holiday")), got.get("timeOff"));
            assertEquals(2, ((List<?>) got.get("preferences")).size());

            // replace the child lists
            Reply upd = put(base + "/agents/" + agent, ADMIN, """
                    {"name":"Zoë Ünal","teamId":%d,"skills":[{"skillId":%d,"proficiency":4}]}""".formatted(team, email),
                    "If-Match", a.header("ETag"));
            assertEquals(200, upd.status(), upd.body());
            assertEquals(List.of(Map.of("skillId", (int) email, "proficiency", 4)), upd.json().get("skills"));
            assertEquals(List.of(), upd.json().get("timeOff"));
            assertEquals(1, ((Number) get(base + "/agents?size=10", ADMIN).json().get("total")).intValue());

            // things in use are not deleted; duplicates are conflicts
            delete(base + "/skills/" + email, ADMIN).problem(409);
            delete(base + "/teams/" + team, ADMIN).problem(409);
            delete(base + "/shift-templates/" + early, ADMIN).problem(409);
            post(base + "/teams", ADMIN, "{\"name\":\"Team A\"}").problem(409);
            // ids of another site are unknown here
            long other = site("Other");
            get("/api/v1/sites/" + other + "/queues/" + queue, ADMIN).problem(404);
            post("/api/v1/sites/" + other + "/queues", ADMIN, """
                    {"name":"Hotline","channel":"VOICE","skillId":%d,"target":{"asaSeconds":30}}""".formatted(voice))
                    .problem(400);
            assertEquals(204, delete(base + "/agents/" + agent, ADMIN).status());
            assertEquals(204, delete(base + "/teams/" + team, ADMIN).status());
        }

        @Test
        void mediaTypesAndUnknownRoutes() {
            send("POST", "/api/v1/sites", ADMIN, "text/plain", "name=x").problem(415);
            get("/api/v1/sites", ADMIN, "Accept", "text/csv").problem(406);
            get("/api/v1/nothing-here", ADMIN).problem(404);
            send("PATCH", "/api/v1/sites/1", ADMIN, "application/json", "{}").problem(405);
        }

        @Test
        void concurrentUpdatesWithTheSameEtagLetExactlyOneWin() throws Exception {
            long siteId = site("Race");
            long skill = create("/api/v1/sites/" + siteId + "/skills", "{\"name\":\"s\"}");
            int writers = 6;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                Callable<Integer> c = () -> {
                    start.await();
                    return put("/api/v1/sites/" + siteId + "/skills/" + skill, ADMIN, "{\"name\":\"writer " + n + "\"}",
                            "If-Match", "\"0\"").status();
                };
                results.add(pool.submit(c));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(writers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            Reply now = get("/api/v1/sites/" + siteId + "/skills/" + skill, ADMIN);
            assertEquals("\"1\"", now.header("ETag"));
            assertNotNull(now.json().get("name"));
        }

        @Test
        void openApiIsServedAnonymously() {
            Reply r = get("/api/v1/openapi.yml", null);
            assertEquals(200, r.status());
            assertTrue(r.body().contains("/api/v1/sites/{siteId}/agents"), r.body().substring(0, 200));
            assertTrue(r.body().contains("openapi: 3"), r.body().substring(0, 100));
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
