package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.catalogue.AchievementFilter;
import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Chronology;
import cn.shanghai.achievements.citation.References;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.CitationView;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PartialDate;
import cn.shanghai.achievements.model.Achievement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The timeline: milestones in date order, grouped by year. */
public final class TimelineViews {

    private TimelineViews() {}

    /** One page of the timeline of a filter, its milestones grouped by the year they fall in. */
    static Page of(Catalogue c, AchievementFilter filter, boolean newestFirst, PageRequest page, Lang lang) {
        Catalogue.Page<Catalogue.TimelineEntry> found = c.timeline(filter, newestFirst, page.offset(), page.size());
        Map<Integer, List<Entry>> byYear = new LinkedHashMap<>();
        for (Catalogue.TimelineEntry e : found.items()) {
            int year = PartialDate.parse(e.milestone().date()).start().getYear();
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(Entry.from(c, e, lang));
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((y, entries) -> years.add(new Year(y, List.copyOf(entries))));
        return new Page(years, page.page(), page.size(), found.total());
    }

    /** One page of the timeline; size and total count milestones. */
    @Schema(name = "TimelinePage")
    public record Page(
            @Schema(required = true, description = "The page's milestones, grouped by year")
            List<Year> items,

            @Schema(required = true, example = "1") int page,
            @Schema(required = true, example = "20") int size,

            @Schema(required = true, description = "Milestones matching the filters", example = "136")
            long total) {}

    /** The milestones of one year on this page. */
    @Schema(name = "TimelineYear")
    public record Year(
            @Schema(required = true, example = "2019") int year,
            @Schema(required = true) List<Entry> milestones) {}

    /** A milestone with the achievement it belongs to. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineEntry")
    public record Entry(
            @Schema(required = true, example = "2019-11") String date,

            @Schema(
                    required = true,
                    enumeration = {"year", "month", "day"})
            String precision,

            @Schema(
                    required = true,
                    enumeration = {"stated", "reporting-year", "undated", "document-date"},
                    description = AchievementViews.DATE_BASIS)
            String dateBasis,

            @Schema(
                    required = true,
                    description =
                            "Whether the date is the event's own (false: the date of the document that reports it; such a milestone is listed in its document's year but is not an event of that year)")
            boolean dated,

            @Schema(description = "What exactly the milestone is, where the type alone would say more")
            Localized note,

            @Schema(required = true, example = "approved") String type,
            @Schema(required = true) AchievementRef achievement,
            @Schema(required = true) List<CitationView> citations) {

        static Entry from(Catalogue c, Catalogue.TimelineEntry e, Lang lang) {
            Achievement a = e.achievement();
            Achievement.Milestone m = e.milestone();
            return new Entry(
                    m.date(),
                    PartialDate.parse(m.date()).precision().name(),
                    m.dateBasis(),
                    Chronology.isDated(m),
                    m.note(),
                    m.type(),
                    new AchievementRef(a.id(), a.name(), lang.pick(a.name()), ApiPaths.achievement(a.id())),
                    CitationView.of(m.citations(), References.of(c)));
        }
    }

    /** The achievement a timeline entry belongs to. */
    @Schema(name = "TimelineAchievement")
    public record AchievementRef(
            @Schema(required = true, example = "gv-971") String id,
            @Schema(required = true) Localized name,
            @Schema(required = true) String displayName,

            @Schema(required = true, example = "/api/v1/achievements/gv-971")
            String href) {}
}
