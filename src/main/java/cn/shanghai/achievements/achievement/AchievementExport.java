package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.PartialDate;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams every match as CSV (UTF-8 with BOM and bilingual headers, so that Excel shows Chinese correctly) or
 * NDJSON (one full record a line), a batch at a time: memory stays flat however many records match.
 */
final class AchievementExport {

    /** Records per batch of the NDJSON export, which loads whole records. */
    static final int BATCH = 200;
    /** Records per batch of the CSV export, which reads one precomputed line a record. */
    static final int CSV_BATCH = 250;

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

    static void csv(AchievementService service, List<String> ids, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        w.write(line(List.of(CSV_HEADERS)));
        w.write("\r\n");
        for (int i = 0; i < ids.size(); i += CSV_BATCH) {
            List<String> slice = ids.subList(i, Math.min(i + CSV_BATCH, ids.size()));
            for (String line : QuarkusTransaction.requiringNew().call(() -> service.csvLines(slice))) {
                w.write(line);
                w.write("\r\n");
            }
            w.flush();
        }
        w.flush();
    }

    static void ndjson(AchievementService service, ObjectMapper json, List<String> ids, OutputStream out)
            throws IOException {
        for (int i = 0; i < ids.size(); i += BATCH) {
            for (AchievementViews.Detail d : batch(service, ids, i)) {
                out.write(json.writeValueAsBytes(d));
                out.write('\n');
            }
            out.flush();
        }
    }

    private static List<AchievementViews.Detail> batch(AchievementService service, List<String> ids, int from) {
        List<String> slice = ids.subList(from, Math.min(from + BATCH, ids.size()));
        return QuarkusTransaction.requiringNew().call(() -> service.details(slice, Lang.ZH_HANS));
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

    /** Date order that respects precision, as the detail lists milestones: "2019" before "2019-03" before "2019-03-05". */
    private record Dated(AchievementDraft.MilestoneDraft milestone, PartialDate date, int position) {}

    private static final Comparator<Dated> CHRONOLOGICAL = Comparator.comparing(
                    (Dated d) -> d.date().start())
            .thenComparingInt(d -> d.date().text().length())
            .thenComparingInt(Dated::position);

    /**
     * One achievement's CSV line (without the line break), derived from the seed when the record is written: an
     * export then reads one column a record instead of assembling the record from five tables.
     */
    static String csvLine(AchievementDraft d) {
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < d.milestones().size(); i++) {
            dated.add(new Dated(
                    d.milestones().get(i),
                    PartialDate.parse(d.milestones().get(i).date()),
                    i));
        }
        dated.sort(CHRONOLOGICAL);
        List<AchievementDraft.LinkDraft> links = d.institutions() == null ? List.of() : d.institutions();
        Set<String> sources = new LinkedHashSet<>();
        dated.forEach(m -> m.milestone().citations().forEach(c -> sources.add(c.sourceId())));
        links.forEach(l -> l.citations().forEach(c -> sources.add(c.sourceId())));
        AchievementDraft.MilestoneDraft first = dated.get(0).milestone();
        AchievementDraft.MilestoneDraft latest = dated.get(dated.size() - 1).milestone();
        return line(List.of(
                d.id(),
                d.category(),
                d.sector(),
                d.name().zhHans(),
                d.name().zhHant(),
                d.name().en(),
                String.join(" | ", d.aliases() == null ? List.of() : d.aliases()),
                first.type(),
                first.date(),
                latest.type(),
                latest.date(),
                String.join(
                        " | ",
                        links.stream().map(l -> l.id() + " (" + l.role() + ")").toList()),
                String.join(
                        " | ",
                        dated.stream()
                                .map(m -> m.milestone().date() + " "
                                        + m.milestone().type())
                                .toList()),
                String.join(" | ", sources),
                ApiPaths.achievement(d.id())));
    }
}
