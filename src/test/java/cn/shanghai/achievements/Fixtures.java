package cn.shanghai.achievements;

import cn.shanghai.achievements.text.Pinyin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Named fixtures: well-known records of the real seed, and counts computed from the seed files themselves. */
public final class Fixtures {

    /** A drug with three milestones in two documents (phase 3 2018-07, filed 2018-10, approved 2019-11). */
    public static final String GV_971 = "gv-971";
    /** An icebreaker floated out in 2018 and delivered in 2019. */
    public static final String XUELONG_2 = "xuelong-2";
    /** A CAS institute whose parent is CAS. */
    public static final String SIMM = "simm";

    public static final String CAS = "cas";
    public static final String REPORT_2018 = "sh-stp-2018";
    public static final String REPORT_2019 = "sh-stp-2019";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static JsonNode seed(String file) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("seed/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> achievements() {
        List<JsonNode> out = new ArrayList<>();
        seed("achievements.json").forEach(out::add);
        return out;
    }

    public static long countAchievements(Predicate<JsonNode> predicate) {
        return achievements().stream().filter(predicate).count();
    }

    public static List<JsonNode> institutions() {
        List<JsonNode> out = new ArrayList<>();
        seed("institutions.json").forEach(out::add);
        return out;
    }

    public static JsonNode achievement(String id) {
        return achievements().stream()
                .filter(a -> a.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Everything the simple text filter looks at (names, aliases, summaries, id), lower-cased. */
    /** The pinyin of a Chinese name, syllables spaced, as a reader sorts by it (pinyin4j, the first reading). */
    public static String pinyinSortKey(String name) {
        List<String[]> readings = Pinyin.readings(name);
        return readings.isEmpty() ? name.toLowerCase(Locale.ROOT) : String.join(" ", readings.get(0));
    }

    public static String searchableText(JsonNode a) {
        StringBuilder b = new StringBuilder(a.get("id").asText());
        for (String f : List.of("name", "summary")) {
            a.get(f).forEach(t -> b.append('\n').append(t.asText()));
        }
        a.path("aliases").forEach(t -> b.append('\n').append(t.asText()));
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Whether any milestone of the achievement has its date interval overlapping [from, to] (ISO day strings). */
    public static boolean hasMilestoneBetween(JsonNode a, String type, String fromDay, String toDay) {
        for (JsonNode m : a.get("milestones")) {
            if (type != null && !m.get("type").asText().equals(type)) {
                continue;
            }
            String basis = m.get("dateBasis").asText();
            if (basis.equals("undated") || basis.equals("document-date")) {
                continue; // dated by the document that reports it: "reported by then", matches no date filter
            }
            String d = m.get("date").asText();
            String start = d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d;
            String end = d.length() == 4
                    ? d + "-12-31"
                    : d.length() == 7 ? YearMonth.parse(d).atEndOfMonth().toString() : d;
            if ((toDay == null || start.compareTo(toDay) <= 0) && (fromDay == null || end.compareTo(fromDay) >= 0)) {
                return true;
            }
        }
        return false;
    }
}
