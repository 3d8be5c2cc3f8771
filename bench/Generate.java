import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic catalogue of N achievements in the seed format, for benchmarks:
 * java -cp 'target/quarkus-app/lib/main/*' bench/Generate.java N OUT_DIR
 * Names are built from Chinese and English word lists (traditional script from OpenCC's table in the opencc4j jar),
 * with institutions, milestones and citations; sources, vocabulary and indicators are the real seed's. Seeded
 * random, so the same N gives the same files.
 */
public class Generate {

    static final String[][] WORDS = {
        {"新型", "New"},
        {"高端", "Advanced"},
        {"智能", "Smart"},
        {"国产", "Domestic"},
        {"大型", "Large"},
        {"超导", "Superconducting"},
        {"量子", "Quantum"},
        {"光子", "Photonic"},
        {"海洋", "Ocean"},
        {"极地", "Polar"},
        {"卫星", "Satellite"},
        {"芯片", "Chip"},
        {"抗体", "Antibody"},
        {"疫苗", "Vaccine"},
        {"支架", "Stent"},
        {"影像", "Imaging"},
        {"传感器", "Sensor"},
        {"材料", "Material"},
        {"发动机", "Engine"},
        {"客机", "Airliner"},
        {"破冰船", "Icebreaker"},
        {"平台", "Platform"},
        {"实验室", "Laboratory"},
        {"机器人", "Robot"},
        {"晶圆", "Wafer"},
        {"光刻机", "Lithography scanner"},
        {"药物", "Drug"},
        {"系统", "System"},
        {"中心", "Centre"},
        {"装置", "Facility"},
        {"网络", "Network"},
        {"电池", "Battery"},
        {"碳纤维", "Carbon fibre"},
        {"石墨烯", "Graphene"},
        {"雷达", "Radar"},
        {"探测器", "Detector"},
        {"诊断", "Diagnostic"},
        {"治疗", "Therapy"}
    };
    static final String[][] PLACES = {
        {"上海", "Shanghai"},
        {"张江", "Zhangjiang"},
        {"临港", "Lingang"},
        {"浦东", "Pudong"},
        {"长三角", "Yangtze Delta"},
        {"闵行", "Minhang"},
        {"嘉定", "Jiading"},
        {"松江", "Songjiang"}
    };
    static final String[][] KINDS = {
        {"研究院", "Research Institute", "research-institute"},
        {"有限公司", "Co., Ltd.", "enterprise"},
        {"大学", "University", "university"},
        {"医院", "Hospital", "hospital"},
        {"创新中心", "Innovation Centre", "platform"}
    };
    static final String[] ROLES = {
        "developer", "co-developer", "manufacturer", "designer", "builder", "operator", "contributor"
    };
    static final String[] TYPES = {
        "developed",
        "approved",
        "launched",
        "delivered",
        "first-flight",
        "completed",
        "established",
        "clinical-trial-approved",
        "mass-production",
        "put-into-service"
    };

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench-seed");
        Path seed = Path.of("src/main/resources/seed");
        Files.createDirectories(out);
        for (String f : List.of("sources.json", "vocabulary.json", "indicators.json")) {
            Files.copy(seed.resolve(f), out.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Map<Character, Character> toTraditional = traditionalTable();
        List<String[]> quotes = realQuotes(Files.readString(seed.resolve("achievements.json")));
        List<String> categories = ids(Files.readString(seed.resolve("vocabulary.json")), "\"sector\"");
        Random random = new Random(42);

        int institutions = Math.max(20, n / 20);
        StringBuilder inst = new StringBuilder("[\n");
        for (int i = 0; i < institutions; i++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String[] word = WORDS[random.nextInt(WORDS.length)];
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            String zh = place[0] + word[0] + kind[0] + (i + 1) + "号";
            String en = place[1] + " " + word[1] + " " + kind[1] + " No. " + (i + 1);
            inst.append(i == 0 ? "" : ",\n")
                    .append("  {\"id\": \"inst-")
                    .append(i)
                    .append("\", \"type\": \"")
                    .append(kind[2])
                    .append("\", \"name\": ")
                    .append(names(zh, trad(zh, toTraditional), en))
                    .append(", \"aliases\": [\"")
                    .append(place[0])
                    .append(word[0])
                    .append(i + 1)
                    .append("\"]")
                    .append(
                            i >= 10 && random.nextInt(4) == 0
                                    ? ", \"parentId\": \"inst-" + random.nextInt(10) + "\""
                                    : "")
                    .append("}");
        }
        Files.writeString(out.resolve("institutions.json"), inst.append("\n]\n"), StandardCharsets.UTF_8);

        try (var w = Files.newBufferedWriter(out.resolve("achievements.json"), StandardCharsets.UTF_8)) {
            w.write("[\n");
            for (int i = 0; i < n; i++) {
                String[] a = WORDS[random.nextInt(WORDS.length)];
                String[] b = WORDS[random.nextInt(WORDS.length)];
                String[] place = PLACES[random.nextInt(PLACES.length)];
                String code = "SH-" + Integer.toString(i, 36).toUpperCase();
                String zh = place[0] + a[0] + b[0] + " " + code;
                String en = place[1] + " " + a[1].toLowerCase() + " " + b[1].toLowerCase() + " " + code;
                en = Character.toUpperCase(en.charAt(0)) + en.substring(1);
                String category = categories.get(random.nextInt(categories.size()));
                String[] cs = category.split("\\|");
                StringBuilder r = new StringBuilder(i == 0 ? "" : ",\n");
                r.append("  {\"id\": \"ach-")
                        .append(i)
                        .append("\", \"category\": \"")
                        .append(cs[0])
                        .append("\", \"sector\": \"")
                        .append(cs[1])
                        .append("\", \"name\": ")
                        .append(names(zh, trad(zh, toTraditional), en))
                        .append(", \"aliases\": [\"")
                        .append(code)
                        .append("\", \"")
                        .append(a[0])
                        .append(b[0])
                        .append("\"]")
                        .append(", \"summary\": ")
                        .append(names(
                                "由" + place[0] + "研制的" + a[0] + b[0] + "，编号" + code + "。",
                                trad("由" + place[0] + "研制的" + a[0] + b[0] + "，编号" + code + "。", toTraditional),
                                "A " + a[1].toLowerCase() + " " + b[1].toLowerCase() + " developed in " + place[1]
                                        + ", code " + code + "."))
                        .append(", \"institutions\": [");
                int links = 1 + random.nextInt(3);
                List<Integer> chosen = new ArrayList<>();
                for (int k = 0; k < links; k++) {
                    int id = random.nextInt(institutions);
                    if (chosen.contains(id)) {
                        continue;
                    }
                    chosen.add(id);
                    r.append(chosen.size() == 1 ? "" : ", ")
                            .append("{\"id\": \"inst-")
                            .append(id)
                            .append("\", \"role\": \"")
                            .append(ROLES[random.nextInt(ROLES.length)])
                            .append("\", \"citations\": [")
                            .append(citation(quotes, random))
                            .append("]}");
                }
                r.append("], \"milestones\": [");
                int milestones = 1 + random.nextInt(3);
                int year = 2010 + random.nextInt(15);
                for (int k = 0; k < milestones; k++) {
                    int precision = random.nextInt(3);
                    String date = precision == 0
                            ? String.valueOf(year)
                            : precision == 1
                                    ? String.format("%d-%02d", year, 1 + random.nextInt(12))
                                    : String.format(
                                            "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    r.append(k == 0 ? "" : ", ")
                            .append("{\"type\": \"")
                            .append(TYPES[random.nextInt(TYPES.length)])
                            .append("\", \"date\": \"")
                            .append(date)
                            .append("\", \"dateBasis\": \"stated\", \"citations\": [")
                            .append(citation(quotes, random))
                            .append("]}");
                    year += random.nextInt(2);
                }
                r.append("]}");
                w.write(r.toString());
            }
            w.write("\n]\n");
        }
        System.out.println("wrote " + n + " achievements and " + institutions + " institutions to " + out);
    }

    static String names(String zhHans, String zhHant, String en) {
        return "{\"zh-Hans\": \"" + zhHans + "\", \"zh-Hant\": \"" + zhHant + "\", \"en\": \"" + en.replace("\"", "'")
                + "\"}";
    }

    static String citation(List<String[]> quotes, Random random) {
        String[] q = quotes.get(random.nextInt(quotes.size()));
        return "{\"sourceId\": \"" + q[0] + "\", \"quote\": \"" + q[1] + "\"}";
    }

    static String trad(String s, Map<Character, Character> table) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(table.getOrDefault(c, c));
        }
        return b.toString();
    }

    /** Simplified to traditional, character by character, from OpenCC's table in the opencc4j jar on the class path. */
    static Map<Character, Character> traditionalTable() throws IOException {
        Map<Character, Character> map = new HashMap<>();
        try (InputStream in = Generate.class.getClassLoader().getResourceAsStream("data/dictionary/STCharacters.txt")) {
            if (in == null) {
                System.err.println("OpenCC table not on the class path: traditional names will equal simplified ones");
                return map;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.length() > 2 && line.charAt(1) == '\t') {
                    map.put(line.charAt(0), line.charAt(2));
                }
            }
        }
        return map;
    }

    static List<String[]> realQuotes(String json) {
        List<String[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"sourceId\": \"([a-z0-9-]+)\",\\s*\"quote\": \"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        if (out.isEmpty()) {
            throw new UncheckedIOException(new IOException("no quotes found in the real seed"));
        }
        return out;
    }

    /** "category|sector" pairs from the vocabulary. */
    static List<String> ids(String vocabulary, String marker) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\": \"([a-z0-9-]+)\",\\s*\"sector\": \"([a-z0-9-]+)\"")
                .matcher(vocabulary);
        while (m.find()) {
            out.add(m.group(1) + "|" + m.group(2));
        }
        return out;
    }
}
