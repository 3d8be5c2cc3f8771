package cn.shanghai.achievements.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";

    private static List<String> top5(String q) {
        return given().queryParam("q", q)
                .queryParam("size", 5)
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2} in the top five")
    @CsvSource(
            delimiter = '|',
            value = {
                "simplified characters|雪龙|xuelong-2",
                "traditional characters|雪龍|xuelong-2",
                "traditional characters, full name|中國科學院上海藥物研究所|simm",
                "pinyin without spaces|xuelong|xuelong-2",
                "pinyin with spaces|xue long|xuelong-2",
                "pinyin with tone marks|xuě lóng|xuelong-2",
                "pinyin with tone numbers|xue3long2|xuelong-2",
                "pinyin, upper case|XUELONG|xuelong-2",
                "pinyin initials|xl2|xuelong-2",
                "pinyin of an institution alias|zhongkeyuan|cas",
                "English name|Xuelong 2|xuelong-2",
                "English name, part|mannose oligosaccharide|gv-971",
                "brand name, romanised|Aiyoute|fruquintinib",
                "code|GV-971|gv-971",
                "code without its hyphen|GV971|gv-971",
                "code, lower case|c919|c919",
                "product name in mixed case|uEXPLORER|uexplorer",
                "chemical name|甘露寡糖二酸|gv-971",
                "alias|九期一|gv-971",
                "abbreviation|中科院|cas",
                "institution nickname|八院|sast",
                "part of a name|硅片|zing-300mm-silicon-wafer",
                "part of a name|瓣膜|vitaflow",
                "mixed script, punctuation ignored|雪龙2号|xuelong-2",
                "mixed script, two words|GV-971 九期一|gv-971",
                "mixed script, Chinese and English words|阿尔茨海默 mannose|gv-971"
            })
    void findsByAnyName(String kind, String q, String id) {
        List<String> ids = top5(q);
        assertTrue(ids.contains(id), kind + ": " + q + " -> " + ids);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2} first, via {3}, pointing at \"{4}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "a typo in pinyin|xuelogn|xuelong-2|typo|雪龙",
                "a typo in English|lithograpy|smee-28nm-immersion-lithography|typo|lithography",
                "an English plural or possessive|alzheimers|gv-971|text|Alzheimer",
                "Chinese digits for Arabic ones|雪龙二号|xuelong-2|text|雪龙2号",
                "Arabic digits for Chinese ones|嫦娥4号|chang-e-4|text|嫦娥四号",
                "Chinese digits as written|嫦娥四号|chang-e-4|text|嫦娥四号",
                "a name run together with a word|c919客机|c919|text|C919",
                "a curated synonym|老年痴呆|gv-971|synonym|阿尔茨海默病",
                "a curated narrower term|大飞机|c919|synonym|C919",
                "traditional script for a prefix|雪龍|xuelong-2|text|雪龙"
            })
    void findsWhatOnlyFoldingTyposAndSynonymsReach(String kind, String q, String id, String via, String pointed) {
        Map<String, Object> first = given().queryParam("q", q)
                .queryParam("kind", "achievement")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0]");
        assertEquals(id, first.get("id"), kind + ": " + q);
        @SuppressWarnings("unchecked")
        Map<String, Object> matched = (Map<String, Object>) first.get("matched");
        assertEquals(via, matched.get("via"), kind + ": " + matched);
        // the highlight offsets point at the text that matched
        String text = (String) matched.get("text");
        int start = (Integer) matched.get("start");
        int end = (Integer) matched.get("end");
        assertTrue(start >= 0 && end > start, kind + ": " + matched);
        assertTrue(text.substring(start, end).contains(pointed), kind + ": " + matched);
    }

    @Test
    void indicatorsAreSearchableToo() {
        given().queryParam("q", "需求捕获")
                .queryParam("kind", "indicator")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("indicator"))
                .body("items[0].id", equalTo("cr929-requirements-captured-2019"))
                .body("items[0].matched.text", equalTo("CR929项目完成飞机需求捕获条数"))
                .body("items[0].matched.start", equalTo(11))
                .body("items[0].matched.end", equalTo(15));
    }

    @Test
    void aQueryForAnInstitutionAlsoSurfacesItsAchievements() {
        // GV-971's own texts say 中科院上海药物研究所; the full name reaches it only through the linked institution
        List<Map<String, Object>> hits = given().queryParam("q", "中国科学院上海药物研究所")
                .queryParam("size", 50)
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertTrue(hits.stream().anyMatch(h -> h.get("id").equals(Fixtures.SIMM)), hits.toString());
        Map<String, Object> gv = hits.stream()
                .filter(h -> h.get("id").equals(Fixtures.GV_971))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> matched = (Map<String, Object>) gv.get("matched");
        assertEquals("institution", matched.get("via"));
        // the institution itself ranks above the achievements found through it
        assertTrue(hits.indexOf(hits.stream()
                        .filter(h -> h.get("id").equals(Fixtures.SIMM))
                        .findFirst()
                        .orElseThrow())
                < hits.indexOf(gv));
    }

    @Test
    void exactNameRanksAboveAliasAbovePrefixAbovePartAboveSummary() {
        given().queryParam("q", "GV-971")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(Fixtures.GV_971))
                .body("items[0].matched.rank", equalTo("exact-alias"))
                .body("items[0].matched.field", equalTo("alias"))
                .body("items[0].matched.text", equalTo("GV-971"))
                .body("items[0].matched.start", equalTo(0))
                .body("items[0].matched.end", equalTo(6));
        List<String> ranks = given().queryParam("q", "中科院")
                .queryParam("size", 100)
                .when()
                .get(SEARCH)
                .then()
                .extract()
                .path("items.matched.rank");
        List<String> order = List.of("exact-name", "exact-alias", "prefix", "part", "summary", "institution", "other");
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(order.indexOf(ranks.get(i - 1)) <= order.indexOf(ranks.get(i)), ranks.toString());
        }
    }

    @Test
    void hitsSayWhichFieldAndTextMatched() {
        given().queryParam("q", "雪龍")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("achievement"))
                .body("items[0].matched.field", notNullValue())
                .body("items[0].matched.text", notNullValue())
                .body("items[0].matched.via", equalTo("text"))
                .body("items[0].links.self", equalTo("/api/v1/achievements/xuelong-2"));
        given().queryParam("q", "xuelong").when().get(SEARCH).then().body("items[0].matched.via", equalTo("pinyin"));
    }

    @ParameterizedTest(name = "\"{0}\" is searched literally")
    @ValueSource(strings = {"%", "_", "\\", "'", "\"", "%_%", "😀", "‮abc", "a\u0000b", "' OR '1'='1"})
    void specialCharactersAreSearchedLiterallyAndNeverFail(String q) {
        given().queryParam("q", q).when().get(SEARCH).then().statusCode(200).body("total", notNullValue());
    }

    @Test
    void percentFindsOnlyTextsWithAPercentSign() {
        List<String> texts = given().queryParam("q", "%")
                .queryParam("size", 100)
                .when()
                .get(SEARCH)
                .then()
                .extract()
                .path("items.matched.text");
        assertTrue(texts.stream().allMatch(t -> t.contains("%")), texts.toString());
    }

    @Test
    void kindNarrowsTheHits() {
        given().queryParam("q", "中科院")
                .queryParam("kind", "institution")
                .queryParam("size", 100)
                .when()
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.kind", everyItem(equalTo("institution")));
    }

    @Test
    void displayNameFollowsTheLanguage() {
        given().queryParam("q", "GV-971")
                .queryParam("lang", "en")
                .when()
                .get(SEARCH)
                .then()
                .body(
                        "items[0].displayName",
                        equalTo(Fixtures.achievement(Fixtures.GV_971)
                                .get("name")
                                .get("en")
                                .asText()));
    }

    @Test
    void badInputIs400() {
        given().when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("q"));
        given().queryParam("q", " ").when().get(SEARCH).then().statusCode(400);
        given().queryParam("q", "x".repeat(201))
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("q"));
        given().queryParam("q", "x")
                .queryParam("kind", "planet")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("kind"));
        given().queryParam("q", "x")
                .queryParam("size", "0")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("size"));
        given().queryParam("q", "x")
                .queryParam("lang", "fr")
                .when()
                .get(SEARCH)
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("lang"));
    }

    @Test
    void listsUseTheSameSearch() {
        given().queryParam("q", "xuelong")
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(Fixtures.XUELONG_2));
        given().queryParam("q", "zhongkeyuan")
                .when()
                .get("/api/v1/institutions")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(Fixtures.CAS));
        given().queryParam("q", "上海药物研究所")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/achievements")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.GV_971));
    }
}
