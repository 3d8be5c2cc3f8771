import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;

/**
 * Writes the long-tail workload of the benchmark: distinct URLs built from the data a running service serves, one
 * file per workload, each URL once: text searches (Chinese, pinyin, English, in /search and as q on the list),
 * filter combinations on the list, and facets under filters. Queries are parts of real names (two to four Han
 * characters, their pinyin, English words), so that most find something; the same words with a different page size
 * make a different URL but not a different question, so the files hold as many different questions as the data has.
 *
 * java -cp 'target/quarkus-app/lib/main/*' bench/LongTail.java BASE_URL OUT_DIR COUNT
 */
public class LongTail {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> pinyin = new ArrayList<>();
        Set<String> seenZh = new LinkedHashSet<>();
        Set<String> seenEn = new LinkedHashSet<>();
        HttpResponse<java.io.InputStream> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/achievements/export?format=ndjson"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
        f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode a = json.readTree(line);
                String name = a.get("name").get("zh-Hans").asText().replaceAll("[^\\p{IsHan}]", "");
                for (int len = 2; len <= 4; len++) {
                    for (int i = 0; i + len <= name.length(); i += len) {
                        String part = name.substring(i, i + len);
                        if (seenZh.add(part)) {
                            zh.add(part);
                            StringBuilder p = new StringBuilder();
                            for (char c : part.toCharArray()) {
                                String[] py = PinyinHelper.toHanyuPinyinStringArray(c, f);
                                if (py != null && py.length > 0) {
                                    p.append(py[0]);
                                }
                            }
                            if (p.length() > 3) {
                                pinyin.add(p.toString());
                            }
                        }
                    }
                }
                for (String w : a.get("name").get("en").asText().split("[^A-Za-z0-9]+")) {
                    if (w.length() > 2 && seenEn.add(w.toLowerCase())) {
                        en.add(w);
                    }
                }
            }
        }
        JsonNode facets = json.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/achievements/facets"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        List<String> categories = ids(facets.get("category"));
        List<String> sectors = ids(facets.get("sector"));
        List<String> years = ids(facets.get("year"));
        Random random = new Random(42);
        List<String> terms = new ArrayList<>();
        terms.addAll(zh);
        terms.addAll(pinyin);
        terms.addAll(en);
        write(
                out.resolve("search.txt"),
                count,
                i -> "/api/v1/search?q=" + enc(pick(terms, random)) + "&size=" + (1 + i % 50));
        write(
                out.resolve("q-list.txt"),
                count,
                i -> "/api/v1/achievements?q=" + enc(pick(terms, random)) + "&size=" + (1 + i % 50));
        write(out.resolve("filtered.txt"), count, i -> {
            String y1 = pick(years, random);
            String y2 = pick(years, random);
            String from = y1.compareTo(y2) <= 0 ? y1 : y2;
            String to = y1.compareTo(y2) <= 0 ? y2 : y1;
            return "/api/v1/achievements?category=" + pick(categories, random) + "&from=" + from + month(random)
                    + "&to=" + to + "&size=" + (1 + i % 50) + "&page=" + (1 + i % 3);
        });
        write(
                out.resolve("facets.txt"),
                count,
                i -> "/api/v1/achievements/facets?sector=" + pick(sectors, random) + "&from=" + pick(years, random)
                        + month(random) + (i % 2 == 0 ? "" : "&category=" + pick(categories, random)));
        System.out.printf(
                "terms: %d Chinese, %d pinyin, %d English; %d categories, %d sectors, %d years%n",
                zh.size(), pinyin.size(), en.size(), categories.size(), sectors.size(), years.size());
    }

    interface Line {
        String at(int i);
    }

    static void write(Path file, int count, Line line) throws Exception {
        Set<String> urls = new LinkedHashSet<>();
        for (int i = 0; urls.size() < count && i < count * 20; i++) {
            urls.add(line.at(i));
        }
        Files.write(file, urls);
    }

    static String month(Random random) {
        int m = random.nextInt(13);
        return m == 0 ? "" : String.format("-%02d", m);
    }

    static List<String> ids(JsonNode buckets) {
        List<String> out = new ArrayList<>();
        buckets.forEach(b -> out.add(b.get("id").asText()));
        return out;
    }

    static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
