package cn.shanghai.achievements.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import cn.shanghai.achievements.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    @Test
    void listsTheFiveDocumentsWithCitationCounts() {
        given().when()
                .get("/api/v1/sources")
                .then()
                .statusCode(200)
                .body("$", hasSize(5))
                .body("id", hasItem(Fixtures.REPORT_2018))
                .body("title.'zh-Hans'", everyItem(notNullValue()))
                .body("find { it.id == 'sh-stp-2018' }.citations", greaterThan(0))
                .body("find { it.id == 'sh-stp-2018' }.reportingYear", equalTo(2018));
    }

    @Test
    void detailSaysWhatTheDocumentSupports() {
        given().when()
                .get("/api/v1/sources/" + Fixtures.REPORT_2019)
                .then()
                .statusCode(200)
                .body("kind", equalTo("report"))
                .body("supports.id", hasItem(Fixtures.GV_971))
                .body("supports.find { it.id == 'gv-971' }.milestones", greaterThan(0))
                .body("supports.find { it.id == 'gv-971' }.href", equalTo("/api/v1/achievements/gv-971"));
    }

    @Test
    void unknownAndMalformedIds() {
        given().when()
                .get("/api/v1/sources/unknown-doc")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/sources/UNKNOWN").then().statusCode(400).contentType("application/problem+json");
    }
}
