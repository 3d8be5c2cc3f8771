package cn.shanghai.achievements.achievement;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.CitationView;
import cn.shanghai.achievements.common.Localized;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The timeline: milestones in date order, grouped by year. */
public final class TimelineViews {

    private TimelineViews() {}

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
    @Schema(name = "TimelineEntry")
    public record Entry(
            @Schema(required = true, example = "2019-11") String date,

            @Schema(
                    required = true,
                    enumeration = {"year", "month", "day"})
            String precision,

            @Schema(
                    required = true,
                    enumeration = {"stated", "reporting-year", "document-date"})
            String dateBasis,

            @Schema(required = true, example = "approved") String type,
            @Schema(required = true) AchievementRef achievement,
            @Schema(required = true) List<CitationView> citations) {

        static Entry from(Milestone m, cn.shanghai.achievements.common.Lang lang) {
            Localized name = Localized.of(m.achievement.name);
            return new Entry(
                    m.date,
                    m.precision,
                    m.dateBasis,
                    m.type.id,
                    new AchievementRef(m.achievement.id, name, lang.pick(name), ApiPaths.achievement(m.achievement.id)),
                    m.citations.stream().map(CitationView::from).toList());
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
