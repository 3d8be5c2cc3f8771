package cn.shanghai.achievements.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class EdgeTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/meta", "/api/v1/achievements/no-such-thing", "/q/health/ready", "/q/openapi"})
    void everyResponseCarriesSecurityHeadersAndARequestId(String path) {
        given().when()
                .get(path)
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", notNullValue())
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("Server", (String) null);
    }

    @Test
    void theSwaggerUiGetsAPolicyThatLetsItRun() {
        given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void aCallersRequestIdIsKeptAndAnUnsafeOneReplaced() {
        given().header("X-Request-Id", "trace-123.abc")
                .when()
                .get("/api/v1/meta")
                .then()
                .header("X-Request-Id", "trace-123.abc");
        given().header("X-Request-Id", "<script>alert(1)</script>")
                .when()
                .get("/api/v1/meta")
                .then()
                .header("X-Request-Id", not(containsString("<")));
    }

    @Test
    void traceAndConnectAreRefusedWithAProblem() {
        given().when()
                .request("TRACE", "/api/v1/meta")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"));
    }

    @Test
    void aClientOverItsBurstGets429WithRetryAfterAndRateLimitHeaders() {
        String client = "203.0.113.77";
        int burst = 20;
        int allowed = 0;
        Response refused = null;
        for (int i = 0; i < burst + 50 && refused == null; i++) {
            Response r = given().header("X-Forwarded-For", client).when().get("/api/v1/categories");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                Assertions.assertEquals(200, r.statusCode());
                Assertions.assertEquals(String.valueOf(burst), r.header("RateLimit-Limit"));
                allowed++;
            }
        }
        Assertions.assertNotNull(refused, "never limited");
        Assertions.assertTrue(allowed >= burst, "the burst is allowed: " + allowed);
        refused.then()
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429));
        // other clients and health probes are unaffected
        given().header("X-Forwarded-For", "203.0.113.78")
                .when()
                .get("/api/v1/categories")
                .then()
                .statusCode(200);
        given().header("X-Forwarded-For", client)
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(200);
    }

    @Test
    void unknownPathsAnywhereAreProblems() {
        given().when().get("/nothing/here").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v2/achievements").then().statusCode(404).contentType("application/problem+json");
    }
}
