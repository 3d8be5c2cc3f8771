package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Term;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vocabulary term (a sector or a milestone type) with its names, definition and how much of the catalogue uses it. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
@Schema(name = "VocabularyTerm")
public record TermView(
        @Schema(required = true, example = "approved") String id,
        @Schema(required = true) Localized name,

        @Schema(required = true, description = "What the term means, in three scripts")
        Localized definition,

        @Schema(required = true, description = "How many achievements it applies to", example = "12")
        long achievements,

        @Schema(description = "For a milestone type: how many milestones have it", example = "14")
        Long milestones,

        @Schema(
                required = true,
                description = "The achievements it applies to",
                example = "/api/v1/achievements?milestone=approved")
        String href) {

    static TermView of(Term t, long achievements, Long milestones, String href) {
        return new TermView(t.id(), t.name(), t.definition(), achievements, milestones, href);
    }
}
