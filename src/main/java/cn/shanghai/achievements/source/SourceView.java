package cn.shanghai.achievements.source;

import cn.shanghai.achievements.citation.References;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Source;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source document, and in its detail form the achievements it supports. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Source")
public record SourceView(
        @Schema(required = true, example = "sh-stp-2019") String id,

        @Schema(
                required = true,
                enumeration = {"report", "policy", "news", "official-reply"})
        String kind,

        @Schema(required = true) Localized title,
        @Schema(required = true) Localized publisher,

        @Schema(description = "Publication date, as precise as the document's header gives it", example = "2024-05-27")
        String date,

        @Schema(description = "The document number its header gives, if any", example = "沪科建复〔2024〕40号")
        String documentNumber,

        @Schema(
                required = true,
                description =
                        "The document's reference line in three scripts (publisher, title, document number, date), to print under a quote")
        Localized reference,

        @Schema(required = true, description = "The year the document reports on", example = "2019")
        int reportingYear,

        @Schema(required = true, description = "Script of the original text", example = "zh-Hans")
        String language,

        @Schema(required = true, description = "How many citations in the catalogue point here", example = "42")
        long citations,

        @Schema(description = "Detail only: the achievements this document supports")
        List<Supported> supports,

        @Schema(required = true) Hyperlinks links) {

    public static SourceView from(Source s, long citations, List<Supported> supports) {
        return new SourceView(
                s.id(),
                s.kind(),
                s.title(),
                s.publisher(),
                s.date(),
                s.documentNumber(),
                References.of(s),
                s.reportingYear(),
                s.language(),
                citations,
                supports,
                Hyperlinks.self(ApiPaths.source(s.id())));
    }

    /** An achievement a document supports, and how many of its facts cite the document. */
    @Schema(name = "SupportedAchievement")
    public record Supported(
            @Schema(required = true, example = "gv-971") String id,
            @Schema(required = true) Localized name,

            @Schema(required = true, description = "Milestones citing the document")
            long milestones,

            @Schema(required = true, description = "Institution links citing the document")
            long institutionLinks,

            @Schema(required = true, example = "/api/v1/achievements/gv-971")
            String href) {}
}
