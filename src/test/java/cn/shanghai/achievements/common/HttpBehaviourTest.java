package cn.shanghai.achievements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class HttpBehaviourTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/achievements",
                "/api/v1/achievements/gv-971",
                "/api/v1/institutions",
                "/api/v1/institutions/simm",
                "/api/v1/institutions/simm/achievements",
                "/api/v1/sources",
                "/api/v1/sources/sh-stp-2018",
                "/api/v1/categories",
                "/api/v1/meta",
                "/api/v1/indicators"
            })
    void everyGetHasAStrongEtagAndRevalidatesTo304(String path) {
        String etag = given().when()
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        Assertions.assertFalse(etag.startsWith("W/"), "strong ETag expected: " + etag);
        given().header("If-None-Match", etag)
                .when()
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyOrNullString());
    }

    @Test
    void differentRepresentationsHaveDifferentEtags() {
        String a = given().queryParam("page", 1)
                .when()
                .get("/api/v1/achievements")
                .then()
                .extract()
                .header("ETag");
        String b = given().queryParam("page", 2)
                .when()
                .get("/api/v1/achievements")
                .then()
                .extract()
                .header("ETag");
        assertNotEquals(a, b);
    }

    @Test
    void aStaleEtagGetsTheFullResponse() {
        given().header("If-None-Match", "\"stale\"")
                .when()
                .get("/api/v1/meta")
                .then()
                .statusCode(200);
    }

    @Test
    void errorsAreNotCachedAsSuccesses() {
        given().when()
                .get("/api/v1/achievements/no-such-thing")
                .then()
                .statusCode(404)
                .header("ETag", (String) null)
                .header("Cache-Control", "no-store");
    }

    @Test
    void corsAllowsAnyOriginForReads() {
        given().header("Origin", "https://news.example.org")
                .when()
                .get("/api/v1/categories")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://news.example.org")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/achievements")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void unknownPathsUnderTheApiAre404Problems() {
        given().when()
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void writesAreRefusedWithAProblem() {
        given().contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/achievements")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
        given().when()
                .delete("/api/v1/achievements/gv-971")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void unacceptableMediaTypeIsA406Problem() {
        given().accept("application/xml")
                .when()
                .get("/api/v1/achievements/gv-971")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void responsesAreUtf8Json() {
        given().when()
                .get("/api/v1/achievements/gv-971")
                .then()
                .contentType(containsString("application/json"))
                .body(containsString("九期一"));
    }
}
