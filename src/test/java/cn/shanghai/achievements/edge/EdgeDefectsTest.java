package cn.shanghai.achievements.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per defect that outside tools found at the edge (issue 10), each failing before its fix: requests no
 * client library sends, unbounded metric series, a rate limit that a forged X-Forwarded-For bypassed, CORS missing
 * on the edge's own answers, silently ignored parameters, and empty bodies from the HTTP layer.
 */
@QuarkusTest
class EdgeDefectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private static void isProblem(RawHttp.Answer a, int status) {
        assertEquals(status, a.status(), a.toString());
        assertEquals("application/problem+json", a.header("Content-Type"), a.toString());
        assertTrue(a.body().contains("\"status\":" + status), a.body());
        assertNotNull(a.header("X-Request-Id"), "request id");
        assertEquals("nosniff", a.header("X-Content-Type-Options"));
        assertEquals("*", a.header("Access-Control-Allow-Origin"));
    }

    // 1. A 500 for HTTP/1.0 without Host, HTTP/1.1 without Host, and a target that does not start with "/"

    @Test
    void http10WithoutHostIsAnsweredLikeAnyOtherRequest() {
        RawHttp.Answer bad = RawHttp.send("GET /api/v1/achievements?page=0 HTTP/1.0\r\n\r\n");
        isProblem(bad, 400);
        assertTrue(bad.body().contains("\"parameter\":\"page\""), bad.body());
        RawHttp.Answer ok = RawHttp.send("GET /api/v1/achievements?size=3 HTTP/1.0\r\n\r\n");
        assertEquals(200, ok.status(), ok.toString());
        assertTrue(ok.header("Link").contains("rel=\"next\""), "paging links need no Host: " + ok.header("Link"));
    }

    @Test
    void http11WithoutHostAndTargetsThatAreNotPathsAreProblems() {
        // the test profile trusts this machine as a proxy, and Quarkus then fills in a missing Host from the socket:
        // the packaged service (PackagedServiceIT) answers it with a 400 problem
        RawHttp.Answer noHost = RawHttp.send("GET /api/v1/achievements HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertTrue(noHost.status() == 200 || noHost.status() == 400, noHost.toString());
        assertNotNull(noHost.header("X-Request-Id"));
        isProblem(RawHttp.send("GET api/v1/achievements HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        isProblem(RawHttp.send("GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        RawHttp.Answer options = RawHttp.send("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(204, options.status());
        assertEquals("GET, HEAD, OPTIONS", options.header("Allow"));
    }

    // 2. Metric series grew without bound; edge refusals were never rate limited; metrics were public

    @Test
    void metricsLabelEveryResponseByRouteTemplateOrUnknown() {
        String client = "198.51.100.21";
        for (int i = 0; i < 40; i++) {
            given().when().get("/api/v1/achievements/gv-971?lang=en").then().statusCode(200); // cached after the first
            given().when().get("/api/v1/nothing/here-" + i).then().statusCode(404);
            given().header("X-Forwarded-For", client)
                    .when()
                    .get("/api/v1/nothing/there-" + i); // 429 once over the burst
            assertEquals(400, RawHttp.get("/api/v1/bad-escape-" + i + "?q=%zz").status());
        }
        String body =
                given().when().get(metrics).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"")
                .matcher(body);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertFalse(
                uris.stream().anyMatch(u -> u.contains("here-") || u.contains("there-") || u.contains("bad-escape")),
                uris.toString());
        assertTrue(uris.contains("/api/v1/achievements/{id}"), "cached answers counted under their template: " + uris);
        assertTrue(uris.stream().noneMatch(u -> u.equals("/api/v1/achievements/gv-971")), uris.toString());
        assertTrue(uris.size() < 40, "bounded: " + uris);
    }

    @Test
    void refusalsAtTheEdgeCountAgainstTheClientsLimit() {
        String client = "198.51.100.22";
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            int status = RawHttp.get("/api/v1/search?q=%zz" + i, "X-Forwarded-For: " + client)
                    .status();
            if (status == 429) {
                refused++;
            } else {
                assertEquals(400, status);
            }
        }
        assertTrue(refused > 0, "30 malformed requests against a burst of 20 must meet the limit");
    }

    @Test
    void metricsAreServedOnTheManagementInterfaceOnly() {
        given().when().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().when().get(metrics).then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    // 3. The rate limit was bypassed behind a proxy by a random X-Forwarded-For per request

    @Test
    void aForgedForwardedForDoesNotEscapeTheLimit() {
        // the proxy (127.0.0.1, trusted) appends the real client; what the client wrote sits to its left
        long started = System.nanoTime();
        int allowed = 0;
        for (int i = 0; i < 40; i++) {
            String forged = "10.9." + (i / 250) + "." + (i % 250);
            int status = given().header("X-Forwarded-For", forged + ", 203.0.113.99")
                    .when()
                    .get("/api/v1/categories")
                    .statusCode();
            if (status == 200) {
                allowed++;
            }
        }
        // one client, one bucket: a burst of 20, refilled at one a second while the loop ran
        long refilled = (System.nanoTime() - started) / 1_000_000_000L + 1;
        assertTrue(allowed <= 20 + refilled, allowed + " of 40 allowed in " + refilled + " s");
        assertTrue(allowed < 40, "a forged X-Forwarded-For per request must not get every request through");
    }

    // 4. Browsers could not see a 429: the edge's answers lacked CORS

    @Test
    void every429AndEveryEdgeAnswerCarriesCorsForAnyOrigin() {
        String client = "198.51.100.23";
        Response refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            Response r = given().header("X-Forwarded-For", client)
                    .header("Origin", "null")
                    .when()
                    .get("/api/v1/categories");
            if (r.statusCode() == 429) {
                refused = r;
            }
        }
        assertNotNull(refused);
        refused.then()
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
        for (int i = 0; i < 3; i++) {
            // fresh (twice: the second is kept), then from the cache: the same policy
            given().header("Origin", "https://evil.example.com.attacker.net")
                    .when()
                    .get("/api/v1/achievements/c919")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Vary", not(containsString("Origin")));
        }
    }

    // 5. Silent mistakes: unknown parameters ignored, control-character queries matching everything, and more

    @Test
    void everyOperationRefusesAParameterItDoesNotTake() throws Exception {
        JsonNode api = JSON.readTree(
                given().when().get("/q/openapi?format=json").then().extract().asString());
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = api.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getValue().has("get")) {
                continue;
            }
            String url = path.getKey()
                    .replace(
                            "{id}",
                            path.getKey().startsWith("/api/v1/sources")
                                    ? "sh-stp-2019"
                                    : path.getKey().startsWith("/api/v1/institutions") ? "simm" : "gv-971")
                    .replace("{seq}", "1");
            given().queryParam("categry", "drug")
                    .when()
                    .get(url)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.parameter", hasItem("categry"))
                    .body("errors[0].message", containsString("is not a parameter of this operation"));
            checked++;
        }
        assertTrue(checked >= 14, "every GET operation: " + checked);
        given().queryParam("categry", "drug")
                .when()
                .get("/api/v1/achievements")
                .then()
                .body("errors[0].message", containsString("did you mean 'category'"))
                .body("errors[0].message", containsString("sector"));
    }

    @Test
    void operationsDeclareOnlyTheParametersTheyUse() {
        for (String p : List.of("page", "size")) {
            given().queryParam(p, "0")
                    .when()
                    .get("/api/v1/achievements/facets")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo(p));
            given().queryParam(p, "0")
                    .when()
                    .get("/api/v1/achievements/export")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo(p));
        }
        given().queryParam("lang", "en")
                .when()
                .get("/api/v1/achievements/export")
                .then()
                .statusCode(400);
        given().queryParam("q", "x")
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("q"));
        given().queryParam("sort", "name")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("sort"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%00%01%1F", "%E2%80%8B", "%7F"})
    void aQueryOfNothingButControlCharactersIsRefused(String q) {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/achievements?q=" + q)
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("q"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/search?q=" + q)
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("q"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C3%28", "%FF%FE", "%C0%AF", "%ED%A0%80"})
    void malformedUtf8InAParameterIsRefused(String value) {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/achievements?q=" + value)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("q"));
    }

    @Test
    void ifNoneMatchStarRevalidatesWhatExists() {
        given().header("If-None-Match", "*")
                .when()
                .get("/api/v1/achievements/gv-971")
                .then()
                .statusCode(304);
        given().header("If-None-Match", "*")
                .when()
                .get("/api/v1/achievements/no-such-thing")
                .then()
                .statusCode(404);
    }

    @Test
    void writesAre405ProblemsWithAllowEvenWithAnOrigin() {
        given().header("Origin", "https://news.example.org")
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/achievements")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS")
                .header("Access-Control-Allow-Origin", "*");
        given().when().put("/api/v1/achievements/gv-971").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
    }

    // 6. Empty bodies from the HTTP layer, and raw UTF-8 in the request line refused

    @Test
    void theHttpLayersRefusalsAreProblems() {
        isProblem(RawHttp.send("GET /api/v1/search?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        isProblem(
                RawHttp.send("GET /api/v1/achievements?q=" + "a".repeat(5000)
                        + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                414);
        isProblem(
                RawHttp.send("GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
                        + "\r\nConnection: close\r\n\r\n"),
                431);
        isProblem(
                RawHttp.send(
                        "GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n"),
                413);
    }

    @Test
    void unencodedUtf8InTheRequestLineIsAccepted() {
        byte[] request = "GET /api/v1/search?q=北斗 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer a = RawHttp.send(request);
        assertEquals(200, a.status(), a.toString());
        assertTrue(a.body().contains("beidou"), a.body());
        // the paging links are the canonical, percent-encoded form
        assertTrue(a.header("Link").contains("q=%E5%8C%97%E6%96%97"), a.header("Link"));
        RawHttp.Answer latin1 =
                RawHttp.send("GET /api/v1/search?q=\u00e9t\u00e9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        isProblem(latin1, 400);
        assertTrue(latin1.body().contains("UTF-8"), latin1.body());
    }

    @Test
    void errorsFromAllLayersHaveOneShape() {
        List<RawHttp.Answer> answers = new ArrayList<>();
        answers.add(
                RawHttp.send("GET /api/v1/achievements/NOT-A-SLUG HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        answers.add(RawHttp.send("TRACE /api/v1/meta HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        answers.add(RawHttp.send("GET /api/v1/meta?x=%G0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        for (RawHttp.Answer a : answers) {
            assertTrue(a.status() >= 400 && a.status() < 500, a.toString());
            assertEquals("application/problem+json", a.header("Content-Type"), a.toString());
            assertTrue(a.body().startsWith("{\"type\":\"https://achievements.sh.cn/problems/"), a.body());
        }
    }
}
