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
}
