package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Chronology;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.model.Achievement;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams every match as CSV (UTF-8 with BOM and bilingual headers, so that Excel shows Chinese correctly) or
 * NDJSON (one full record a line, as GET /achievements/{id} gives it), from the read model, flushing as it goes.
 */
final class AchievementExport {

    static final int FLUSH_EVERY = 500;
    static final String[] CSV_HEADERS = {
        "id 编号",
        "category 类别",
        "sector 领域",
        "name (zh-Hans) 名称（简体）",
        "name (zh-Hant) 名稱（繁體）",
        "name (en) 英文名称",
        "aliases 别名",
        "first milestone 首个节点",
        "first date 首个日期",
        "latest milestone 最新节点",
        "latest date 最新日期",
        "institutions 机构",
        "milestones 节点",
        "sources 来源",
        "url 链接"
    };

    private AchievementExport() {}

    static void csv(List<Achievement> records, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        w.write(line(List.of(CSV_HEADERS)));
        w.write("\r\n");
        int n = 0;
        for (Achievement a : records) {
            w.write(csvLine(a));
            w.write("\r\n");
            if (++n % FLUSH_EVERY == 0) {
                w.flush();
            }
        }
        w.flush();
    }

    static void ndjson(Catalogue c, List<Achievement> records, ObjectMapper json, OutputStream out) throws IOException {
        int n = 0;
        for (Achievement a : records) {
            out.write(json.writeValueAsBytes(AchievementViews.detail(c, a, Lang.ZH_HANS)));
            out.write('\n');
            if (++n % FLUSH_EVERY == 0) {
                out.flush();
            }
        }
        out.flush();
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so that a spreadsheet never reads a cell as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** One achievement's CSV line (without the line break): its milestones in date order, its sources once each. */
    static String csvLine(Achievement a) {
        List<Achievement.Milestone> dated = Chronology.order(a.milestones());
        Set<String> sources = new LinkedHashSet<>();
        dated.forEach(m -> m.citations().forEach(c -> sources.add(c.sourceId())));
        for (Achievement.InstitutionLink l : a.institutions()) {
            for (Citation c : l.citations()) {
                sources.add(c.sourceId());
            }
        }
        Achievement.Milestone first = dated.get(0);
        Achievement.Milestone latest = dated.get(dated.size() - 1);
        return line(List.of(
                a.id(),
                a.category(),
                a.sector(),
                a.name().zhHans(),
                a.name().zhHant(),
                a.name().en(),
                String.join(" | ", a.aliases()),
                first.type(),
                first.date(),
                latest.type(),
                latest.date(),
                String.join(
                        " | ",
                        a.institutions().stream()
                                .map(l -> l.id() + " (" + l.role() + ")")
                                .toList()),
                String.join(
                        " | ",
                        dated.stream().map(m -> m.date() + " " + m.type()).toList()),
                String.join(" | ", sources),
                ApiPaths.achievement(a.id())));
    }
}
