package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.Localized;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts by category, sector, year, institution and milestone type, under the same filters as the list. */
@Schema(name = "AchievementFacets")
public record AchievementFacets(
        @Schema(required = true, description = "How many achievements match the filters: the list's total")
        long total,

        @Schema(required = true) List<Bucket> category,
        @Schema(required = true) List<Bucket> sector,

        @Schema(
                required = true,
                description =
                        "Achievements with a milestone in each year (within the milestone and date filters), oldest first")
        List<Bucket> year,

        @Schema(required = true, description = "Achievements per linked institution, most first (at most 50)")
        List<Bucket> institution,

        @Schema(required = true, description = "Achievements with a milestone of each type (within the date filters)")
        List<Bucket> milestone) {

    /** One value and its count; filtering the list by it (with the same other filters) gives exactly this count. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FacetBucket")
    public record Bucket(
            @Schema(required = true, example = "drug") String id,

            @Schema(description = "Names, where the value has them")
            Localized name,

            @Schema(description = "The name in the language asked for")
            String displayName,

            @Schema(required = true, example = "9") long count) {}
}
