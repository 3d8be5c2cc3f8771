package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Chronology;
import cn.shanghai.achievements.citation.References;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.common.Exports;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Term;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams every match as CSV (UTF-8 with BOM and bilingual headers, so that Excel shows Chinese correctly), XLSX
 * (Chinese labels, text cells) or NDJSON (one full record a line, as GET /achievements/{id} gives it), from the read
 * model, flushing as it goes.
 */
final class AchievementExport {

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

    /** The spreadsheet's column labels: Chinese, as the people who open it in Excel or WPS read them. */
    static final List<String> XLSX_HEADERS = List.of(
            "编号", "名称（简体）", "名稱（繁體）", "英文名称", "类别", "领域", "首个节点日期", "首个节点", "最新节点日期", "最新节点", "机构", "来源文件", "链接");

    private AchievementExport() {}

    /** One row an achievement, labelled in Chinese: names, the vocabularies' names, institutions and documents by name, an absolute URL. */
    static void xlsx(Catalogue c, List<Achievement> records, OutputStream out) throws IOException {
        String base = References.publicUrl();
        Exports.xlsx("成果", XLSX_HEADERS, records, a -> xlsxCells(c, a, base), out);
    }

    private static List<String> xlsxCells(Catalogue c, Achievement a, String base) {
        List<Achievement.Milestone> ordered = Chronology.order(a.milestones());
        Achievement.Milestone first = ordered.get(0);
        Achievement.Milestone latest = ordered.get(ordered.size() - 1);
        return List.of(
                a.id(),
                a.name().zhHans(),
                a.name().zhHant(),
                a.name().en(),
                label(c.categories().get(a.category()), a.category()),
                label(c.sectors().get(a.sector()), a.sector()),
                first.date(),
                label(c.milestoneTypes().get(first.type()), first.type()),
                latest.date(),
                label(c.milestoneTypes().get(latest.type()), latest.type()),
                String.join(
                        "、",
                        a.institutions().stream()
                                .map(l -> c.institution(l.id())
                                        .map(i -> i.name().zhHans())
                                        .orElse(l.id()))
                                .toList()),
                String.join(
                        "、",
                        sources(a, ordered).stream()
                                .map(s ->
                                        c.source(s).map(x -> x.title().zhHans()).orElse(s))
                                .toList()),
                base + ApiPaths.achievement(a.id()));
    }

    private static String label(Term t, String id) {
        return t == null ? id : t.name().zhHans();
    }

    /** The documents an achievement cites, once each: its milestones' in date order, then its institutions'. */
    private static Set<String> sources(Achievement a, List<Achievement.Milestone> ordered) {
        Set<String> sources = new LinkedHashSet<>();
        ordered.forEach(m -> m.citations().forEach(c -> sources.add(c.sourceId())));
        for (Achievement.InstitutionLink l : a.institutions()) {
            for (Citation c : l.citations()) {
                sources.add(c.sourceId());
            }
        }
        return sources;
    }

    static void csv(List<Achievement> records, OutputStream out) throws IOException {
        Exports.csv(List.of(CSV_HEADERS), records, AchievementExport::cells, out);
    }

    static void ndjson(Catalogue c, List<Achievement> records, ObjectMapper json, OutputStream out) throws IOException {
        Exports.ndjson(records, a -> AchievementViews.passingDetail(c, a, Lang.ZH_HANS), json, out);
    }

    /** One achievement's CSV cells: its milestones in date order, its sources once each. */
    static List<String> cells(Achievement a) {
        List<Achievement.Milestone> dated = Chronology.order(a.milestones());
        Set<String> sources = sources(a, dated);
        Achievement.Milestone first = dated.get(0);
        Achievement.Milestone latest = dated.get(dated.size() - 1);
        return List.of(
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
                ApiPaths.achievement(a.id()));
    }
}
