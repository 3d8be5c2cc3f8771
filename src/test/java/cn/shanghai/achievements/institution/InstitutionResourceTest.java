package cn.shanghai.achievements.institution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.shanghai.achievements.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstitutionResourceTest {

    private static final String LIST = "/api/v1/institutions";

    @Test
    void listsEveryInstitutionPaged() {
        given().when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo(Fixtures.institutions().size()))
                .body("items[0].name.en", notNullValue())
                .body("items[0].links.achievements", containsString("/achievements"))
                .header("Link", containsString("rel=\"last\""));
    }

    @Test
    void findsAnInstitutionByAnyAlias() {
        given().queryParam("q", "中科院上海药物研究所")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.SIMM));
        given().queryParam("q", "materia medica")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.SIMM));
    }

    @Test
    void filtersByType() {
        given().queryParam("type", "university")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.type", everyItem(equalTo("university")));
        given().queryParam("type", "castle")
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("type"));
    }

    @Test
    void detailShowsParentChildrenAndCount() {
        given().when()
                .get(LIST + "/" + Fixtures.SIMM)
                .then()
                .statusCode(200)
                .body("id", equalTo(Fixtures.SIMM))
                .body("type", equalTo("research-institute"))
                .body("aliases", hasItem("中科院上海药物研究所"))
                .body("parent.id", equalTo(Fixtures.CAS))
                .body("achievementCount", greaterThan(0));
        given().when()
                .get(LIST + "/" + Fixtures.CAS)
                .then()
                .statusCode(200)
                .body("children.id", hasItem(Fixtures.SIMM));
    }

    @Test
    void unknownAndMalformedIds() {
        given().when().get(LIST + "/nobody").then().statusCode(404).contentType("application/problem+json");
        given().when().get(LIST + "/No_Body").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badPagingIs400() {
        given().queryParam("size", "1000")
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("size"));
    }

    @Test
    void anInstitutionsAchievementsIncludeThoseOfInstitutionsBelowIt() {
        given().when()
                .get(LIST + "/" + Fixtures.SIMM + "/achievements")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.GV_971));
        given().queryParam("size", 100)
                .when()
                .get(LIST + "/" + Fixtures.CAS + "/achievements")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.GV_971));
        given().queryParam("category", "satellite")
                .when()
                .get(LIST + "/" + Fixtures.SIMM + "/achievements")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void achievementsOfAnUnknownInstitutionIs404() {
        given().when()
                .get(LIST + "/nobody/achievements")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("size", "x")
                .when()
                .get(LIST + "/" + Fixtures.SIMM + "/achievements")
                .then()
                .statusCode(400);
    }

    @Test
    void anInstitutionsCountRollsUpItsChildrenAsItsAchievementsDo() {
        for (String id : java.util.List.of(Fixtures.CAS, "simm", "fudan")) {
            int count = given().when()
                    .get(LIST + "/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("achievementCount");
            given().when()
                    .get(LIST + "/" + id + "/achievements")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(count));
        }
    }
}
