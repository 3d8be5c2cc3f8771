package cn.shanghai.achievements.explore;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.edge.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The explorer's pages, server-side: what a browser receives (the browser tests drive the same pages). */
@QuarkusTest
class ExploreTest {

    private static String page(String url) {
        return given().urlEncodingEnabled(false)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("style-src 'self'"))
                .extract()
                .asString();
    }

    private static int apiTotal(String query) {
        return given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/achievements?" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    @Test
    void theRootLeadsToTheExplorer() {
        given().redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/explore"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%E9%9B%AA%E9%BE%99", "xuelong", "%E9%9B%AA%E9%BE%8D", "Xuelong"})
    void findsAnAchievementByAnyName(String q) {
        String html = page("/explore?q=" + q);
        assertTrue(html.contains("/explore/achievements/xuelong-2"), html);
        assertTrue(html.contains("<mark>") || !q.startsWith("%"), "the matched text is marked");
    }

    @Test
    void facetsCountWhatEachChoiceGivesAndTheUrlHoldsTheState() {
        String html = page("/explore?lang=en");
        assertTrue(html.contains("<html lang=\"en\">"));
        int drugs = apiTotal("category=drug");
        assertTrue(html.contains("href=\"/explore?category=drug&amp;lang=en\""), "the facet links to its state");
        assertTrue(html.contains(">Drug <span class=\"count\">" + drugs + "</span>"), html);
        String filtered = page("/explore?category=drug&lang=en");
        assertTrue(filtered.contains(drugs + " achievements in Drug."), filtered);
        // the options not chosen keep the counts they would give
        int devices = apiTotal("category=medical-device");
        assertTrue(filtered.contains("Medical device <span class=\"count\">" + devices + "</span>"), filtered);
        // the same URL is the same view
        assertEquals(filtered, page("/explore?category=drug&lang=en"));
        String chinese = page("/explore?category=drug&year=2019");
        assertTrue(chinese.contains("<html lang=\"zh-Hans\">"));
        assertTrue(chinese.contains("成果共 " + apiTotal("category=drug&year=2019") + " 项"), chinese);
    }

    @Test
    void aRecordPageShowsEveryFactWithItsQuoteSourceAndCitation() {
        String html = page("/explore/achievements/c919?lang=zh-Hant");
        assertTrue(html.contains("<html lang=\"zh-Hant\">"));
        assertTrue(html.contains("104、105架机实现首飞"), "the printable text of a letter-spaced quote");
        assertTrue(html.contains("/explore/sources/sh-stp-2019"), "a link to the source page");
        assertTrue(html.contains("上海科技创新成果目录："), "the cite-this line");
        assertTrue(html.contains("curl -H"), "the record as JSON");
        String source = page("/explore/sources/sh-stp-2019?lang=en");
        assertTrue(source.contains("/explore/achievements/c919"), "the source lists what it supports");
        given().when().get("/explore/achievements/no-such-thing").then().statusCode(404);
    }

    /** A page that fails is a page for a browser, in its language, and still a problem for a client that asks JSON. */
    @Test
    void failuresArePagesForABrowserAndProblemsForAClient() {
        String missing = given().header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .when()
                .get("/explore/achievements/xuelong-3?lang=en")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        assertTrue(missing.contains("<html lang=\"en\">"), missing);
        assertTrue(missing.contains("No page at this address"), missing);
        assertTrue(missing.contains("value=\"xuelong 3\""), "a search for what the address was after");
        assertTrue(missing.contains("No achievement has the id"), "the API's detail beside it");

        String invalid = given().header("Accept", "text/html")
                .urlEncodingEnabled(false)
                .when()
                .get("/explore?page=abc&lang=zh-Hant")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertTrue(invalid.contains("地址中的參數有誤"), invalid);
        assertTrue(invalid.contains("<code>page</code>"), "names the parameter");

        // refused by the edge, before any resource: the same page
        RawHttp.Answer malformed = RawHttp.get("/explore?q=%ZZ&lang=en", "Accept: text/html");
        assertEquals(400, malformed.status());
        assertTrue(malformed.header("Content-Type").startsWith("text/html"), malformed.header("Content-Type"));
        assertTrue(malformed.body().contains("<code>q</code>"), malformed.body());
        assertTrue(malformed.body().contains("<html lang=\"en\">"), "the language of a query it could not decode");
        given().header("Accept", "text/html")
                .when()
                .get("/explore/no-such-page")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("找不到该页面"));

        // a client that asks JSON of a page is told, in JSON, that pages are HTML
        given().header("Accept", "application/json")
                .when()
                .get("/explore/achievements/xuelong-3")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(406));
        given().header("Accept", "text/html")
                .when()
                .get("/api/v1/achievements/xuelong-3")
                .then()
                .contentType("application/problem+json");
    }

    @Test
    void pagesMakeNoExternalRequests() {
        for (String url : List.of("/explore", "/explore/achievements/gv-971", "/explore/sources/sh-stp-2018")) {
            String html = page(url);
            assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), url + " loads nothing from elsewhere");
        }
        given().when().get("/static/explore.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void theViewDownloadsAsASpreadsheetWithChineseLabelsAndOneRowPerAchievement() throws Exception {
        byte[] xlsx = given().urlEncodingEnabled(false)
                .when()
                .get("/explore/download?format=xlsx&category=drug")
                .then()
                .statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .extract()
                .asByteArray();
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            rows = wb.getFirstSheet().read();
        }
        assertEquals("编号", rows.get(0).getCellText(0));
        assertEquals("名称（简体）", rows.get(0).getCellText(1));
        assertEquals(apiTotal("category=drug"), rows.size() - 1);
        String names = rows.stream().skip(1).map(r -> r.getCellText(1)).collect(Collectors.joining("|"));
        assertTrue(names.contains("九期一"), names);
        assertTrue(rows.get(1).getCellText(12).startsWith("http"), "absolute URLs");
        given().redirects()
                .follow(false)
                .when()
                .get("/explore/download?format=csv&category=drug")
                .then()
                .statusCode(303)
                .header("Location", containsString("/api/v1/achievements/export?category=drug&format=csv"));
        given().when()
                .get("/explore/download?format=pdf")
                .then()
                .statusCode(400)
                .body(not(containsString("Exception")));
    }

    @Test
    void everyIndicatorDownloadsAsASpreadsheet() throws Exception {
        String html = page("/explore/indicators");
        assertTrue(html.contains("href=\"/api/v1/indicators/export?format=xlsx\""), "the page links its download");
        byte[] xlsx = given().when()
                .get("/api/v1/indicators/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("indicators.xlsx"))
                .extract()
                .asByteArray();
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            rows = wb.getFirstSheet().read();
        }
        int total =
                given().when().get("/api/v1/indicators?size=1").then().extract().path("total");
        assertEquals(total, rows.size() - 1, "one row a value");
        String csvHeader = given().when()
                .get("/api/v1/indicators/export?format=csv")
                .then()
                .extract()
                .asString()
                .lines()
                .findFirst()
                .orElseThrow()
                .substring(1);
        List<String> labels = new java.util.ArrayList<>();
        rows.get(0).forEach(cell -> labels.add(cell.getText()));
        assertEquals(csvHeader, cn.shanghai.achievements.common.Exports.line(labels), "the CSV's columns");
        String text = rows.stream().skip(1).map(r -> r.getCellText(2)).collect(Collectors.joining("|"));
        assertTrue(
                text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), text);
    }

    @Test
    void indicatorsAreTablesWithAChartPerSeriesAndInstitutionsHaveTheirPages() {
        String html = page("/explore/indicators?lang=en");
        assertTrue(html.contains("<svg class=\"chart\" role=\"img\""), "a chart for a series of several values");
        assertTrue(html.contains("<caption>"), "tables have captions");
        assertTrue(html.contains(">over<") && html.contains(">target<"), "qualifiers are shown");
        assertFalse(html.contains("(more than)"), "no qualifier inside a label");
        String simm = page("/explore/institutions/simm?lang=zh-Hans");
        assertTrue(simm.contains("/explore/achievements/gv-971"), "an institution lists its achievements");
        assertTrue(simm.contains("/explore/institutions/cas"), "and links its parent");
        assertTrue(
                page("/explore/achievements/gv-971").contains("/explore/institutions/simm"),
                "records link institutions");
        given().when().get("/explore/institutions/nobody").then().statusCode(404);
    }

    @Test
    void whatChangedListsTheReleasesAndTheirChanges() {
        int release = given().when().get("/api/v1/meta").then().extract().path("release");
        String html = page("/explore/releases?lang=en");
        assertTrue(html.contains("Release " + release), html.substring(0, Math.min(400, html.length())));
        assertTrue(html.contains("/api/v1/releases/" + release + "/dump"), "each release links its dump");
        assertTrue(html.contains("<td>achievement</td>"), "the changes are listed by record");
    }

    @Test
    void pagesFollowTheApisCachingPolicy() {
        String etag = given().urlEncodingEnabled(false)
                .when()
                .get("/explore?q=%E9%9B%AA%E9%BE%99&lang=en")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .header("Dataset-Release", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .extract()
                .header("ETag");
        given().urlEncodingEnabled(false)
                .header("If-None-Match", etag)
                .when()
                .get("/explore?q=%E9%9B%AA%E9%BE%99&lang=en")
                .then()
                .statusCode(304);
        given().urlEncodingEnabled(false)
                .header("If-None-Match", etag)
                .when()
                .get("/explore?q=%E9%9B%AA%E9%BE%99&lang=zh-Hant")
                .then()
                .statusCode(200);
    }
}
