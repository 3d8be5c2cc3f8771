package cn.shanghai.achievements.indicator;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.citation.References;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.CitationView;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.RecordKind;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A headline statistic with its period, unit and evidence. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
@Schema(name = "Indicator")
public record IndicatorView(
        @Schema(required = true, example = "biomedicine-industry-scale-2023")
        String id,

        @Schema(
                required = true,
                description = "The statistic; the same metric across periods makes a series",
                example = "biomedicine-industry-scale")
        String metric,

        @Schema(required = true) Localized name,

        @Schema(
                required = true,
                description = "A date (2023, 2021-06) or an ISO 8601 interval (2016/2023)",
                example = "2023")
        String period,

        @Schema(required = true, example = "9337") BigDecimal value,
        @Schema(required = true) Localized unit,

        @Schema(
                enumeration = {"over", "nearly", "about", "estimated", "target"},
                description =
                        "How the value relates to what the document says (more than, nearly, about, an estimate, or a plan's target); absent: the value is exact as stated. A series (one metric) never mixes targets with actual values.")
        String qualifier,

        @Schema(
                required = true,
                enumeration = {"level", "flow", "running-total", "growth-rate", "share"},
                description =
                        "What the value counts: a level at a point in time, a flow over the period, a running total since some start, a growth rate or a share. One metric keeps one measure, unit and scope.")
        String measure,

        @Schema(required = true, description = "Where it counts", example = "shanghai")
        String scope,

        @Schema(required = true) List<CitationView> citations,

        @Schema(
                required = true,
                description =
                        "A ready citation of this value in three scripts: the catalogue, the indicator, its URL, the dataset version and release, and the release's date")
        Localized cite,

        @Schema(required = true, description = "The release this record was first created in", example = "1")
        int createdIn,

        @Schema(required = true, description = "The release this record last changed in", example = "3")
        int updatedIn,

        @Schema(required = true, description = "When that release was published")
        java.time.Instant updatedAt) {

    static final List<String> CSV_HEADERS = List.of(
            "id 编号",
            "metric 指标",
            "name (zh-Hans) 名称（简体）",
            "name (en) 英文名称",
            "period 时期",
            "value 数值",
            "unit 单位",
            "qualifier 限定",
            "measure 计量方式",
            "scope 范围",
            "sources 来源",
            "quote 原文");

    /** One indicator's CSV cells. */
    static List<String> cells(IndicatorView v) {
        return List.of(
                v.id(),
                v.metric(),
                v.name().zhHans(),
                v.name().en(),
                v.period(),
                v.value().toPlainString(),
                v.unit().zhHans(),
                v.qualifier() == null ? "" : v.qualifier(),
                v.measure(),
                v.scope(),
                String.join(
                        " | ",
                        v.citations().stream()
                                .map(CitationView::sourceId)
                                .distinct()
                                .toList()),
                String.join(
                        " | ", v.citations().stream().map(CitationView::text).toList()));
    }

    /** Without trailing zeros and never in exponent form: 3250, 22.8. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    static IndicatorView from(Catalogue c, Indicator i) {
        return new IndicatorView(
                i.id(),
                i.metric(),
                i.name(),
                i.period(),
                plain(i.value()),
                i.unit(),
                i.qualifier(),
                i.measure(),
                i.scope(),
                CitationView.of(i.citations(), References.of(c)),
                References.citeThis(c, i.name(), i.id(), ApiPaths.indicators(i.metric())),
                c.createdIn(RecordKind.INDICATOR, i.id()),
                c.updatedIn(RecordKind.INDICATOR, i.id()),
                c.publishedAt(c.updatedIn(RecordKind.INDICATOR, i.id())));
    }

    /** The schema of one page of indicators, for the contract (the wire form is {@link cn.shanghai.achievements.common.PageView}). */
    @Schema(name = "IndicatorPage")
    public record IndicatorPage(
            @Schema(required = true) List<IndicatorView> items,
            @Schema(required = true, example = "1") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "137") long total) {}
}
