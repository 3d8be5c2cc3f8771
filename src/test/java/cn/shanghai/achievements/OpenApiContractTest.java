package cn.shanghai.achievements;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is exactly what the running service serves. When the API changes, regenerate it
 * with: ./mvnw -Dopenapi.write=true test -Dtest=OpenApiContractTest
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi.yaml");

    @Test
    void committedContractEqualsTheServedOne() throws Exception {
        String served = given().when()
                .get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing; write it with -Dopenapi.write=true");
        assertEquals(
                Files.readString(COMMITTED, StandardCharsets.UTF_8),
                served,
                "openapi.yaml differs from the served contract; regenerate with -Dopenapi.write=true and review the diff");
    }

    @Test
    void everyOperationHasASummaryAndDocumentsItsErrors() {
        String served =
                given().when().get("/q/openapi?format=yaml").then().extract().asString();
        for (String path : new String[] {
            "/api/v1/achievements:",
            "/api/v1/achievements/{id}:",
            "/api/v1/institutions:",
            "/api/v1/institutions/{id}:",
            "/api/v1/institutions/{id}/achievements:",
            "/api/v1/sources:",
            "/api/v1/sources/{id}:",
            "/api/v1/categories:",
            "/api/v1/meta:",
            "/api/v1/indicators:"
        }) {
            assertTrue(served.contains(path), "missing " + path);
        }
        assertTrue(served.contains("application/problem+json"));
        assertTrue(!served.contains("summary: null"));
    }
}
