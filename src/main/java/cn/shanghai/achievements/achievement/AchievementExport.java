package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.CitationView;
import cn.shanghai.achievements.common.Lang;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Streams every match as CSV (UTF-8 with BOM and bilingual headers, so that Excel shows Chinese correctly) or
 * NDJSON (one full record a line), a batch at a time: memory stays flat however many records match.
 */
final class AchievementExport {

    static final int BATCH = 200;
    static final String[] CSV_HEADERS = {
            "id 编号", "category 类别", "sector 领域", "name (zh-Hans) 名称（简体）", "name (zh-Hant) 名稱（繁體）", "name (en) 英文名称",
            "aliases 别名", "first milestone 首个节点", "first date 首个日期", "latest milestone 最新节点", "latest date 最新日期",
            "institutions 机构", "milestones 节点", "sources 来源", "url 链接"};

    private AchievementExport() {
    }

    static void csv(AchievementService service, List<String> ids, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, List.of(CSV_HEADERS));
        for (int i = 0; i < ids.size(); i += BATCH) {
            for (AchievementViews.Detail d : batch(service, ids, i)) {
                AchievementViews.MilestoneView first = d.milestones().get(0);
                AchievementViews.MilestoneView latest = d.milestones().get(d.milestones().size() - 1);
                Set<String> sources = new LinkedHashSet<>();
                d.milestones().forEach(m -> m.citations().forEach(c -> sources.add(c.sourceId())));
                d.institutions().forEach(l -> l.citations().stream().map(CitationView::sourceId).forEach(sources::add));
                row(w, List.of(d.id(), d.category(), d.sector(), d.name().zhHans(), d.name().zhHant(), d.name().en(),
                        String.join(" | ", d.aliases()), first.type(), first.date(), latest.type(), latest.date(),
                        d.institutions().stream().map(l -> l.id() + " (" + l.role() + ")").collect(Collectors.joining(" | ")),
                        d.milestones().stream().map(m -> m.date() + " " + m.type()).collect(Collectors.joining(" | ")),
                        String.join(" | ", sources), d.links().get("self")));
            }
            w.flush();
        }
        w.flush();
    }

    static void ndjson(AchievementService service, ObjectMapper json, List<String> ids, OutputStream out) throws IOException {
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

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
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
}
