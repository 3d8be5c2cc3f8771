package cn.shanghai.achievements.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import cn.shanghai.achievements.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {

    @Test
    void listsStatisticsWithPeriodUnitAndCitation() {
        given().queryParam("size", 100)
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .body("total", equalTo(Fixtures.seed("indicators.json").size()))
                .body("items.period", everyItem(notNullValue()))
                .body("items.unit.en", everyItem(notNullValue()))
                .body("items.collect { it.citations.size() }", everyItem(greaterThan(0)));
    }

    @Test
    void filtersByMetricAndPeriod() {
        given().queryParam("metric", "biomedicine-industry-scale")
                .queryParam("from", "2023")
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .body("items.metric", everyItem(equalTo("biomedicine-industry-scale")))
                .body("items.find { it.period == '2023' }.value", equalTo(9337));
    }

    @Test
    void badFiltersAre400() {
        given().queryParam("metric", "no-such-metric")
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("metric"));
        given().queryParam("from", "2023-14")
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("from"));
    }

    @Test
    void valuesSayHowTheyRelateToTheTextWhatTheyCountAndWhere() {
        given().when()
                .get("/api/v1/indicators?size=100")
                .then()
                .statusCode(200)
                .body("items.measure", everyItem(notNullValue()))
                .body("items.scope", everyItem(notNullValue()))
                .body("items.cite.en", everyItem(org.hamcrest.Matchers.containsString("dataset version")))
                .body(
                        "items.findAll { it.qualifier == 'target' }.metric",
                        everyItem(org.hamcrest.Matchers.endsWith("-target")))
                .body("items.find { it.id == 'functional-platform-team-members-2018' }.qualifier", equalTo("over"))
                .body(
                        "items.find { it.id == 'functional-platform-team-members-2018' }.name.en",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("more than")));
    }
}
