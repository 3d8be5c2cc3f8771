package cn.shanghai.achievements.achievement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facets, timeline, exports and display language: each agrees with the list under the same filters. */
@QuarkusTest
class DiscoveryTest {

    @jakarta.inject.Inject
    AchievementReads reads;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Filter combinations, as query strings, that every discovery endpoint must honour like the list does. */
    private static final List<String> FILTERS = List.of(
            "",
            "category=drug",
            "sector=integrated-circuits",
            "year=2019",
            "milestone=approved&from=2018-06&to=2019-12",
            "institution=cas",
            "q=上海",
            "category=drug&category=medical-device&year=2019",
            "from=2019-11-20");

    private static RequestSpecification with(String query) {
        RequestSpecification r = given();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                r.queryParam(kv[0], kv[1]);
            }
        }
        return r;
    }

    private static int listTotal(String query, String extraName, String extraValue) {
        RequestSpecification r = with(stripParam(query, extraName));
        if (extraName != null) {
            r.queryParam(extraName, extraValue);
        }
        return r.queryParam("size", 1)
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    /** The query without one parameter: a facet value replaces the filter of its own dimension. */
    private static String stripParam(String query, String name) {
        if (name == null || query.isEmpty()) {
            return query;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (!pair.startsWith(name + "=")) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "category=drug",
                "sector=integrated-circuits",
                "year=2019",
                "milestone=approved&from=2018-06&to=2019-12",
                "institution=cas",
                "q=上海",
                "from=2019-11-20"
            })
    void facetsAgreeWithListTotals(String query) {
        Map<String, Object> facets = with(query)
                .when()
                .get("/api/v1/achievements/facets")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertEquals(listTotal(query, null, null), ((Number) facets.get("total")).intValue(), "total for " + query);
        for (String dim : List.of("category", "sector", "institution", "milestone")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> buckets = (List<Map<String, Object>>) facets.get(dim);
            for (Map<String, Object> b : buckets) {
                if (query.contains(dim + "=") && !query.contains(dim + "=" + b.get("id"))) {
                    // within a filter on this dimension, only its own values can be checked by replacing the filter
                    continue;
                }
                // the milestone facet counts within the date filters, like the list's milestone filter does
                int expected = listTotal(query, dim, (String) b.get("id"));
                assertEquals(
                        expected, ((Number) b.get("count")).intValue(), dim + "=" + b.get("id") + " under " + query);
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> years = (List<Map<String, Object>>) facets.get("year");
        for (Map<String, Object> b : years) {
            if (!query.contains("from=") && !query.contains("year=")) {
                assertEquals(
                        listTotal(query, "year", (String) b.get("id")),
                        ((Number) b.get("count")).intValue(),
                        "year=" + b.get("id") + " under " + query);
            }
        }
    }

    @Test
    void facetCategoriesSumToTheTotal() {
        Map<String, Object> facets = given().when()
                .get("/api/v1/achievements/facets")
                .then()
                .extract()
                .path("$");
        @SuppressWarnings("unchecked")
        long sum = ((List<Map<String, Object>>) facets.get("category"))
                .stream().mapToLong(b -> ((Number) b.get("count")).longValue()).sum();
        assertEquals(Fixtures.achievements().size(), sum);
        assertEquals(Fixtures.achievements().size(), ((Number) facets.get("total")).intValue());
    }

    @Test
    void timelineIsInPrecisionAwareDateOrderAndGroupedByYear() {
        List<Map<String, Object>> years = given().queryParam("size", 100)
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        String previous = null;
        int previousYear = Integer.MIN_VALUE;
        for (Map<String, Object> y : years) {
            int year = (Integer) y.get("year");
            assertTrue(year > previousYear, "years grouped once and ascending");
            previousYear = year;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> ms = (List<Map<String, Object>>) y.get("milestones");
            for (Map<String, Object> m : ms) {
                String date = (String) m.get("date");
                assertTrue(date.startsWith(String.valueOf(year)));
                if (previous != null) {
                    assertTrue(previous.compareTo(date) <= 0, previous + " before " + date);
                }
                previous = date;
            }
        }
    }

    @Test
    void timelineCountsMilestonesAndHonoursFilters() {
        int all = given().when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        int milestones = Fixtures.achievements().stream()
                .mapToInt(a -> a.get("milestones").size())
                .sum();
        assertEquals(milestones, all);
        given().queryParam("milestone", "approved")
                .queryParam("year", "2019")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .body("items.collect { it.milestones }.flatten().type.unique()", equalTo(List.of("approved")))
                .body("items.year.unique()", equalTo(List.of(2019)));
        List<String> newest = given().queryParam("sort", "-date")
                .queryParam("size", 5)
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("items.collect { it.milestones }.flatten().date");
        for (int i = 1; i < newest.size(); i++) {
            assertTrue(
                    newest.get(i - 1).compareTo(newest.get(i)) >= 0
                            || newest.get(i - 1).startsWith(newest.get(i)),
                    newest.toString());
        }
        given().queryParam("sort", "name")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("sort"));
        given().queryParam("year", "2019-13")
                .when()
                .get("/api/v1/timeline")
                .then()
                .statusCode(400);
    }

    @Test
    void csvExportRoundTripsWithTheList() throws Exception {
        for (String query : FILTERS) {
            byte[] body = with(query)
                    .queryParam("format", "csv")
                    .when()
                    .get("/api/v1/achievements/export")
                    .then()
                    .statusCode(200)
                    .contentType(containsString("text/csv"))
                    .extract()
                    .asByteArray();
            assertEquals((byte) 0xEF, body[0], "UTF-8 BOM");
            assertEquals((byte) 0xBB, body[1]);
            assertEquals((byte) 0xBF, body[2]);
            List<List<String>> rows = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
            assertTrue(rows.get(0).get(0).contains("编号"), "bilingual header");
            List<String> ids =
                    rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
            assertEquals(listIds(query), ids, "CSV ids for " + query);
        }
        byte[] body = given().queryParam("format", "csv")
                .queryParam("q", "GV-971")
                .when()
                .get("/api/v1/achievements/export")
                .then()
                .extract()
                .asByteArray();
        List<String> row = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))
                .get(1);
        JsonNode gv = Fixtures.achievement(Fixtures.GV_971);
        assertEquals(gv.get("name").get("zh-Hans").asText(), row.get(3), "Chinese intact");
        assertEquals(gv.get("name").get("en").asText(), row.get(5));
    }

    @Test
    void ndjsonExportIsOneFullRecordALine() throws Exception {
        for (String query : FILTERS) {
            String body = with(query)
                    .queryParam("format", "ndjson")
                    .when()
                    .get("/api/v1/achievements/export")
                    .then()
                    .statusCode(200)
                    .contentType(containsString("application/x-ndjson"))
                    .extract()
                    .asString();
            List<String> ids = new ArrayList<>();
            for (String line : body.split("\n")) {
                if (!line.isEmpty()) {
                    ids.add(JSON.readTree(line).get("id").asText());
                }
            }
            assertEquals(listIds(query), ids, "NDJSON ids for " + query);
        }
        String body = given().queryParam("format", "ndjson")
                .queryParam("q", "GV-971")
                .when()
                .get("/api/v1/achievements/export")
                .then()
                .extract()
                .asString();
        JsonNode exported = JSON.readTree(body.split("\n")[0]);
        JsonNode detail = JSON.readTree(given().when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .extract()
                .asString());
        assertEquals(detail, exported);
    }

    /** The CSV export reads plain columns, the NDJSON one whole records: every CSV line must say what the record says. */
    @Test
    void everyCsvLineAgreesWithItsFullRecord() throws Exception {
        byte[] csv = given().queryParam("format", "csv")
                .when()
                .get("/api/v1/achievements/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<List<String>> rows = parseCsv(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        String ndjson = given().queryParam("format", "ndjson")
                .when()
                .get("/api/v1/achievements/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String[] records = ndjson.split("\n");
        assertEquals(records.length, rows.size() - 1, "one CSV line per record");
        for (int i = 0; i < records.length; i++) {
            JsonNode d = JSON.readTree(records[i]);
            List<String> aliases = new ArrayList<>();
            d.get("aliases").forEach(a -> aliases.add(a.asText()));
            List<String> institutions = new ArrayList<>();
            Set<String> sources = new LinkedHashSet<>();
            List<String> milestones = new ArrayList<>();
            JsonNode ms = d.get("milestones");
            ms.forEach(m -> {
                milestones.add(m.get("date").asText() + " " + m.get("type").asText());
                m.get("citations").forEach(c -> sources.add(c.get("sourceId").asText()));
            });
            d.get("institutions").forEach(l -> {
                institutions.add(l.get("id").asText() + " (" + l.get("role").asText() + ")");
                l.get("citations").forEach(c -> sources.add(c.get("sourceId").asText()));
            });
            JsonNode first = ms.get(0);
            JsonNode latest = ms.get(ms.size() - 1);
            List<String> expected = List.of(
                    d.get("id").asText(),
                    d.get("category").asText(),
                    d.get("sector").asText(),
                    d.get("name").get("zh-Hans").asText(),
                    d.get("name").get("zh-Hant").asText(),
                    d.get("name").get("en").asText(),
                    String.join(" | ", aliases),
                    first.get("type").asText(),
                    first.get("date").asText(),
                    latest.get("type").asText(),
                    latest.get("date").asText(),
                    String.join(" | ", institutions),
                    String.join(" | ", milestones),
                    String.join(" | ", sources),
                    d.get("links").get("self").asText());
            List<String> unquoted = rows.get(i + 1).stream()
                    .map(c -> c.startsWith("'") ? c.substring(1) : c)
                    .toList();
            assertEquals(expected, unquoted, "CSV line of " + d.get("id").asText());
        }
    }

    @Test
    void anExportOfEveryRecordLeavesNoDetailBehind() {
        cn.shanghai.achievements.catalogue.Catalogue c = reads.catalogue();
        String untouched = c.achievements().stream()
                .map(a -> a.id())
                .filter(id -> !AchievementViews.kept(c, id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("every detail was already asked for"));
        given().queryParam("format", "ndjson")
                .when()
                .get("/api/v1/achievements/export")
                .then()
                .statusCode(200)
                .body(containsString("\"id\":\"" + untouched + "\""));
        assertTrue(!AchievementViews.kept(c, untouched), "the export built it for itself and did not keep it");
        given().when().get("/api/v1/achievements/" + untouched).then().statusCode(200);
        assertTrue(AchievementViews.kept(c, untouched), "a request for the detail keeps it");
    }

    @Test
    void exportRejectsAnUnknownFormat() {
        given().queryParam("format", "xls")
                .when()
                .get("/api/v1/achievements/export")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("format"))
                .body("errors[0].message", equalTo("must be csv, xlsx or ndjson"));
        given().queryParam("format", "csv")
                .queryParam("year", "20x9")
                .when()
                .get("/api/v1/achievements/export")
                .then()
                .statusCode(400);
    }

    @Test
    void displayNameFollowsLangThenAcceptLanguage() {
        JsonNode gv = Fixtures.achievement(Fixtures.GV_971);
        given().queryParam("lang", "en")
                .when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .body("displayName", equalTo(gv.get("name").get("en").asText()))
                .body("name.'zh-Hans'", notNullValue());
        given().header("Accept-Language", "zh-TW,zh;q=0.8")
                .when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .body("displayName", equalTo(gv.get("name").get("zh-Hant").asText()));
        given().header("Accept-Language", "en-GB;q=0.9, zh-CN;q=0.5")
                .queryParam("q", "GV-971")
                .when()
                .get("/api/v1/achievements")
                .then()
                .body("items[0].displayName", equalTo(gv.get("name").get("en").asText()));
        given().when()
                .get("/api/v1/achievements/" + Fixtures.GV_971)
                .then()
                .body("displayName", equalTo(gv.get("name").get("zh-Hans").asText()));
        given().queryParam("lang", "de")
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("lang"));
        given().queryParam("lang", "zh-Hant")
                .when()
                .get("/api/v1/institutions/" + Fixtures.SIMM)
                .then()
                .body("displayName", equalTo("中國科學院上海藥物研究所"));
    }

    @Test
    void largeResponsesAreCompressedFreshOrCached() {
        for (int i = 0; i < 3; i++) {
            given().header("Accept-Encoding", "gzip")
                    .queryParam("size", 99)
                    .when()
                    .get("/api/v1/achievements")
                    .then()
                    .statusCode(200)
                    .header("Content-Encoding", "gzip")
                    .header("Vary", containsString("Accept-Encoding"))
                    .body("size", equalTo(99));
        }
    }

    @Test
    void cachedAnswersAreTheSameBytesAsFreshOnes() {
        String fresh = given().queryParam("size", 7)
                .queryParam("sort", "name")
                .when()
                .get("/api/v1/achievements")
                .then()
                .extract()
                .asString();
        // the second answer is kept (a key asked once is only remembered), the third replays it
        assertEquals(
                fresh,
                given().queryParam("size", 7)
                        .queryParam("sort", "name")
                        .when()
                        .get("/api/v1/achievements")
                        .then()
                        .extract()
                        .asString());
        String cached = given().queryParam("size", 7)
                .queryParam("sort", "name")
                .when()
                .get("/api/v1/achievements")
                .then()
                .header("Link", containsString("rel=\"next\""))
                .extract()
                .asString();
        assertEquals(fresh, cached);
    }

    private static List<String> listIds(String query) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> got = with(query)
                    .queryParam("size", 100)
                    .queryParam("page", page)
                    .when()
                    .get("/api/v1/achievements")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            ids.addAll(got);
            if (got.size() < 100) {
                return ids;
            }
        }
    }

    /** A small RFC 4180 reader, enough to read the export back. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
