package cn.shanghai.achievements.seed;

import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.ReleaseNotes;
import cn.shanghai.achievements.model.Source;
import cn.shanghai.achievements.model.Vocabulary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the seed files from the classpath or a folder, strictly: unknown fields and malformed JSON are errors. */
public final class SeedReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SeedReader() {}

    /** The seed files' bytes, keyed by file name, from "classpath:DIR" or a filesystem folder. */
    public static Map<String, byte[]> files(String location) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : Seed.FILES) {
            try {
                files.put(name, bytes(location, name));
            } catch (IOException e) {
                problems.add(name + ": cannot be read from " + location + " (" + e.getMessage() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        try {
            files.put(Seed.RELEASE, bytes(location, Seed.RELEASE));
        } catch (IOException e) {
            // optional: a seed without release notes
        }
        return files;
    }

    /** Parses the files' bytes, keyed by file name. */
    public static Seed parse(Map<String, byte[]> files) {
        return parse(files, digest(files));
    }

    /** Parses the files' bytes, keyed by file name, whose {@link #digest} the caller has already computed. */
    public static Seed parse(Map<String, byte[]> files, String digest) {
        List<String> problems = new ArrayList<>();
        List<Source> sources = parse(files, Seed.SOURCES, new TypeReference<>() {}, problems);
        Vocabulary vocabulary = parse(files, Seed.VOCABULARY, new TypeReference<>() {}, problems);
        List<Institution> institutions = parse(files, Seed.INSTITUTIONS, new TypeReference<>() {}, problems);
        List<Achievement> achievements = parse(files, Seed.ACHIEVEMENTS, new TypeReference<>() {}, problems);
        List<Indicator> indicators = parse(files, Seed.INDICATORS, new TypeReference<>() {}, problems);
        ReleaseNotes release = files.containsKey(Seed.RELEASE)
                ? parse(files, Seed.RELEASE, new TypeReference<ReleaseNotes>() {}, problems)
                : ReleaseNotes.NONE;
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return new Seed(digest, sources, vocabulary, institutions, achievements, indicators, release);
    }

    private static <T> T parse(Map<String, byte[]> files, String name, TypeReference<T> type, List<String> problems) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            problems.add(name + ": missing");
            return null;
        }
        try {
            T value = JSON.readValue(bytes, type);
            if (value == null) {
                problems.add(name + ": empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            problems.add(name + ": malformed" + where + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(name + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
    }

    private static byte[] bytes(String location, String name) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()) + "/" + name;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no such resource " + resource);
                }
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(Path.of(location, name));
    }

    /** A hash of every file's name and bytes, and of the form records are stored in. */
    public static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Seed.STORED_FORM.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            for (String name : java.util.stream.Stream.concat(
                            Seed.FILES.stream(), java.util.stream.Stream.of(Seed.RELEASE))
                    .toList()) {
                if (name.equals(Seed.RELEASE) && !files.containsKey(name)) {
                    continue; // a seed without release notes hashes as it always did
                }
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                byte[] b = files.get(name);
                if (b != null) {
                    md.update(b);
                }
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
