package cn.shanghai.achievements.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.HealthProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Black-box tests of the packaged jar, started as production starts it (java -jar, the prod profile, its own main
 * class), from outside: what only the real start-up can show.
 */
@QuarkusIntegrationTest
class PackagedServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesTheCatalogue() {
        given().when().get("/api/v1/achievements/gv-971").then().statusCode(200).body("id", equalTo("gv-971"));
        given().queryParam("q", "雪龍")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("xuelong-2"));
    }

    @Test
    void requestTargetsAreCheckedByTheEdgeNotRefusedEmpty() throws IOException {
        // the production main class hands every target to the edge: raw UTF-8 is read, a bad escape is a problem
        String utf8 = raw("GET /api/v1/search?q=北斗 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(utf8.startsWith("HTTP/1.1 200"), utf8);
        String escape = raw("GET /api/v1/search?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(escape.startsWith("HTTP/1.1 400") && escape.contains("application/problem+json"), escape);
    }

    @Test
    void http11WithoutHostIsAProblemAndHttp10WithoutHostIsServed() throws IOException {
        String noHost = raw("GET /api/v1/achievements HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertTrue(noHost.startsWith("HTTP/1.1 400") && noHost.contains("Host header"), noHost);
        String http10 = raw("GET /api/v1/achievements?size=1 HTTP/1.0\r\n\r\n");
        assertTrue(http10.startsWith("HTTP/1.0 200"), http10);
    }

    @Test
    void metricsAreOnTheManagementPortOnly() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/api/v1/categories").then().statusCode(200);
        String metrics = "";
        for (int attempt = 0; attempt < 50 && !metrics.contains("uri=\"/api/v1/categories\""); attempt++) {
            metrics = given().port(9001)
                    .when()
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
        }
        assertTrue(
                metrics.contains("http_server_requests_seconds_count"),
                metrics.substring(0, Math.min(500, metrics.length())));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theContainersHealthProbeSeesReadiness() {
        assertTrue(HealthProbe.ready("http://localhost:" + RestAssured.port + "/q/health/ready"));
        assertFalse(HealthProbe.ready("http://localhost:" + RestAssured.port + "/q/health/nothing"));
    }

    @Test
    void swaggerUiTriesRequestsAgainstThisInstance() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("servers[0].url", equalTo("/"));
    }

    @Test
    void startsWithoutWarningsAndLogsRequestsAsStructuredFields() throws Exception {
        given().when().get("/api/v1/meta").then().statusCode(200);
        Path log = Path.of("target", "quarkus.log");
        List<JsonNode> lines = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            lines.clear();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("{")) {
                    lines.add(JSON.readTree(line));
                }
            }
            if (lines.stream()
                    .anyMatch(l -> "/api/v1/meta"
                            .equals(l.path("mdc").path("http.path").asText()))) {
                break;
            }
            Thread.sleep(100);
        }
        List<String> warnings = lines.stream()
                .filter(l -> l.path("level").asText().matches("WARN|ERROR"))
                .map(l ->
                        l.path("loggerName").asText() + ": " + l.path("message").asText())
                .toList();
        assertEquals(List.of(), warnings, "a start-up without warnings");
        JsonNode access = lines.stream()
                .filter(l ->
                        "/api/v1/meta".equals(l.path("mdc").path("http.path").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access log line for /api/v1/meta"));
        assertEquals("GET", access.path("mdc").path("http.method").asText());
        assertEquals("200", access.path("mdc").path("http.status").asText());
        assertFalse(access.path("mdc").path("requestId").asText().isEmpty());
    }
}
