package cn.shanghai.achievements.meta;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import cn.shanghai.achievements.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetaResourceTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void describesTheDataset() {
        given().when()
                .get("/api/v1/meta")
                .then()
                .statusCode(200)
                .body("datasetVersion", matchesPattern("[0-9a-f]{16}"))
                .body("lastChange", notNullValue())
                .body("counts.achievements", equalTo(Fixtures.achievements().size()))
                .body("counts.institutions", equalTo(Fixtures.institutions().size()))
                .body("counts.sources", equalTo(5))
                .body("counts.milestones", greaterThan(0))
                .body("counts.citations", greaterThan(0))
                .body(
                        "counts.indicators",
                        equalTo(Fixtures.seed("indicators.json").size()))
                .body("sources", hasSize(5))
                .body("licence.id", equalTo("CC-BY-4.0"));
    }

    @Test
    void everyApiResponseNamesTheReleaseItCameFrom() {
        String version = given().when().get("/api/v1/meta").then().extract().path("datasetVersion");
        String release = given().when().get("/api/v1/meta").then().extract().header("Dataset-Release");
        org.junit.jupiter.api.Assertions.assertTrue(release != null && release.matches("[1-9][0-9]*"), release);
        for (String path : new String[] {
            "/api/v1/achievements?size=2", "/api/v1/achievements/gv-971", "/api/v1/search?q=雪龙", "/api/v1/nothing-here"
        }) {
            String etag = given().when()
                    .get(path)
                    .then()
                    .header("Dataset-Version", equalTo(version))
                    .header("Dataset-Release", equalTo(release))
                    .extract()
                    .header("ETag");
            if (etag != null) {
                // a cached answer and a 304 say so too
                given().header("If-None-Match", etag)
                        .when()
                        .get(path)
                        .then()
                        .statusCode(304)
                        .header("Dataset-Version", equalTo(version))
                        .header("Dataset-Release", equalTo(release));
            }
        }
    }

    @Test
    void readinessReportsTheLoadedSeed() {
        String version = given().when().get("/api/v1/meta").then().extract().path("datasetVersion");
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'seed' }.data.datasetVersion", equalTo(version));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsHaveEndpointLatencyHistogramsSeedLoadsAndThePool() {
        given().when().get("/api/v1/meta").then().statusCode(200);
        given().when()
                .get(metrics)
                .then()
                .statusCode(200)
                .body(Matchers.containsString("http_server_requests_seconds_bucket"))
                .body(Matchers.containsString("uri=\"/api/v1/meta\""))
                .body(Matchers.containsString("catalogue_seed_load_seconds"))
                .body(Matchers.containsString("agroal_"));
    }

    @Test
    void operationsEndpointsAnswer() {
        given().when().get(metrics).then().statusCode(200);
        // metrics are for operators: on the management interface only, never on the public port
        given().when().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
