package cn.shanghai.achievements.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citation on the wire. */
@Schema(
        name = "Citation",
        description = "The document that supports a fact, and a verbatim quote from it (at most 80 characters).")
public record CitationView(
        @Schema(required = true, example = "sh-stp-2019") String sourceId,

        @Schema(required = true, maxLength = 80, example = "抗阿尔茨海默病新药“九期一®”获批上市")
        String quote,

        @Schema(required = true, example = "/api/v1/sources/sh-stp-2019")
        String source) {

    public static CitationView from(Citation citation) {
        return new CitationView(citation.sourceId(), citation.quote(), ApiPaths.source(citation.sourceId()));
    }

    public static List<CitationView> of(List<Citation> citations) {
        return citations.stream().map(CitationView::from).toList();
    }
}
