package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.catalogue.AchievementFilter;
import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.Term;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts by category, sector, year, institution and milestone type, under the same filters as the list. Each
 * dimension counts with every filter but its own (so that the values not chosen keep the counts they would give).
 */
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

    static final int INSTITUTIONS_SHOWN = 50;

    /**
     * The facets of a filter: vocabulary dimensions in vocabulary order (values with no match left out), years oldest
     * first, institutions most first (the first {@value #INSTITUTIONS_SHOWN}).
     */
    public static AchievementFacets of(Catalogue c, AchievementFilter filter, Lang lang) {
        Catalogue.FacetCounts counts = c.facets(filter);
        return new AchievementFacets(
                counts.total(),
                terms(counts.category(), c.categories(), lang),
                terms(counts.sector(), c.sectors(), lang),
                counts.year().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new Bucket(e.getKey(), null, null, e.getValue()))
                        .toList(),
                counts.institution().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(INSTITUTIONS_SHOWN)
                        .map(e -> {
                            Localized name = c.institution(e.getKey())
                                    .map(Institution::name)
                                    .orElse(null);
                            return new Bucket(e.getKey(), name, name == null ? null : lang.pick(name), e.getValue());
                        })
                        .toList(),
                terms(counts.milestone(), c.milestoneTypes(), lang));
    }

    private static List<Bucket> terms(Map<String, Long> counts, Map<String, Term> vocabulary, Lang lang) {
        List<Bucket> out = new ArrayList<>();
        for (Term t : vocabulary.values()) {
            Long n = counts.get(t.id());
            if (n != null && n > 0) {
                out.add(new Bucket(t.id(), t.name(), lang.pick(t.name()), n));
            }
        }
        return out;
    }
}
