package cn.shanghai.achievements.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.Fixtures;
import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.PartialDate;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The curated data itself: the rules every record keeps, beyond what the loader needs. */
class SeedDataTest {

    private static final Set<String> HEADLINE = Set.of("drug", "medical-device", "chip", "satellite", "aircraft");

    @Test
    void idsAreUniqueSlugsAcrossEachKind() {
        for (String file : List.of("achievements.json", "institutions.json", "sources.json", "indicators.json")) {
            Set<String> ids = new HashSet<>();
            for (JsonNode n : Fixtures.seed(file)) {
                String id = n.get("id").asText();
                assertTrue(Ids.isSlug(id), file + ": " + id);
                assertTrue(ids.add(id), file + ": duplicate " + id);
            }
        }
    }

    @Test
    void everyAchievementIsCompleteAndCited() {
        List<String> problems = new ArrayList<>();
        for (JsonNode a : Fixtures.achievements()) {
            String id = a.get("id").asText();
            for (String tag : List.of("zh-Hans", "zh-Hant", "en")) {
                if (a.path("name").path(tag).asText().isBlank()
                        || a.path("summary").path(tag).asText().isBlank()) {
                    problems.add(id + ": name or summary lacks " + tag);
                }
            }
            if (a.path("category").asText().isBlank()) {
                problems.add(id + ": no category");
            }
            if (a.path("milestones").isEmpty()) {
                problems.add(id + ": no milestone");
            }
            for (JsonNode m : a.path("milestones")) {
                try {
                    PartialDate.parse(m.path("date").asText());
                } catch (IllegalArgumentException e) {
                    problems.add(id + ": date " + m.path("date").asText());
                }
                checkCitations(id + " milestone " + m.path("type").asText(), m.path("citations"), problems);
            }
            for (JsonNode l : a.path("institutions")) {
                checkCitations(id + " institution " + l.path("id").asText(), l.path("citations"), problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theHeadlineCategoriesAreAllPresent() {
        Set<String> present = new HashSet<>();
        Fixtures.achievements().forEach(a -> present.add(a.get("category").asText()));
        assertTrue(present.containsAll(HEADLINE), "present: " + present);
        assertTrue(Fixtures.achievements().size() >= 20);
    }

    @Test
    void aThingIsOneRecordWithSeveralMilestones() {
        JsonNode gv = Fixtures.achievement(Fixtures.GV_971);
        Set<String> sources = new HashSet<>();
        gv.get("milestones")
                .forEach(m -> m.get("citations")
                        .forEach(c -> sources.add(c.get("sourceId").asText())));
        assertTrue(gv.get("milestones").size() >= 3);
        assertEquals(Set.of(Fixtures.REPORT_2018, Fixtures.REPORT_2019), sources);
    }

    private static void checkCitations(String at, JsonNode citations, List<String> problems) {
        if (citations.isEmpty()) {
            problems.add(at + ": no citation");
        }
        for (JsonNode c : citations) {
            String quote = c.path("quote").asText();
            if (quote.isBlank() || quote.codePointCount(0, quote.length()) > 80) {
                problems.add(at + ": quote empty or longer than 80 characters");
            }
        }
    }

    private static JsonNode achievement(String id) {
        for (JsonNode a : Fixtures.achievements()) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no achievement " + id);
    }

    private static List<String> milestones(String id) {
        List<String> out = new ArrayList<>();
        achievement(id)
                .get("milestones")
                .forEach(m -> out.add(m.get("type").asText() + " "
                        + m.get("date").asText() + " " + m.get("dateBasis").asText()));
        return out;
    }

    /** The six statements an independent fact-check found false, each as the record says it now. */
    @Test
    void theSixFalseStatementsAreGone() {
        // test airframes 103, 104 and 105 first flew in 2018 and 2019: not the C919's first flight
        assertTrue(
                milestones("c919").stream().noneMatch(m -> m.startsWith("first-flight ")),
                milestones("c919").toString());
        assertEquals(
                3,
                milestones("c919").stream()
                        .filter(m -> m.startsWith("airframe-first-flight "))
                        .count());
        achievement("c919").get("milestones").forEach(m -> {
            if (m.get("type").asText().equals("airframe-first-flight")) {
                assertTrue(m.path("note").path("en").asText().contains("airframe"), m.toString());
            }
        });
        // the ARJ21's 2019 "put into service" was its first international route; its totals are running totals
        assertTrue(
                milestones("arj21").contains("first-international-route 2019 reporting-year"),
                milestones("arj21").toString());
        assertTrue(milestones("arj21").stream().noneMatch(m -> m.startsWith("put-into-service ")));
        assertTrue(
                milestones("arj21").contains("running-total 2019-11 reporting-year"),
                milestones("arj21").toString());
        // Xuelong 2 set out on sea trials on 2019-08-15
        assertTrue(milestones("xuelong-2").contains("sea-trials-started 2019-08-15 reporting-year"));
        assertTrue(milestones("xuelong-2").stream().noneMatch(m -> m.startsWith("tested 2019-08-15")));
        // no launch date in the text: the furnace's launch is reported, not dated
        assertEquals(List.of("launched 2019 undated"), milestones("space-multifunctional-materials-synthesis-furnace"));
        // earlier groundwork, not an establishment in 2018
        assertTrue(milestones("jiading-intelligent-driving-test-ground").stream()
                .noneMatch(m -> m.startsWith("established ")));
        // the report names no centre: the record does not name one either
        JsonNode exchange = achievement("shanghai-data-exchange-center");
        assertTrue(!exchange.get("name").get("zh-Hans").asText().contains("上海数据交易中心"));
        exchange.get("aliases").forEach(alias -> assertTrue(!alias.asText().contains("上海数据交易"), alias.toString()));
    }

    /** A milestone dated by a report's year without a date of its own says so, and never claims a month or day. */
    @Test
    void undatedMilestonesAreYearsOfTheirReport() {
        int undated = 0;
        for (JsonNode a : Fixtures.achievements()) {
            for (JsonNode m : a.get("milestones")) {
                if (m.get("dateBasis").asText().equals("undated")) {
                    undated++;
                    assertEquals(4, m.get("date").asText().length(), a.get("id") + ": " + m);
                }
            }
        }
        assertTrue(undated > 0);
    }
}
