package cn.shanghai.achievements.seed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.shanghai.achievements.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every quote occurs verbatim in its document. The documents are not part of the project; the check runs
 * where they sit beside the checkout (../shared/seeds, or the folder named by -Dcatalogue.documents).
 */
class SourceQuotesTest {

    static Path documents() {
        return Path.of(System.getProperty("catalogue.documents", "../shared/seeds"));
    }

    @Test
    void everyQuoteOccursVerbatimInItsDocument() throws IOException {
        Path dir = documents();
        if (Boolean.getBoolean("catalogue.documents.required")) {
            assertTrue(Files.isDirectory(dir), "source documents not found at " + dir.toAbsolutePath());
        }
        assumeTrue(Files.isDirectory(dir), "source documents not found at " + dir.toAbsolutePath() + "; skipped");
        Map<String, String> texts = new HashMap<>();
        for (JsonNode s : Fixtures.seed("sources.json")) {
            texts.put(
                    s.get("id").asText(),
                    Files.readString(dir.resolve(s.get("file").asText()), StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JsonNode a : Fixtures.achievements()) {
            for (JsonNode m : a.get("milestones")) {
                checked += check(a.get("id").asText(), m.get("citations"), texts, missing);
            }
            for (JsonNode l : a.path("institutions")) {
                checked += check(a.get("id").asText(), l.get("citations"), texts, missing);
            }
        }
        for (JsonNode i : Fixtures.seed("indicators.json")) {
            checked += check(i.get("id").asText(), i.get("citations"), texts, missing);
        }
        assertTrue(
                missing.isEmpty(),
                missing.size() + " of " + checked + " quotes are not verbatim:\n" + String.join("\n", missing));
        assertTrue(checked > 0);
    }

    private static int check(String id, JsonNode citations, Map<String, String> texts, List<String> missing) {
        int n = 0;
        for (JsonNode c : citations) {
            n++;
            String text = texts.get(c.get("sourceId").asText());
            if (text == null || !text.contains(c.get("quote").asText())) {
                missing.add(id + " [" + c.get("sourceId").asText() + "] "
                        + c.get("quote").asText());
            }
        }
        return n;
    }
}
