package org.staffcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.staffcast.api.support.TestDatabases;

/**
 * Runs the packaged {@code staffcast.jar serve} as a separate process, exactly as a user would: with no settings it
 * creates the embedded H2 database under {@code ./staffcast-data/}; with {@code DATASOURCE_URL} etc. it uses MariaDB.
 */
class ServeJarIT {

    private static final Path JAR = Path.of("target", "staffcast.jar");

    @Test
    void servesHealthOnTheEmbeddedDatabase() throws Exception {
        Path cwd = Files.createTempDirectory("staffcast-serve");
        String body = serveAndGetHealth(cwd, Map.of());
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("H2"), body);
        assertTrue(Files.exists(cwd.resolve("staffcast-data").resolve("staffcast.mv.db")), "H2 file under ./staffcast-data/");
    }

    @Test
    void servesHealthOnMariaDbFromEnvironment() throws Exception {
        Map<String, Object> db = TestDatabases.freshMariaDb();
        Path cwd = Files.createTempDirectory("staffcast-serve");
        String body = serveAndGetHealth(cwd, Map.of(
                "DATASOURCE_URL", (String) db.get("datasources.default.url"),
                "DATASOURCE_USERNAME", (String) db.get("datasources.default.username"),
                "DATASOURCE_PASSWORD", (String) db.get("datasources.default.password")));
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("MariaDB"), body);
        assertTrue(!Files.exists(cwd.resolve("staffcast-data")), "no embedded database when DATASOURCE_URL is set");
    }

    private static String serveAndGetHealth(Path cwd, Map<String, String> env) throws Exception {
        assertTrue(Files.exists(JAR), "run after package: " + JAR.toAbsolutePath());
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(), "serve", "--port", Integer.toString(port)));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(cwd.resolve("server.log").toFile());
        pb.environment().remove("DATASOURCE_URL");
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new AssertionError("server exited with " + p.exitValue() + ":\n" + Files.readString(cwd.resolve("server.log")));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), r.body());
                    return r.body();
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            throw new AssertionError("no answer on /health within 60 s:\n" + Files.readString(cwd.resolve("server.log")));
        } finally {
            p.destroy();
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
