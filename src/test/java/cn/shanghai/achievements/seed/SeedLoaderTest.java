package cn.shanghai.achievements.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.Fixtures;
import cn.shanghai.achievements.catalogue.Catalogues;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Inject
    Catalogues catalogues;

    /** Loads as start-up does, then lets this instance serve what was written (the watcher would, within seconds). */
    private SeedLoader.Report load(String location) {
        SeedLoader.Report r = loader.load(location);
        catalogues.refresh();
        return r;
    }

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheShippedSeed() {
        load("classpath:seed");
    }

    private static String version() {
        return given().when()
                .get("/api/v1/meta")
                .then()
                .statusCode(200)
                .extract()
                .path("datasetVersion");
    }

    @Test
    void loadingTheSameSeedAgainWritesNothing() {
        String before = version();
        SeedLoader.Report report = load("classpath:seed");
        assertFalse(report.written());
        assertEquals(before, version());
        given().when()
                .get("/api/v1/meta")
                .then()
                .body("counts.achievements", equalTo(Fixtures.achievements().size()));
    }

    @Test
    void aChangedSeedAddsUpdatesAndRemovesInOneGo() throws Exception {
        String before = version();
        String etagBefore = given().when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .extract()
                .header("ETag");
        SeedMutations seed = new SeedMutations()
                .edit(
                        Seed.ACHIEVEMENTS,
                        Fixtures.GV_971,
                        a -> ((ObjectNode) a.get("name")).put("en", "Oligomannate, renamed"))
                .editTree(Seed.ACHIEVEMENTS, t -> {
                    ObjectNode copy = t.get(0).deepCopy();
                    copy.put("id", "test-added-record");
                    ((ArrayNode) t).add(copy);
                })
                .editTree(Seed.ACHIEVEMENTS, t -> {
                    ArrayNode all = (ArrayNode) t;
                    for (int i = 0; i < all.size(); i++) {
                        if (all.get(i).get("id").asText().equals(Fixtures.XUELONG_2)) {
                            all.remove(i);
                            return;
                        }
                    }
                });
        SeedLoader.Report report = load(seed.writeTo(dir).toString());

        assertTrue(report.written());
        assertEquals(1, report.added());
        assertEquals(1, report.removed());
        assertNotEquals(before, version());
        given().when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .statusCode(200)
                .body("name.en", equalTo("Oligomannate, renamed"))
                .body(
                        "milestones.size()",
                        equalTo(Fixtures.achievement(Fixtures.GV_971)
                                .get("milestones")
                                .size()));
        given().when().get("/api/v1/achievements/test-added-record").then().statusCode(200);
        // removed: gone, not unknown
        given().when().get("/api/v1/achievements/" + Fixtures.XUELONG_2).then().statusCode(410);
        given().header("If-None-Match", etagBefore)
                .when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .statusCode(200);
        given().queryParam("size", 100)
                .when()
                .get("/api/v1/achievements")
                .then()
                .body("total", equalTo(Fixtures.achievements().size()))
                .body("items.id", hasItem("test-added-record"))
                .body("items.id", not(hasItem(Fixtures.XUELONG_2)));
    }

    @Test
    void anInvalidSeedChangesNothing() throws Exception {
        String before = version();
        SeedMutations seed = new SeedMutations()
                .edit(
                        Seed.ACHIEVEMENTS,
                        Fixtures.GV_971,
                        a -> ((ObjectNode) a.get("name")).put("en", "Should never be written"))
                .edit(Seed.INSTITUTIONS, Fixtures.SIMM, i -> i.put("parentId", "nobody"));
        SeedException e =
                assertThrows(SeedException.class, () -> load(seed.writeTo(dir).toString()));
        assertTrue(
                e.getMessage().contains("institutions.json") && e.getMessage().contains("simm"), e.getMessage());
        assertEquals(before, version());
        given().when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .body("name.en", not(equalTo("Should never be written")));
    }

    @Test
    void anInvalidSeedAtStartUpLeavesTheServiceUpButNotReady() throws Exception {
        String before = version();
        SeedMutations seed =
                new SeedMutations().edit(Seed.ACHIEVEMENTS, Fixtures.GV_971, a -> a.put("category", "potion"));
        loader.start(seed.writeTo(dir).toString());
        catalogues.refresh();
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'seed' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'seed' }.data.firstProblem", Matchers.containsString("potion"));
        // what the database holds is still served
        assertEquals(before, version());
        loader.start("classpath:seed");
        catalogues.refresh();
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void concurrentLoadersWriteOnce() throws Exception {
        SeedMutations changed = new SeedMutations()
                .edit(
                        Seed.ACHIEVEMENTS,
                        Fixtures.GV_971,
                        a -> ((ObjectNode) a.get("name")).put("en", "Oligomannate, concurrently"));
        String location = changed.writeTo(dir).toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SeedLoader.Report>> results = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return loader.load(location);
                }));
            }
            go.countDown();
            int written = 0;
            for (var r : results) {
                if (r.get(60, TimeUnit.SECONDS).written()) {
                    written++;
                }
            }
            assertEquals(1, written, "exactly one loader writes; the others find the version already there");
            catalogues.refresh();
        } finally {
            pool.shutdownNow();
        }
        given().when()
                .get("/api/v1/meta")
                .then()
                .body("counts.achievements", equalTo(Fixtures.achievements().size()));
        given().when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .body("name.en", equalTo("Oligomannate, concurrently"));
    }

    @Test
    void aMissingSeedFolderIsAClearError() {
        SeedException e = assertThrows(
                SeedException.class, () -> load(dir.resolve("nowhere").toString()));
        assertTrue(e.getMessage().contains("sources.json"), e.getMessage());
    }
}
