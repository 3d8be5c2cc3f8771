package cn.shanghai.achievements.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryResourceTest {

    @Test
    void listsTheVocabularyWithTheHeadlineCategories() {
        given().when()
                .get("/api/v1/categories")
                .then()
                .statusCode(200)
                .body("id", hasItems("drug", "medical-device", "chip", "satellite", "aircraft"))
                .body("find { it.id == 'drug' }.name.en", equalTo("Drug"))
                .body("find { it.id == 'drug' }.sector", equalTo("biomedicine"));
    }

    @Test
    void countsAgreeWithTheListTotals() {
        List<Map<String, Object>> categories =
                given().when().get("/api/v1/categories").then().extract().path("$");
        int sum = 0;
        for (Map<String, Object> c : categories) {
            int count = (Integer) c.get("count");
            int total = given().queryParam("category", c.get("id"))
                    .when()
                    .get("/api/v1/achievements")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("total");
            assertEquals(total, count, "category " + c.get("id"));
            sum += count;
        }
        assertEquals(Fixtures.achievements().size(), sum);
    }

    @Test
    void milestoneTypesAreDefinedAndCountedAndTheirFilterAgrees() {
        List<Map<String, Object>> types = given().when()
                .get("/api/v1/milestone-types")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        Map<String, Object> approved = types.stream()
                .filter(t -> t.get("id").equals("approved"))
                .findFirst()
                .orElseThrow();
        assertEquals("获批上市", ((Map<?, ?>) approved.get("name")).get("zh-Hans"));
        for (Map<String, Object> t : types) {
            Map<?, ?> definition = (Map<?, ?>) t.get("definition");
            for (String tag : List.of("zh-Hans", "zh-Hant", "en")) {
                assertTrue(!String.valueOf(definition.get(tag)).isBlank(), t.get("id") + " " + tag);
            }
        }
        // the types the documents needed: a test airframe's first flight, a running total, a status, sea trials
        assertTrue(types.stream()
                .map(t -> t.get("id"))
                .toList()
                .containsAll(List.of(
                        "airframe-first-flight",
                        "running-total",
                        "status-reported",
                        "sea-trials-started",
                        "first-international-route")));
        int achievements = (Integer) approved.get("achievements");
        given().queryParam("milestone", "approved")
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .body("total", equalTo(achievements));
        assertTrue((Integer) approved.get("milestones") >= achievements);
    }

    @Test
    void sectorsAreDefinedAndCounted() {
        List<Map<String, Object>> sectors = given().when()
                .get("/api/v1/sectors")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        int sum = 0;
        for (Map<String, Object> s : sectors) {
            assertTrue(
                    !String.valueOf(((Map<?, ?>) s.get("definition")).get("en")).isBlank());
            sum += (Integer) s.get("achievements");
        }
        assertEquals(Fixtures.achievements().size(), sum);
    }
}
