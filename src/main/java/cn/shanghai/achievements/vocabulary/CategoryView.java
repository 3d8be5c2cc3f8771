package cn.shanghai.achievements.vocabulary;

import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Term;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category with its names, usual sector and how many achievements it holds. */
@Schema(name = "Category")
public record CategoryView(
        @Schema(required = true, example = "drug") String id,
        @Schema(required = true) Localized name,
        @Schema(required = true, example = "biomedicine") String sector,
        @Schema(required = true, example = "12") long count,

        @Schema(required = true, example = "/api/v1/achievements?category=drug")
        String achievements) {

    static CategoryView from(Term category, long count) {
        return new CategoryView(
                category.id(),
                category.name(),
                category.sector(),
                count,
                "/api/v1/achievements?category=" + category.id());
    }
}
