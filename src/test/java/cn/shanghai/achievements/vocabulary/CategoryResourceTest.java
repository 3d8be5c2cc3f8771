package cn.shanghai.achievements.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
