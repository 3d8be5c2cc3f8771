package cn.shanghai.achievements.explore;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Chronology;
import cn.shanghai.achievements.citation.References;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Citation;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Term;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The current view as a spreadsheet that Excel, WPS and LibreOffice open correctly with their default settings
 * (an XLSX has no encoding to guess): Chinese column labels, one row per achievement, dates as text in the form
 * the data gives them, absolute URLs.
 */
final class Xlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of(
            "编号", "名称（简体）", "名稱（繁體）", "英文名称", "类别", "领域", "首个节点日期", "首个节点", "最新节点日期", "最新节点", "机构", "来源文件", "链接");

    private Xlsx() {}

    static void write(Catalogue c, List<Achievement> records, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "achievements-catalogue", "1.0");
        Worksheet ws = wb.newWorksheet("成果");
        for (int col = 0; col < HEADERS.size(); col++) {
            ws.value(0, col, HEADERS.get(col));
            ws.style(0, col).bold().set();
        }
        String base = References.publicUrl();
        int r = 1;
        for (Achievement a : records) {
            List<Achievement.Milestone> ordered = Chronology.order(a.milestones());
            Achievement.Milestone first = ordered.get(0);
            Achievement.Milestone latest = ordered.get(ordered.size() - 1);
            Set<String> sources = new LinkedHashSet<>();
            ordered.forEach(m -> m.citations().forEach(x -> sources.add(x.sourceId())));
            a.institutions()
                    .forEach(l -> l.citations().stream().map(Citation::sourceId).forEach(sources::add));
            List<String> cells = List.of(
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
                            sources.stream()
                                    .map(s -> c.source(s)
                                            .map(x -> x.title().zhHans())
                                            .orElse(s))
                                    .toList()),
                    base + ApiPaths.achievement(a.id()));
            for (int col = 0; col < cells.size(); col++) {
                // text, never a number or a date a spreadsheet would reinterpret
                ws.value(r, col, cells.get(col));
            }
            r++;
        }
        ws.width(1, 40);
        ws.width(3, 40);
        wb.finish();
    }

    private static String label(Term t, String id) {
        return t == null ? id : t.name().zhHans();
    }
}
