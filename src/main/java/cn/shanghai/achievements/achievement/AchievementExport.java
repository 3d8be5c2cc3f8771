package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Chronology;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.common.Exports;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.model.Achievement;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams every match as CSV (UTF-8 with BOM and bilingual headers, so that Excel shows Chinese correctly) or
 * NDJSON (one full record a line, as GET /achievements/{id} gives it), from the read model, flushing as it goes.
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

    private AchievementExport() {}

    static void csv(List<Achievement> records, OutputStream out) throws IOException {
        Exports.csv(List.of(CSV_HEADERS), records, AchievementExport::cells, out);
    }

    static void ndjson(Catalogue c, List<Achievement> records, ObjectMapper json, OutputStream out) throws IOException {
        Exports.ndjson(records, a -> AchievementViews.detail(c, a, Lang.ZH_HANS), json, out);
    }

    /** One achievement's CSV cells: its milestones in date order, its sources once each. */
    static List<String> cells(Achievement a) {
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
