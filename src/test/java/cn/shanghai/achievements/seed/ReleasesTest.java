package cn.shanghai.achievements.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.Fixtures;
import cn.shanghai.achievements.catalogue.Catalogues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three releases in sequence (one added, one changed, one merged away; then the added one removed and an
 * institution changed): the releases, the changes between each pair, tombstones, updatedSince, the feed an integrator
 * follows, and the pinned dumps it is checked against.
 */
@QuarkusTest
class ReleasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADDED = "test-release-added";

    @Inject
    SeedLoader loader;

    @Inject
    Catalogues catalogues;

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheShippedSeed() {
        loader.load("classpath:seed");
        catalogues.refresh();
    }

    private int load(SeedMutations seed, String release, String name) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        seed.writeTo(d);
        if (release != null) {
            Files.writeString(d.resolve(Seed.RELEASE), release, StandardCharsets.UTF_8);
        }
        SeedLoader.Report r = loader.load(d.toString());
        catalogues.refresh();
        assertTrue(r.written(), name + " is a new release");
        return r.release();
    }

    private static int current() {
        return given().when()
                .get("/api/v1/meta")
                .then()
                .statusCode(200)
                .extract()
                .path("release");
    }

    private static SeedMutations removing(SeedMutations seed, String id) {
        return seed.editTree(Seed.ACHIEVEMENTS, t -> {
            ArrayNode all = (ArrayNode) t;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).get("id").asText().equals(id)) {
                    all.remove(i);
                    return;
                }
            }
        });
    }

    private static SeedMutations second() {
        SeedMutations seed = new SeedMutations()
                .edit(
                        Seed.ACHIEVEMENTS,
                        Fixtures.GV_971,
                        a -> ((ObjectNode) a.get("name")).put("en", "GV-971, renamed"))
                .editTree(Seed.ACHIEVEMENTS, t -> {
                    ObjectNode copy = t.get(0).deepCopy();
                    copy.put("id", ADDED);
                    ((ArrayNode) t).add(copy);
                });
        return removing(seed, Fixtures.XUELONG_2);
    }

    private static Map<String, JsonNode> dump(int release) throws Exception {
        String body = given().when()
                .get("/api/v1/releases/" + release + "/dump")
                .then()
                .statusCode(200)
                .contentType(containsString("application/x-ndjson"))
                .extract()
                .asString();
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                out.put(n.get("kind").asText() + "/" + n.get("id").asText(), n.get("record"));
            }
        }
        return out;
    }

    private static List<JsonNode> changes(int from, int to) throws Exception {
        return asList(given().queryParam("to", to)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/releases/" + from + "/changes")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static List<JsonNode> asList(String page) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(page).get("items").forEach(out::add);
        return out;
    }

    private static JsonNode find(List<JsonNode> changes, String kind, String id) {
        return changes.stream()
                .filter(c -> c.get("kind").asText().equals(kind)
                        && c.get("id").asText().equals(id))
                .findFirst()
                .orElse(null);
    }

    @Test
    void threeReleasesTheirChangesTombstonesAndAFeedThatRebuildsTheDump() throws Exception {
        int first = current();
        Map<String, JsonNode> before = dump(first);
        int second = load(
                second(),
                "{\"notes\": \"Xuelong 2 merged into GV-971 (a test); one record added\","
                        + " \"replacedBy\": {\"achievement/" + Fixtures.XUELONG_2 + "\": \"" + Fixtures.GV_971 + "\"}}",
                "second");
        int third = load(
                removing(second(), ADDED)
                        .edit(Seed.INSTITUTIONS, "simm", i -> ((ObjectNode) i.get("name")).put("en", "SIMM, renamed")),
                null,
                "third");
        assertEquals(first + 1, second);
        assertEquals(second + 1, third);

        // the releases, newest first, with the curators' notes
        given().when()
                .get("/api/v1/releases")
                .then()
                .statusCode(200)
                .body("items[0].seq", equalTo(third))
                .body("items[1].seq", equalTo(second))
                .body("items[1].notes", containsString("merged"))
                .body("items[1].links.changes", equalTo("/api/v1/releases/" + first + "/changes?to=" + second));
        given().when()
                .get("/api/v1/releases/" + second)
                .then()
                .statusCode(200)
                .body("counts.achievement", equalTo(Fixtures.achievements().size()));
        given().when().get("/api/v1/releases/" + (third + 1)).then().statusCode(404);
        given().when().get("/api/v1/releases/x").then().statusCode(400);

        // what changed between each pair
        List<JsonNode> oneTwo = changes(first, second);
        assertEquals("created", find(oneTwo, "achievement", ADDED).get("change").asText());
        JsonNode renamed = find(oneTwo, "achievement", Fixtures.GV_971);
        assertEquals("updated", renamed.get("change").asText());
        assertTrue(renamed.get("fields").toString().contains("name"), renamed.toString());
        JsonNode merged = find(oneTwo, "achievement", Fixtures.XUELONG_2);
        assertEquals("deleted", merged.get("change").asText());
        assertEquals(Fixtures.GV_971, merged.get("replacedBy").asText());
        List<JsonNode> twoThree = changes(second, third);
        assertEquals(
                "deleted", find(twoThree, "achievement", ADDED).get("change").asText());
        assertEquals(
                "updated", find(twoThree, "institution", "simm").get("change").asText());
        assertEquals(null, find(twoThree, "achievement", Fixtures.GV_971), "unchanged between 2 and 3");
        List<JsonNode> oneThree = changes(first, third);
        assertEquals(null, find(oneThree, "achievement", ADDED), "created and deleted in between: no difference");
        assertEquals(
                "deleted",
                find(oneThree, "achievement", Fixtures.XUELONG_2).get("change").asText());

        // tombstones: a merge names its successor, a removal the release that removed it
        given().when()
                .get("/api/v1/achievements/" + Fixtures.XUELONG_2)
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .header("Link", containsString("/api/v1/achievements/" + Fixtures.GV_971))
                .body("removedIn", equalTo(second))
                .body("replacedBy", equalTo("/api/v1/achievements/" + Fixtures.GV_971));
        given().when()
                .get("/api/v1/achievements/" + ADDED)
                .then()
                .statusCode(410)
                .body("removedIn", equalTo(third))
                .body("replacedBy", nullValue());
        given().when().get("/api/v1/achievements/never-was").then().statusCode(404);
        // the explorer's page of a merged record says so in the reader's language and links its successor
        String gone = given().header("Accept", "text/html")
                .when()
                .get("/explore/achievements/" + Fixtures.XUELONG_2 + "?lang=en")
                .then()
                .statusCode(410)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertTrue(gone.contains("removed in release " + second), gone);
        assertTrue(gone.contains("href=\"/explore/achievements/" + Fixtures.GV_971 + "?lang=en\""), gone);

        // every record says when it was created and changed; lists take updatedSince
        given().when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .body("updatedIn", equalTo(second))
                .body("createdIn", equalTo(1));
        List<String> sinceFirst = given().queryParam("updatedSince", first)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(sinceFirst.contains(Fixtures.GV_971), sinceFirst.toString());
        given().queryParam("updatedSince", second)
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(Fixtures.GV_971)));
        given().queryParam("updatedSince", second)
                .when()
                .get("/api/v1/institutions")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("simm"))
                .body("total", equalTo(1));
        given().queryParam("updatedSince", "someday")
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(400);
        given().queryParam("updatedSince", third + 5)
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(400);

        // the feed from the first release, page by page, applied to its dump, gives the dump of the third
        Map<String, JsonNode> copy = new TreeMap<>(before);
        String url = "/api/v1/changes?since=" + first + "&size=2";
        int pages = 0;
        String firstEtag = null;
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).when().get(url);
            assertEquals(200, page.statusCode(), page.asString());
            if (firstEtag == null) {
                firstEtag = page.header("ETag");
            }
            JsonNode body = JSON.readTree(page.asString());
            for (JsonNode ch : body.get("items")) {
                String key = ch.get("kind").asText() + "/" + ch.get("id").asText();
                if (ch.get("change").asText().equals("deleted")) {
                    assertNotNull(copy.remove(key), "deletes what the copy holds: " + key);
                } else {
                    copy.put(key, ch.get("record"));
                }
            }
            String link = page.header("Link");
            url = link == null ? null : link.substring(1, link.indexOf('>'));
            assertEquals(body.hasNonNull("next"), link != null);
            pages++;
        }
        assertTrue(pages > 2, "the feed was paged: " + pages);
        assertEquals(dump(third), copy, "the feed since release " + first + " rebuilds the dump of release " + third);
        // nothing new since: the first page again is a free 304
        given().header("If-None-Match", firstEtag)
                .urlEncodingEnabled(false)
                .when()
                .get("/api/v1/changes?since=" + first + "&size=2")
                .then()
                .statusCode(304);

        // a past release's dump is pinned to it
        assertTrue(dump(second).containsKey("achievement/" + ADDED));
        assertFalse(dump(third).containsKey("achievement/" + ADDED));

        // a past release read as it was, while this instance holds it (the current one and the two it replaced)
        given().queryParam("release", second)
                .when()
                .get("/api/v1/achievements/" + ADDED)
                .then()
                .statusCode(200)
                .header("Dataset-Release", String.valueOf(second));
        given().queryParam("release", first)
                .when()
                .get("/api/v1/achievements/" + Fixtures.XUELONG_2)
                .then()
                .statusCode(200)
                .header("Dataset-Release", String.valueOf(first));
        List<String> listedThen = given().queryParam("release", second)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(listedThen.contains(ADDED), listedThen.toString());
        given().queryParam("release", first - 1)
                .when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .statusCode(404)
                .body("type", containsString("release-not-held"))
                .body("detail", containsString("/dump"));
        given().queryParam("release", "x").when().get("/api/v1/sources").then().statusCode(400);

        // the releases as Atom
        given().when()
                .get("/api/v1/releases.atom")
                .then()
                .statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("<entry>"))
                .body(containsString("/api/v1/releases/" + third));
    }

    @Test
    void everyKindCanBeExported() {
        given().when()
                .get("/api/v1/institutions/export")
                .then()
                .statusCode(200)
                .contentType(containsString("application/x-ndjson"))
                .header("X-Total-Count", String.valueOf(Fixtures.institutions().size()));
        given().when().get("/api/v1/sources/export").then().statusCode(200).header("X-Total-Count", "5");
        String csv = given().when()
                .get("/api/v1/indicators/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertTrue(csv.startsWith("\uFEFFid 编号"), csv.substring(0, 40));
        assertEquals(Fixtures.seed("indicators.json").size() + 1, csv.split("\r\n").length);
        given().queryParam("format", "ndjson")
                .when()
                .get("/api/v1/indicators/export")
                .then()
                .statusCode(200);
        given().queryParam("format", "xml")
                .when()
                .get("/api/v1/indicators/export")
                .then()
                .statusCode(400);
    }
}
