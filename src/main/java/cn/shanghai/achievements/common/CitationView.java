package cn.shanghai.achievements.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citation on the wire. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
@Schema(
        name = "Citation",
        description = "The document that supports a fact, and a verbatim quote from it (at most 80 characters).")
public record CitationView(
        @Schema(required = true, example = "sh-stp-2019") String sourceId,

        @Schema(
                required = true,
                maxLength = 80,
                description =
                        "The words exactly as the document's text has them, extraction artefacts included (letter-spacing, stray spaces): what a machine checks against the document",
                example = "1 0 4 、1 0 5 架 机 实 现 首 飞，")
        String quote,

        @Schema(
                required = true,
                description =
                        "The same words to print: the PDF extraction's letter-spacing and stray spaces removed (it differs from quote in whitespace only)",
                example = "104、105架机实现首飞，")
        String text,

        @Schema(
                description =
                        "The document's own reference line in three scripts: publisher, title, document number and date as its header gives them")
        Localized reference,

        @Schema(required = true, example = "/api/v1/sources/sh-stp-2019")
        String source) {

    /** A citation, with its source's reference line (null when the source is unknown). */
    public static CitationView from(Citation citation, Function<String, Localized> references) {
        return new CitationView(
                citation.sourceId(),
                citation.quote(),
                PrintableText.of(citation.quote()),
                references.apply(citation.sourceId()),
                ApiPaths.source(citation.sourceId()));
    }

    public static List<CitationView> of(List<Citation> citations, Function<String, Localized> references) {
        return citations.stream().map(c -> from(c, references)).toList();
    }
}
