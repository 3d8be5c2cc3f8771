package cn.shanghai.achievements.achievement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AchievementResourceTest {

    private static final String LIST = "/api/v1/achievements";

    @Test
    void listsEveryAchievementInPagesWithTotals() {
        int total = Fixtures.achievements().size();
        given().when()
                .get(LIST)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("total", equalTo(total))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("items", hasSize(Math.min(20, total)))
                .body("items[0].id", notNullValue())
                .body("items[0].name.'zh-Hans'", notNullValue())
                .body("items[0].name.'zh-Hant'", notNullValue())
                .body("items[0].name.en", notNullValue())
                .body("items[0].links.self", startsWith("/api/v1/achievements/"));
    }

    @Test
    void linkHeaderPointsToFirstPrevNextAndLastKeepingFilters() {
        int total = Fixtures.achievements().size();
        int last = (total + 4) / 5;
        String link = given().queryParam("size", 5)
                .queryParam("page", 2)
                .queryParam("sort", "name")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .header("Link");
        assertTrue(
                link.contains("<" + LIST + "?size=5&page=1&sort=name>; rel=\"first\"")
                        || link.contains("rel=\"first\""),
                link);
        assertTrue(link.contains("page=1") && link.contains("rel=\"prev\""), link);
        assertTrue(link.contains("page=3") && link.contains("rel=\"next\""), link);
        assertTrue(link.contains("page=" + last) && link.contains("rel=\"last\""), link);
        assertTrue(link.contains("sort=name"), link);
    }

    @Test
    void pagesDoNotOverlapAndCoverEverything() {
        int total = Fixtures.achievements().size();
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= (total + 19) / 20; page++) {
            List<String> ids = given().queryParam("page", page)
                    .queryParam("sort", "name")
                    .when()
                    .get(LIST)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            ids.forEach(id -> assertTrue(seen.add(id), "seen twice: " + id));
        }
        assertEquals(total, seen.size());
    }

    @Test
    void aPageBeyondTheLastIsEmptyNotAnError() {
        given().queryParam("page", 999)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("page", equalTo(999));
    }

    @Test
    void detailCarriesMilestonesInstitutionsAndCitations() {
        given().when()
                .get(LIST + "/" + Fixtures.GV_971)
                .then()
                .statusCode(200)
                .body("id", equalTo(Fixtures.GV_971))
                .body("category", equalTo("drug"))
                .body("sector", equalTo("biomedicine"))
                .body("aliases", hasItem("GV-971"))
                .body("summary.en", notNullValue())
                .body("milestones.type", hasItems("phase-3-completed", "filed", "approved"))
                .body("milestones.find { it.type == 'approved' }.date", equalTo("2019-11"))
                .body("milestones.find { it.type == 'approved' }.precision", equalTo("month"))
                .body("milestones.find { it.type == 'approved' }.citations[0].sourceId", equalTo(Fixtures.REPORT_2019))
                .body("milestones.find { it.type == 'phase-3-completed' }.date", equalTo("2018-07"))
                .body("institutions.id", hasItem(Fixtures.SIMM))
                .body("institutions.find { it.id == 'simm' }.role", equalTo("co-developer"))
                .body("institutions.find { it.id == 'simm' }.citations.size()", is(not(0)))
                .body("milestones.citations.flatten().quote", everyItem(notNullValue()))
                .body("links.self", equalTo(LIST + "/" + Fixtures.GV_971));
    }

    @Test
    void milestonesComeInPrecisionAwareDateOrder() {
        List<String> dates = given().when()
                .get(LIST + "/" + Fixtures.XUELONG_2)
                .then()
                .statusCode(200)
                .extract()
                .path("milestones.date");
        for (int i = 1; i < dates.size(); i++) {
            String a = dates.get(i - 1);
            String b = dates.get(i);
            assertTrue(a.compareTo(b) <= 0 || b.startsWith(a), "out of order: " + dates);
        }
    }

    @Test
    void unknownIdIs404Problem() {
        given().when()
                .get(LIST + "/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", containsString("no-such-thing"))
                .body("type", startsWith("https://"));
    }

    @Test
    void malformedIdIs400Problem() {
        given().when()
                .get(LIST + "/GV_971")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("id"));
    }

    @Test
    void filtersByCategoryRepeatable() {
        long drugs = Fixtures.countAchievements(a -> a.get("category").asText().equals("drug"));
        long both = Fixtures.countAchievements(
                a -> List.of("drug", "satellite").contains(a.get("category").asText()));
        given().queryParam("category", "drug")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo((int) drugs))
                .body("items.category", everyItem(equalTo("drug")));
        given().queryParam("category", "drug", "satellite")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo((int) both));
    }

    @Test
    void filtersBySector() {
        long n = Fixtures.countAchievements(a -> a.get("sector").asText().equals("aerospace"));
        given().queryParam("sector", "aerospace")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo((int) n))
                .body("items.sector", everyItem(equalTo("aerospace")));
    }

    @Test
    void filtersByInstitutionIncludingTheInstitutionsBelowIt() {
        given().queryParam("institution", Fixtures.SIMM)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.GV_971));
        // GV-971 is linked to SIMM, which belongs to CAS
        given().queryParam("institution", Fixtures.CAS)
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.GV_971));
    }

    @Test
    void milestoneTypeAndDatesApplyToTheSameMilestone() {
        long approvedIn2019 = Fixtures.countAchievements(
                a -> Fixtures.hasMilestoneBetween(a, "approved", "2019-01-01", "2019-12-31"));
        given().queryParam("milestone", "approved")
                .queryParam("year", "2019")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo((int) approvedIn2019))
                .body("items.id", hasItem(Fixtures.GV_971));
        // GV-971's 2018 milestones are not approvals
        given().queryParam("milestone", "approved")
                .queryParam("year", "2018")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(Fixtures.GV_971)));
    }

    @ParameterizedTest(name = "{0}..{1} finds a milestone dated 2019-11: {2}")
    @CsvSource({
        "2019-11-20, , true",
        "2019-11-30, 2019-11-30, true",
        ", 2019-11-01, true",
        "2019-12-01, , false",
        ", 2019-10-31, false",
        "2019-11, 2019-11, true",
        "2019, 2019, true"
    })
    void aMilestoneMatchesWhenItsIntervalOverlapsTheAskedOne(String from, String to, boolean found) {
        var request = given().queryParam("milestone", "approved").queryParam("size", 100);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        List<String> ids =
                request.when().get(LIST).then().statusCode(200).extract().path("items.id");
        assertEquals(found, ids.contains(Fixtures.GV_971), "from=" + from + " to=" + to + " -> " + ids);
    }

    @Test
    void yearAgreesWithTheSeed() {
        long in2018 =
                Fixtures.countAchievements(a -> Fixtures.hasMilestoneBetween(a, null, "2018-01-01", "2018-12-31"));
        given().queryParam("year", "2018")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo((int) in2018));
    }

    @Test
    void sortsByNameBothWaysInEnglishOrderInEnglish() {
        List<String> up = given().queryParam("sort", "name")
                .queryParam("lang", "en")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .extract()
                .path("items.name.en");
        List<String> down = given().queryParam("sort", "-name")
                .queryParam("lang", "en")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .extract()
                .path("items.name.en");
        for (int i = 1; i < up.size(); i++) {
            assertTrue(
                    up.get(i - 1).toLowerCase().compareTo(up.get(i).toLowerCase()) <= 0,
                    up.get(i - 1) + " > " + up.get(i));
            assertTrue(
                    down.get(i - 1).toLowerCase().compareTo(down.get(i).toLowerCase()) >= 0,
                    down.get(i - 1) + " < " + down.get(i));
        }
        assertTrue(up.get(0).toLowerCase().compareTo(down.get(0).toLowerCase()) <= 0);
    }

    @Test
    void sortsChineseNamesInPinyinOrderInChinese() {
        List<String> names = given().queryParam("sort", "name")
                .queryParam("lang", "zh-Hans")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .path("items.name.zh-Hans");
        List<String> keys = names.stream().map(Fixtures::pinyinSortKey).toList();
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1).compareTo(keys.get(i)) <= 0, names.get(i - 1) + " after " + names.get(i));
        }
        assertTrue(keys.get(0).compareTo(keys.get(keys.size() - 1)) < 0, names.toString());
    }

    @Test
    void sortsByDateBothWays() {
        List<String> firstDates = given().queryParam("sort", "date")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .extract()
                .path("items.firstMilestone.date");
        for (int i = 1; i < firstDates.size(); i++) {
            assertTrue(
                    firstDates
                                    .get(i - 1)
                                    .substring(0, 4)
                                    .compareTo(firstDates.get(i).substring(0, 4))
                            <= 0,
                    firstDates.toString());
        }
        List<String> latest = given().queryParam("sort", "-date")
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .extract()
                .path("items.latestMilestone.date");
        for (int i = 1; i < latest.size(); i++) {
            assertTrue(
                    latest.get(i - 1).substring(0, 4).compareTo(latest.get(i).substring(0, 4)) >= 0, latest.toString());
        }
    }

    @Test
    void qFindsByAnyNameOrAliasAndRanksTheExactNameFirst() {
        given().queryParam("q", "GV-971")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(Fixtures.GV_971));
        given().queryParam("q", "九期一")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.GV_971));
        given().queryParam("q", "雪龍")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(Fixtures.XUELONG_2));
        given().queryParam("q", "xuelong")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(Fixtures.XUELONG_2));
    }

    @ParameterizedTest(name = "q={0} is searched literally")
    @ValueSource(strings = {"%", "_", "\\", "'", "\"", "%%", "😀"})
    void punctuationAndSymbolsAreSearchedLiterally(String q) {
        long expected =
                Fixtures.countAchievements(a -> Fixtures.searchableText(a).contains(q.toLowerCase()));
        given().queryParam("q", q)
                .queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo((int) expected));
    }

    @Test
    void injectionLookingQueriesAreJustText() {
        int all = Fixtures.achievements().size();
        for (String q : List.of("' or 1=1 --", "a_b", "100%", "'; drop table achievement; --", "\\%")) {
            int total = given().queryParam("q", q)
                    .when()
                    .get(LIST)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("total");
            assertTrue(total < all, q + " matched everything");
        }
        given().when().get(LIST).then().body("total", equalTo(all));
    }

    @ParameterizedTest(name = "{0}={1} is a 400 naming {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "size|abc",
                "size|100000",
                "size|0",
                "size|-5",
                "page|0",
                "page|abc",
                "page|-1",
                "from|2019-13",
                "to|2019-02-30",
                "year|19",
                "year|2019-1",
                "from|abcd",
                "sort|fame",
                "sort|relevance",
                "category|nope",
                "sector|nowhere",
                "milestone|exploded",
                "institution|NOT A SLUG"
            })
    void badParametersAre400ProblemsNamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value)
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid parameter"))
                .body("errors.parameter", hasItem(parameter))
                .body("errors.find { it.parameter == '" + parameter + "' }.message", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("at cn.")));
    }

    @Test
    void unknownCategoryMessageSaysWhatIsAllowed() {
        given().queryParam("category", "nope")
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("drug"));
    }

    @Test
    void unknownInstitutionIsA400() {
        given().queryParam("institution", "no-such-institution")
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("institution"));
    }

    @Test
    void fromAfterToIsA400() {
        given().queryParam("from", "2020")
                .queryParam("to", "2019")
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("from"));
    }

    @Test
    void overlongQueryIsA400() {
        given().queryParam("q", "字".repeat(201))
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("q"));
    }

    @Test
    void tooManyRepeatedValuesIsA400() {
        Response r = given().queryParam(
                        "category", Collections.nCopies(21, "drug").toArray())
                .when()
                .get(LIST);
        // duplicates collapse, so 21 copies of one value are fine; 21 distinct values are not
        assertEquals(200, r.statusCode());
        Object[] distinct = IntStream.range(0, 21).mapToObj(i -> "c" + i).toArray();
        given().queryParam("institution", distinct)
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("at most"));
    }

    @Test
    void listItemsShowFirstAndLatestMilestoneAndInstitutions() {
        given().queryParam("q", "GV-971")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items[0].firstMilestone.date", equalTo("2018-07"))
                .body("items[0].latestMilestone.type", equalTo("approved"))
                .body("items[0].institutions.id", hasItem(Fixtures.SIMM))
                .body("items[0].summary", nullValue());
    }

    @Test
    void headIsAnsweredLikeGet() {
        given().when().head(LIST).then().statusCode(200).header("ETag", notNullValue());
    }

    @Test
    void sizeBoundIsHonoured() {
        given().queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.size()", lessThanOrEqualTo(100));
        given().queryParam("size", 1).when().get(LIST).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void categoryValuesCanBeCommaSeparatedToo() {
        given().queryParam("category", "drug,medical-device")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.category", everyItem(Matchers.in(List.of("drug", "medical-device"))));
    }

    @Test
    void listOrderIsStable() {
        List<String> a = given().queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .extract()
                .path("items.id");
        List<String> b = given().queryParam("size", 100)
                .when()
                .get(LIST)
                .then()
                .extract()
                .path("items.id");
        assertEquals(a, b);
        given().queryParam("size", 3)
                .when()
                .get(LIST)
                .then()
                .body("items.id", contains(a.subList(0, 3).toArray()));
    }

    @Test
    void aMilestoneSaysWhatExactlyItIsAndCitationsPrintAndCite() {
        given().when()
                .get(LIST + "/c919")
                .then()
                .statusCode(200)
                .body(
                        "milestones.findAll { it.type == 'airframe-first-flight' }.note.en",
                        everyItem(containsString("airframe")))
                .body("milestones.findAll { it.type == 'airframe-first-flight' }.dated", everyItem(equalTo(true)))
                .body("milestones.citations.flatten().text", everyItem(notNullValue()))
                .body(
                        "milestones.citations.flatten().find { it.quote.startsWith('1 0 4') }.text",
                        equalTo("104、105架机实现首飞，"))
                .body(
                        "milestones.citations.flatten().find { it.sourceId == 'sh-stp-2019' }.reference.en",
                        containsString("Science and Technology Commission of Shanghai Municipality"))
                .body("cite.'zh-Hans'", containsString("/api/v1/achievements/c919"))
                .body("cite.en", containsString("dataset version"));
    }

    @Test
    void aMilestoneTheTextGivesNoDateForIsReportedNotAnEventOfThatYear() {
        String furnace = "space-multifunctional-materials-synthesis-furnace";
        given().when()
                .get(LIST + "/" + furnace)
                .then()
                .statusCode(200)
                .body("milestones[0].dateBasis", equalTo("undated"))
                .body("milestones[0].dated", equalTo(false));
        List<String> in2019 = given().queryParam("year", "2019")
                .queryParam("size", "100")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertFalse(in2019.contains(furnace), in2019.toString());
        List<String> reported = given().queryParam("q", "多功能材料合成炉")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(reported.contains(furnace), "still found without a date filter: " + reported);
    }
}
