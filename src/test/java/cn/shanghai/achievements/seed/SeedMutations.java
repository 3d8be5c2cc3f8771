package cn.shanghai.achievements.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The real seed as editable JSON trees, for tests that break or change it one field at a time. */
final class SeedMutations {

    static final ObjectMapper JSON = new ObjectMapper();
    final Map<String, JsonNode> trees = new LinkedHashMap<>();
    final Map<String, String> raw = new LinkedHashMap<>();

    SeedMutations() {
        for (String name : Seed.FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/" + name)) {
                trees.put(name, JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Edits the record with this id in the named file. */
    SeedMutations edit(String file, String id, Consumer<ObjectNode> change) {
        for (JsonNode n : (ArrayNode) trees.get(file)) {
            if (n.path("id").asText().equals(id)) {
                change.accept((ObjectNode) n);
                return this;
            }
        }
        throw new IllegalArgumentException("no record " + id + " in " + file);
    }

    SeedMutations editTree(String file, Consumer<JsonNode> change) {
        change.accept(trees.get(file));
        return this;
    }

    /** Replaces a file's text entirely (for malformed JSON). */
    SeedMutations replaceText(String file, String text) {
        raw.put(file, text);
        return this;
    }

    Map<String, byte[]> bytes() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        trees.forEach((name, tree) -> {
            try {
                out.put(
                        name,
                        raw.containsKey(name)
                                ? raw.get(name).getBytes(StandardCharsets.UTF_8)
                                : JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /** Writes the files to a folder a loader can be pointed at. */
    Path writeTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : bytes().entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        return dir;
    }
}
