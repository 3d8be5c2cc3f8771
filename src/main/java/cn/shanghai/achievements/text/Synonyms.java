package cn.shanghai.achievements.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small curated list of search synonyms, kept as data (search/synonyms.json): words a reader types for names the
 * documents use (老年痴呆 and 阿尔茨海默病 find each other; 大飞机 finds the C919). Matched by key, so the script,
 * width, case and digits a reader types do not matter.
 */
public final class Synonyms {

    private static final String RESOURCE = "search/synonyms.json";
    private static final Synonyms CURATED = load();

    private final Map<String, List<String>> alternatives;

    Synonyms(Map<String, List<String>> alternatives) {
        this.alternatives = Map.copyOf(alternatives);
    }

    public static Synonyms curated() {
        return CURATED;
    }

    /** The other words that stand for this one (never the word itself); empty when it has none. */
    public List<String> of(String word) {
        return alternatives.getOrDefault(Analysis.key(word), List.of());
    }

    static Synonyms parse(JsonNode root) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode group : root.path("equivalent")) {
            List<String> words = new ArrayList<>();
            group.forEach(w -> words.add(w.asText()));
            for (String w : words) {
                for (String other : words) {
                    if (!other.equals(w)) {
                        out.computeIfAbsent(Analysis.key(w), k -> new LinkedHashSet<>())
                                .add(other);
                    }
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("narrower").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            e.getValue()
                    .forEach(w -> out.computeIfAbsent(Analysis.key(e.getKey()), k -> new LinkedHashSet<>())
                            .add(w.asText()));
        }
        Map<String, List<String>> lists = new HashMap<>();
        out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        return new Synonyms(lists);
    }

    private static Synonyms load() {
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
